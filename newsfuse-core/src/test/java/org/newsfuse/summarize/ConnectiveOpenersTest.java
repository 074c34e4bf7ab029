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
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

/** Opening links taken out as an editorial change, on a fictional story: only where the rest is a sentence of its own. */
class ConnectiveOpenersTest {

    private static Pipeline pipeline;

    private static final String RIVER = "Flood barrier holds in Vell\n\n"
            + "The river Vell rose two metres overnight after a week of heavy rain in the hills. "
            + "The town council ordered the lower streets of Vell cleared on Monday evening. "
            + "But the expected flooding of the market square had not happened by Wednesday morning. "
            + "However, engineers warned that the temporary barrier could still give way. "
            + "Instead, the council kept the lower streets closed to traffic until Friday. "
            + "But not the old mill.\n\n"
            + "\"We moved the sandbags twice before dawn. But the water never reached the bakery door,\" said baker Anna Roos. "
            + "Roos said the bakery opened at noon. "
            + "But critics say it came too late for the shops on the quay.\n";

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static AnalyzedStory story() {
        return pipeline.analyze(StoryInput.of("vell", List.of(new SourceDocument("vell.txt", "vell.txt", RIVER,
                Optional.of("Vell Courier"), Optional.empty(), Optional.of(LocalDate.of(2026, 3, 4))))));
    }

    @Test
    void theLinkAndTheFirstLetterGiveWayToTheCapitalAndSayWhereTheyAre() {
        AnalyzedStory story = story();
        int flooding = find(story, "But the expected flooding");
        Insertion change = ConnectiveOpeners.of(story).of(flooding).orElseThrow();
        assertEquals("T", change.text());
        assertEquals(0, change.at());
        assertEquals("But t".length(), change.replaces(), "the link, its space and the letter it capitalises");
        assertEquals("vell.txt", change.fromArticle());
        assertEquals("t", change.from().of(RIVER), "from points at the letter in the article");
        Insertion however = ConnectiveOpeners.of(story).of(find(story, "However, engineers")).orElseThrow();
        assertEquals("However, e".length(), however.replaces(), "the comma goes with the link");
        assertEquals("E", however.text());
    }

    @Test
    void aLinkStaysWhereTheRestIsNoSentenceOrReadsAsAConsequenceOrIsInsideAQuotation() {
        AnalyzedStory story = story();
        ConnectiveOpeners links = ConnectiveOpeners.of(story);
        assertEquals(Optional.empty(), links.of(find(story, "But not the old mill")), "\"not the old mill\" is a fragment");
        assertEquals(Optional.empty(), links.of(find(story, "Instead, the council kept")),
                "\"Instead\" says it replaces what the sentence before said");
        assertEquals(Optional.empty(), links.of(find(story, "But the water never reached")),
                "inside Anna Roos's quotation, opened in the sentence before");
        assertEquals(Optional.empty(), links.of(find(story, "But critics say it came")),
                "\"it\" still points at the sentence before");
        assertEquals(Optional.empty(), ConnectiveOpeners.linkDropped("Still missing are two boats from the quay."),
                "\"Still\" without a comma is an adverb of the sentence");
        assertEquals(Optional.empty(), ConnectiveOpeners.linkDropped("But he said the barrier would hold."),
                "the rest opens with a pronoun: it still leans back");
        assertEquals(Optional.of("Also, ".length()), ConnectiveOpeners.linkDropped("Also, the ferry to Ostby stopped running."));
    }

    @Test
    void aButSentenceChosenAloneShowsTheCapitalInBracketsAndCitesTheOriginalWords() {
        AnalyzedStory story = story();
        int flooding = find(story, "But the expected flooding");
        Summarizer alone = (s, budget) -> List.of(flooding);
        StorySummarizer stage = new StorySummarizer("fixed", alone, pipeline.aligner(), Referents.none(),
                new ReadableSelection.Options(false, false, 2, true, true));
        Summary summary = stage.summarize(story, Budget.words(13));
        assertEquals(1, summary.sentences().size(), () -> summary.sentences().toString());
        SummarySentence sentence = summary.sentences().get(0);
        assertEquals("[T]he expected flooding of the market square had not happened by Wednesday morning.", sentence.text());
        assertEquals(new SummarySentence.Placed(0, "[T]".length()), sentence.shown().insertions().get(0));
        assertEquals("But t", sentence.replacedBy(sentence.insertions().get(0)));
        assertEquals("But the expected flooding of the market square had not happened by Wednesday morning.",
                sentence.citations().get(0).span().of(RIVER), "the citation is on the article's own words, link included");
        assertEquals(13, sentence.words(), "fourteen words of the article, less the link");

        StorySummarizer before = new StorySummarizer("fixed", alone, pipeline.aligner(), Referents.none(),
                new ReadableSelection.Options(false, false, 2, true));
        assertFalse(before.summarize(story, Budget.words(13)).sentences().stream().anyMatch(x -> x.text().contains("expected flooding")),
                "with the option off and no pairs, the sentence is left out as before");
    }

    @Test
    void theLinkStaysWhenTheSentenceBeforeComesInToo() {
        AnalyzedStory story = story();
        int flooding = find(story, "But the expected flooding");
        int council = find(story, "The town council ordered");
        Summarizer both = (s, budget) -> List.of(flooding, council);
        StorySummarizer stage = new StorySummarizer("fixed", both, pipeline.aligner(), Referents.none(),
                new ReadableSelection.Options(false, true, 2, true, true));
        List<String> texts = stage.summarize(story, Budget.words(40)).sentences().stream().map(SummarySentence::text).toList();
        assertEquals(List.of("The town council ordered the lower streets of Vell cleared on Monday evening.",
                "But the expected flooding of the market square had not happened by Wednesday morning."), texts.subList(0, 2));
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("[")), () -> "each link stays after its own sentence: " + texts);
    }

    @Test
    void theDefaultSummarizerWeighsALinkedSentenceAloneWhenTheLinkCanGo() {
        AnalyzedStory story = story();
        ConceptCoverageSummarizer with = ConceptCoverageSummarizer.defaults().withAligner(pipeline.aligner()).withDropConnectives(true);
        StorySummarizer stage = new StorySummarizer("default", with, pipeline.aligner(), Referents.none(),
                new ReadableSelection.Options(true, true, 2, true, true));
        boolean linkTakenOut = false;
        for (int words = 10; words <= 60; words += 5) {
            Summary summary = stage.summarize(story, Budget.words(words));
            for (SummarySentence s : summary.sentences()) {
                linkTakenOut |= s.insertions().stream().anyMatch(i -> i.text().length() == 1 && i.replaces() > 1);
                assertFalse(SentenceDependencies.opensWithReference(s.text()) && s.insertions().isEmpty()
                                && !summary.sentences().contains(previousOf(summary, s)),
                        () -> "dangling at " + summary.sentences());
                if (s.text().startsWith("[T]he expected") || s.text().startsWith("[E]ngineers")) {
                    assertEquals(s.sentence().words() - 1, s.words(), "the link's word does not count against the budget");
                }
            }
        }
        assertTrue(linkTakenOut, "some budget takes a linked sentence alone, its link taken out");
    }

    private static SummarySentence previousOf(Summary summary, SummarySentence s) {
        int i = summary.sentences().indexOf(s);
        return i > 0 ? summary.sentences().get(i - 1) : null;
    }
}
