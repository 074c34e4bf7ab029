package org.newsfuse.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.ingest.SourceDocument;

/** The online clusterer: one article at a time, its state saved and restored mid-stream. */
class StoryStreamTest {

    private static final TermAnalyzer ANALYZER = new TermAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    /**
     * Fictional articles about {@code events} events: each event has its own place, people and subject
     * words, each article mixes them with common filler, seeded.
     */
    private static List<SourceDocument> stream(int events, int perEvent, long seed) {
        Random random = new Random(seed);
        String[] filler = "the a officials said on monday tuesday residents city council report week local people".split(" ");
        List<SourceDocument> articles = new ArrayList<>();
        for (int a = 0; a < perEvent; a++) {
            for (int e = 0; e < events; e++) {
                StringBuilder text = new StringBuilder();
                for (int sentence = 0; sentence < 6; sentence++) {
                    text.append("Town").append(e).append("ville ");
                    for (int w = 0; w < 12; w++) {
                        text.append(random.nextInt(4) > 0 ? "topic" + e + "word" + random.nextInt(12) : filler[random.nextInt(filler.length)])
                                .append(' ');
                    }
                    text.append("Event").append(e).append(" continued. ");
                }
                articles.add(new SourceDocument("e" + e + "-a" + a, "test", text.toString(), Optional.of("Outlet " + (a % 3)),
                        Optional.of("Event" + e + " update " + a), Optional.of(LocalDate.of(2031, 3, 1 + a))));
            }
        }
        return articles;
    }

    private static List<String> addAll(StoryStream stream, List<SourceDocument> articles) {
        List<String> stories = new ArrayList<>();
        for (SourceDocument article : articles) {
            stories.add(stream.add(article).story());
        }
        return stories;
    }

    @Test
    void groupsEachEventIntoItsOwnStory() {
        List<SourceDocument> articles = stream(4, 6, 7);
        StoryStream stream = StoryStream.open(ClusterSettings.defaults(), ANALYZER);
        List<String> stories = addAll(stream, articles);
        for (int i = 0; i < articles.size(); i++) {
            for (int j = 0; j < i; j++) {
                boolean sameEvent = articles.get(i).id().split("-")[0].equals(articles.get(j).id().split("-")[0]);
                if (sameEvent) {
                    assertEquals(stories.get(j), stories.get(i), articles.get(i).id() + " and " + articles.get(j).id());
                } else {
                    assertNotEquals(stories.get(j), stories.get(i), articles.get(i).id() + " and " + articles.get(j).id());
                }
            }
        }
        assertEquals(4, stream.clustering().stories().size());
        assertEquals(24, stream.size());
    }

    @Test
    void aRestoredStreamPlacesTheRestExactlyAsTheUninterruptedOne() throws IOException {
        List<SourceDocument> articles = stream(5, 8, 11);
        StoryStream whole = StoryStream.open(ClusterSettings.defaults(), ANALYZER);
        List<String> expected = addAll(whole, articles);
        whole.consolidate();

        StoryStream first = StoryStream.open(ClusterSettings.defaults(), ANALYZER);
        List<String> actual = new ArrayList<>(addAll(first, articles.subList(0, 17)));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        first.save(saved);
        StoryStream restored = StoryStream.restore(new ByteArrayInputStream(saved.toByteArray()), ANALYZER);
        assertEquals(first.clustering(), restored.clustering());
        actual.addAll(addAll(restored, articles.subList(17, articles.size())));
        restored.consolidate();

        assertEquals(expected, actual);
        assertEquals(whole.clustering(), restored.clustering());
        assertEquals(whole.storyOf(0), restored.storyOf(0));
    }

    @Test
    void aRestoredStreamKeepsItsSpanLimitAndAStreamSavedBeforeTheLimitExistedRestoresWithoutOne() throws IOException {
        StoryStream limited = StoryStream.open(ClusterSettings.defaults().withMaxSpanDays(45), ANALYZER);
        addAll(limited, stream(3, 2, 7));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        limited.save(saved);
        byte[] v2 = saved.toByteArray();
        assertEquals(45, StoryStream.restore(new ByteArrayInputStream(v2), ANALYZER).settings().maxSpanDays());
        // version 1 had no span limit: the same bytes with version 1 and without the limit's int (after closeAfterDays)
        int magic = 2 + "newsfuse-story-stream".length();
        int limit = magic + 4 + 8 + 8 + 8 + 4 + 4 + 8 + 4 + 8 + 8 + 4 + 8 + 4;
        ByteArrayOutputStream v1 = new ByteArrayOutputStream();
        v1.write(v2, 0, magic);
        v1.write(new byte[] {0, 0, 0, 1});
        v1.write(v2, magic + 4, limit - magic - 4);
        v1.write(v2, limit + 4, v2.length - limit - 4);
        StoryStream old = StoryStream.restore(new ByteArrayInputStream(v1.toByteArray()), ANALYZER);
        assertEquals(ClusterSettings.defaults().withMaxSpanDays(0), old.settings());
        assertEquals(limited.clustering(), old.clustering());
    }

    @Test
    void aCopyJoinsItsOriginalsStoryAndIsReported() {
        List<SourceDocument> articles = stream(3, 2, 3);
        StoryStream stream = StoryStream.open(ClusterSettings.defaults(), ANALYZER);
        addAll(stream, articles);
        SourceDocument original = articles.get(1);
        StoryStream.Assignment copy = stream.add(new SourceDocument("copy", "test", original.text(), Optional.of("Other Outlet"),
                Optional.of("Retitled"), original.date()));
        assertTrue(copy.copyOf().isPresent());
        assertEquals(1, copy.copyOf().get().duplicateOf());
        assertEquals(stream.storyOf(1), copy.story());
    }

    @Test
    void restoringSomethingElseFailsWithAClearMessage() {
        IOException e = assertThrows(IOException.class,
                () -> StoryStream.restore(new ByteArrayInputStream(new byte[] {0, 5, 'h', 'e', 'l', 'l', 'o', 0, 0, 0, 1}), ANALYZER));
        assertEquals("not a saved story stream (or one of another version)", e.getMessage());
    }
}
