package org.newsfuse.server.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.GroupOptions;
import org.newsfuse.server.SyntheticArticles;
import org.newsfuse.server.TestService;
import org.newsfuse.server.ingest.ArticlePreparer;
import org.newsfuse.server.ingest.ArticleSubmission;
import org.newsfuse.server.ingest.Ingestor;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.SqliteStore;
import org.newsfuse.server.store.StoredArticle;
import org.newsfuse.server.store.StorySummary;

/**
 * A story whose recomputation throws is tried again on its own, later each time, and becomes current
 * once an attempt succeeds; one that fails every attempt is left stale (counted) without holding up
 * the other stories, and gets its attempts again when an article joins it. Real store, grouping,
 * ingest and front door; only the version builder is wrapped, to fail on demand.
 */
class StoryRefresherRetryTest {

    private static final long RETRY_MILLIS = 20;

    @TempDir
    Path folder;

    private SqliteStore store;
    private StoryRefresher refresher;
    private Ingestor ingestor;
    private final FailingBuilder builder = new FailingBuilder(new StoryVersionBuilder(TestService.newsfuse()));

    @BeforeEach
    void start() {
        store = SqliteStore.open(folder.resolve("retry.db"));
        StoryUpdates updates = new StoryUpdates();
        StoryGrouper grouper = new StoryGrouper(TestService.newsfuse(), GroupOptions.defaults());
        refresher = new StoryRefresher(store, builder, updates, 20, RETRY_MILLIS, 100);
        ingestor = new Ingestor(store, grouper, updates, new ArticlePreparer(TestService.newsfuse()), refresher::storyChanged, 64);
        refresher.start();
    }

    @AfterEach
    void stop() {
        ingestor.close();
        refresher.drain(5_000);
        store.close();
    }

    @Test
    void aFailedRecomputationIsRetriedUntilItSucceeds() throws InterruptedException {
        long story = 1; // the first story of a fresh database
        builder.failures.put(story, 2);
        assertEquals(story, ingest(0, "first").story());

        await(() -> current(story), "story " + story + " current");

        assertEquals(3, builder.attempts(story), "two failures, then the attempt that succeeded");
        assertEquals(2, refresher.failures());
        assertEquals(0, refresher.givenUp());
        assertEquals(1, store.story(story).orElseThrow().version());
    }

    @Test
    void aStoryThatAlwaysFailsIsLeftStaleUntilItChangesAndOthersStayCurrent() throws InterruptedException {
        long failing = 1;
        builder.failures.put(failing, Integer.MAX_VALUE);
        assertEquals(failing, ingest(0, "a").story());
        long other = ingestUntilNewStory(failing);

        await(() -> refresher.givenUp() == 1, "the failing story given up");
        await(() -> current(other), "the other story current");
        assertEquals(StoryRefresher.MAX_ATTEMPTS, builder.attempts(failing));
        assertEquals(StoryRefresher.MAX_ATTEMPTS, refresher.failures());
        Thread.sleep(RETRY_MILLIS << StoryRefresher.MAX_ATTEMPTS);
        assertEquals(StoryRefresher.MAX_ATTEMPTS, builder.attempts(failing), "no attempt after giving up");
        StorySummary stale = store.story(failing).orElseThrow();
        assertTrue(stale.stale());
        assertEquals(0, stale.version());

        // whatever made it fail is gone; the next article in the story brings it up to date
        builder.failures.put(failing, 0);
        assertEquals(failing, ingest(0, "a copy").story(), "the same text again joins its story");
        await(() -> current(failing), "story " + failing + " current after its change");
        assertEquals(2, store.story(failing).orElseThrow().articleCount());
    }

    private ArticleReceipt ingest(int index, String urlSuffix) {
        SyntheticArticles.Item item = SyntheticArticles.generate(30, 3).get(index);
        var receipt = ingestor.ingest(new ArticleSubmission(Optional.of(item.text()), Optional.empty(),
                Optional.of(item.url() + "/" + urlSuffix), Optional.of(item.outlet()), Optional.of(item.title()), Optional.empty(),
                List.of(), item.url()));
        return new ArticleReceipt(receipt.article(), receipt.story());
    }

    /** Sends an article about something else entirely; returns its story, which must be another one. */
    private long ingestUntilNewStory(long story) {
        String text = "GLASSWORTH -- The county chess league crowned a twelve-year-old champion on Sunday after a final that lasted"
                + " six hours. Organisers said the tournament drew a record 214 players from nine schools.\n\nThe winner, Pell Arkwright,"
                + " said she had practised endgames every evening since January. The league will host a summer camp in Glassworth.";
        long placed = ingestor.ingest(new ArticleSubmission(Optional.of(text), Optional.empty(), Optional.of("https://chess.example/final"),
                Optional.of("Glassworth Gazette"), Optional.of("Twelve-year-old wins county chess final"), Optional.empty(), List.of(),
                "test")).story();
        assertNotEquals(story, placed, "an article about something else opens another story");
        return placed;
    }

    private boolean current(long story) {
        Optional<StorySummary> s = store.story(story);
        return s.isPresent() && !s.get().stale() && s.get().version() > 0;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertFalse(System.currentTimeMillis() > deadline, "timed out waiting for: " + what);
            Thread.sleep(10);
        }
    }

    private record ArticleReceipt(long article, long story) {
    }

    /** The real builder, made to throw for a story as many times as asked first. */
    private static final class FailingBuilder implements StoryRefresher.VersionBuilder {
        private final StoryRefresher.VersionBuilder real;
        final Map<Long, Integer> failures = new ConcurrentHashMap<>();
        private final Map<Long, Integer> attempts = new ConcurrentHashMap<>();

        FailingBuilder(StoryRefresher.VersionBuilder real) {
            this.real = real;
        }

        @Override
        public NewsStore.NewVersion build(long story, List<StoredArticle> articles) {
            attempts.merge(story, 1, Integer::sum);
            int left = failures.getOrDefault(story, 0);
            if (left > 0) {
                failures.put(story, left == Integer.MAX_VALUE ? left : left - 1);
                throw new IllegalStateException("recomputation of story " + story + " failed (as the test asked)");
            }
            return real.build(story, articles);
        }

        int attempts(long story) {
            return attempts.getOrDefault(story, 0);
        }
    }
}
