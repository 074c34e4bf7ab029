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

/** Bracketed names for opening pronouns, on a fictional story: resolved from the sentence's own article, or not at all. */
class PronounReferentsTest {

    private static Pipeline pipeline;

    private static final String PILOT = "Fog pilot brings tanker in blind\n\n"
            + "Harbor pilot Marta Lindqvist guided the tanker Sea Wren into Port Halden on Tuesday after a night at anchor. "
            + "Lindqvist, 52, said the fog was the thickest she had seen in a decade. "
            + "She said the tanker's radar failed twice during the approach.\n\n"
            + "A port spokesman said Lindqvist had asked for a tug at midnight. "
            + "He said the request was refused because the tugs were at sea.\n";
    private static final String BROTHERS = "Customs checks the Sea Wren\n\n"
            + "Customs officer Jonas Ekberg, 40, said the crew of the Sea Wren was cooperative. "
            + "Harbor master Ola Ekberg, 45, said the tanker would stay at the quay until Friday. "
            + "Ekberg said the cargo of heating oil was safe. "
            + "He added that the inspection would take two days.\n\n"
            + "Lindqvist thanked Jonas Ekberg for opening the quay early. "
            + "She said the crew had not slept for two days.\n";

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static AnalyzedStory story() {
        return pipeline.analyze(StoryInput.of("sea-wren", List.of(
                new SourceDocument("pilot.txt", "pilot.txt", PILOT, Optional.of("Halden Post"), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 2, 10))),
                new SourceDocument("brothers.txt", "brothers.txt", BROTHERS, Optional.of("Coast Wire"), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 2, 11))))));
    }

    @Test
    void aPronounOpenerGetsTheFullestNameFromItsOwnArticleAndSaysWhereItIsWritten() {
        AnalyzedStory story = story();
        int radar = find(story, "She said the tanker's radar");
        Insertion name = PronounReferents.of(story).of(radar).orElseThrow();
        assertEquals("Marta Lindqvist", name.text(), "the fullest form the article writes, not the bare surname before it");
        assertEquals("pilot.txt", name.fromArticle());
        assertEquals("Marta Lindqvist", name.from().of(PILOT), "from points at the words inserted");
        assertTrue(name.from().end() <= story.sentences().get(radar).span().start(), "written before the sentence");
        assertEquals(0, name.at());
        assertEquals("She".length(), name.replaces(), "the brackets stand in for the pronoun");
    }

    @Test
    void theSummaryShowsTheNameInPlaceOfThePronounAndCitesTheOriginalWords() {
        AnalyzedStory story = story();
        int radar = find(story, "She said the tanker's radar");
        Summarizer alone = (s, budget) -> List.of(radar);
        StorySummarizer stage = new StorySummarizer("fixed", alone, pipeline.aligner(), Referents.none(),
                new ReadableSelection.Options(false, false, 2, true));
        Summary summary = stage.summarize(story, Budget.words(12));
        assertEquals(1, summary.sentences().size(), () -> summary.sentences().toString());
        SummarySentence sentence = summary.sentences().get(0);
        assertEquals("[Marta Lindqvist] said the tanker's radar failed twice during the approach.", sentence.text());
        assertEquals(new SummarySentence.Placed(0, "[Marta Lindqvist]".length()), sentence.shown().insertions().get(0));
        assertEquals("She said the tanker's radar failed twice during the approach.",
                sentence.citations().get(0).span().of(PILOT), "the citation is on the article's own words");
        assertEquals("She", sentence.replacedBy(sentence.insertions().get(0)));
        assertEquals(11, sentence.words(), "ten words of the article, less the pronoun, plus the two of the name");
        Summary tooShort = stage.summarize(story, Budget.words(10));
        assertFalse(tooShort.sentences().stream().anyMatch(s -> s.text().contains("radar")),
                "the inserted words count against the budget: 11 words do not fit in 10");
    }

    @Test
    void noNameWhenTheReferentIsAmbiguous() {
        AnalyzedStory story = story();
        PronounReferents names = PronounReferents.of(story);
        assertEquals(Optional.empty(), names.of(find(story, "He added that the inspection")),
                "two Ekbergs in the article: the surname alone could mean either");
        assertEquals(Optional.empty(), names.of(find(story, "He said the request was refused")),
                "a spokesman, named by role, is as likely a referent as Lindqvist");
        assertEquals(Optional.empty(), names.of(find(story, "She said the crew had not slept")),
                "the sentence before names two people");
    }

    @Test
    void anUnresolvedPronounOpenerIsLeftOutWhenPairsAreOff() {
        AnalyzedStory story = story();
        int inspection = find(story, "He added that the inspection");
        Summarizer alone = (s, budget) -> List.of(inspection);
        StorySummarizer stage = new StorySummarizer("fixed", alone, pipeline.aligner(), Referents.none(),
                new ReadableSelection.Options(false, false, 2, true));
        Summary summary = stage.summarize(story, Budget.words(12));
        assertFalse(summary.sentences().stream().anyMatch(s -> s.text().contains("the inspection would take")),
                () -> summary.sentences().toString());
    }

    @Test
    void theNameIsDroppedWhenTheSentenceItStandsForComesInToo() {
        AnalyzedStory story = story();
        int radar = find(story, "She said the tanker's radar");
        int fog = find(story, "Lindqvist, 52, said the fog");
        Summarizer both = (s, budget) -> List.of(radar, fog);
        StorySummarizer stage = new StorySummarizer("fixed", both, pipeline.aligner(), Referents.none(),
                new ReadableSelection.Options(false, true, 2, true));
        Summary summary = stage.summarize(story, Budget.words(25));
        List<String> texts = summary.sentences().stream().map(SummarySentence::text).toList();
        assertEquals(List.of("Lindqvist, 52, said the fog was the thickest she had seen in a decade.",
                "She said the tanker's radar failed twice during the approach."), texts);
    }
}
