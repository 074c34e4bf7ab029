package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfuse.summarize.SentenceFinder.find;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.base.Span;
import org.newsfuse.compare.QuoteSpeakers;
import org.newsfuse.compare.StoryComparer;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

/** The readability rules, applied to a fixed selection and to the default summarizer's, on a fictional story. */
class ReadableSelectionTest {

    private static Pipeline pipeline;

    /** Published second, listed first. */
    private static final String OPENING = "Kellsburg opens its new flood barrier\n\n"
            + "The river authority of Kellsburg opened a new flood barrier on the Ostra River on Monday. "
            + "It cost 40 million crowns and took three years to build.\n\n"
            + "\"We have waited a generation for this wall,\" Mayor Ilse Varga said at the ceremony. "
            + "\"Nobody in the lower town will sleep badly again.\"\n";
    /** Published first, listed second. */
    private static final String EVE = "Barrier ready ahead of spring floods\n\n"
            + "But engineers warned that the old dikes downstream of the barrier still need repair before the spring floods.\n\n"
            + "Engineers finished the Ostra River flood barrier in Kellsburg on Sunday, a day before its opening.\n";

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static AnalyzedStory story() {
        return pipeline.analyze(StoryInput.of("barrier", List.of(
                new SourceDocument("opening.txt", "opening.txt", OPENING, Optional.of("Ostra Courier"), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 3, 2))),
                new SourceDocument("eve.txt", "eve.txt", EVE, Optional.of("Valley Wire"), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 3, 1))))));
    }

    /** A summarizer that always proposes the same sentences: the stage must make any selection readable. */
    private static Summarizer choosing(int... sentences) {
        List<Integer> chosen = java.util.Arrays.stream(sentences).boxed().toList();
        return (story, budget) -> chosen;
    }

    private static StorySummarizer stage(Summarizer summarizer, Referents referents, boolean alternatives, boolean pairs) {
        return new StorySummarizer("fixed", summarizer, pipeline.aligner(), referents,
                new ReadableSelection.Options(alternatives, pairs, 3));
    }

    private static List<String> texts(Summary summary) {
        return summary.sentences().stream().map(SummarySentence::text).toList();
    }

    @Test
    void aPronounOpenerComesInWithTheSentenceItLeansOnAndTheyStayTogether() {
        AnalyzedStory story = story();
        int cost = find(story, "It cost 40 million");
        int engineers = find(story, "Engineers finished");
        Summary summary = stage(choosing(cost, engineers), Referents.none(), false, true).summarize(story, Budget.words(45));
        List<String> texts = texts(summary);
        assertEquals(List.of(
                "Engineers finished the Ostra River flood barrier in Kellsburg on Sunday, a day before its opening.",
                "The river authority of Kellsburg opened a new flood barrier on the Ostra River on Monday.",
                "It cost 40 million crowns and took three years to build."), texts.subList(0, 3),
                "the earlier article first; the pair in article order, together");
    }

    @Test
    void withoutRoomForTheSentenceBeforeItADependentSentenceIsLeftOut() {
        AnalyzedStory story = story();
        int cost = find(story, "It cost 40 million");
        Summary summary = stage(choosing(cost), Referents.none(), false, true).summarize(story, Budget.words(14));
        assertFalse(texts(summary).stream().anyMatch(t -> t.startsWith("It cost")), () -> texts(summary).toString());
        Summary noPairs = stage(choosing(cost), Referents.none(), false, false).summarize(story, Budget.words(60));
        assertFalse(texts(noPairs).stream().anyMatch(t -> t.startsWith("It cost")), () -> texts(noPairs).toString());
    }

    @Test
    void aConnectiveOpeningItsArticleIsNeverShownAlone() {
        AnalyzedStory story = story();
        int dikes = find(story, "But engineers warned");
        Summary summary = stage(choosing(dikes), Referents.none(), true, true).summarize(story, Budget.words(60));
        assertFalse(texts(summary).stream().anyMatch(t -> t.startsWith("But")), () -> texts(summary).toString());
    }

    @Test
    void aQuotationWithoutItsSpeakerGetsTheComparisonsSpeakerInBrackets() {
        AnalyzedStory story = story();
        int sleep = find(story, "Nobody in the lower town");
        Referents speakers = new QuoteSpeakers(new StoryComparer(pipeline.aligner()));
        Summary summary = stage(choosing(sleep), speakers, false, false).summarize(story, Budget.words(12));
        assertEquals(1, summary.sentences().size(), () -> texts(summary).toString());
        SummarySentence sentence = summary.sentences().get(0);
        Insertion speaker = sentence.insertions().get(0);
        assertTrue(speaker.text().contains("Ilse Varga"), speaker::toString);
        assertEquals("[" + speaker.text() + "] \"Nobody in the lower town will sleep badly again.\"", sentence.text());
        Span from = speaker.from();
        assertEquals("opening.txt", speaker.fromArticle());
        assertEquals(speaker.text().replaceAll(":$", ""), from.of(OPENING), "the insertion says where its words are written");
        Citation own = sentence.citations().get(0);
        assertEquals("\"Nobody in the lower town will sleep badly again.\"", own.span().of(OPENING),
                "the citation still points at the original words");
        SummarySentence.Placed placed = sentence.shown().insertions().get(0);
        assertEquals("[" + speaker.text() + "]", sentence.text().substring(placed.start(), placed.end()));
        assertEquals(sentence.sentence().words() + speaker.text().split(" ").length, sentence.words(),
                "inserted words count against the budget");
    }

    @Test
    void aQuotationWhoseSpeakerIsUnknownIsNotChosen() {
        AnalyzedStory story = story();
        int sleep = find(story, "Nobody in the lower town");
        Summary summary = stage(choosing(sleep), Referents.none(), false, true).summarize(story, Budget.words(60));
        assertFalse(texts(summary).stream().anyMatch(t -> t.contains("Nobody in the lower town")), () -> texts(summary).toString());
    }

    @Test
    void theDefaultSummaryOfADatedStoryReadsInTimeOrderAndLeavesNothingDangling() {
        AnalyzedStory story = story();
        for (int words = 20; words <= 90; words += 10) {
            Summary summary = pipeline.summarize(story, "default", Budget.words(words));
            assertTrue(summary.words() <= words, summary::toString);
            LocalDate last = LocalDate.MIN;
            for (int i = 0; i < summary.sentences().size(); i++) {
                SummarySentence s = summary.sentences().get(i);
                LocalDate date = story.articleOf(s.sentence()).date().orElseThrow();
                assertFalse(date.isBefore(last), () -> "out of time order: " + texts(summary));
                last = date;
                if (SentenceDependencies.opensWithReference(s.text())) {
                    SummarySentence before = summary.sentences().get(i - 1);
                    assertEquals(s.sentence().index() - 1, before.sentence().index(), () -> texts(summary).toString());
                    assertEquals(s.sentence().articleIndex(), before.sentence().articleIndex());
                }
                assertFalse(SentenceDependencies.isQuoteOnly(s.text()), () -> texts(summary).toString());
            }
        }
    }

    @Test
    void detectsOpenersAndQuotationsWithoutSpeakers() {
        assertTrue(SentenceDependencies.opensWithReference("She was hoping the police would wait."));
        assertTrue(SentenceDependencies.opensWithReference("However, the vote was postponed."));
        assertTrue(SentenceDependencies.opensWithReference("The two leaders met again on Friday."));
        assertFalse(SentenceDependencies.opensWithReference("Theirs was the only boat left."), "a word that only begins like one");
        assertFalse(SentenceDependencies.opensWithReference("Hexham voters went to the polls."));
        assertTrue(SentenceDependencies.isQuoteOnly("\"We will rebuild every house.\""));
        assertTrue(SentenceDependencies.isQuoteOnly("“It is far too early to tell,” she warned."), "a pronoun names no one");
        assertFalse(SentenceDependencies.isQuoteOnly("\"We will rebuild,\" the mayor said."));
        assertFalse(SentenceDependencies.isQuoteOnly("\"We will rebuild,\" vowed Varga."));
        assertFalse(SentenceDependencies.isQuoteOnly("The mayor said: \"We will rebuild.\""));
    }
}
