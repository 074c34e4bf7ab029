package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.base.Span;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

class CandidatesTest {

    private static final TermAnalyzer TERMS = new TermAnalyzer();
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static Sentence sentence(String text) {
        TermAnalyzer.WordsAndTerms analysis = TERMS.wordsAndTerms(text);
        return new Sentence(0, 0, 0, new Span(0, text.length()), text, analysis.terms(), analysis.words(), Sentence.numbersIn(text),
                text.split("\\s+").length);
    }

    @Test
    void unbalancedQuotationPiecesAreNotCandidates() {
        assertFalse(Candidates.eligible(sentence("\"We will not reopen this bridge until engineers tell me it is safe.")));
        assertTrue(Candidates.eligible(sentence("\"We will not reopen this bridge until it is safe,\" the mayor said.")));
    }

    @Test
    void theMiddleSentencesOfAQuotationAreNotCandidatesThoughTheyHoldNoQuotationMark() {
        String paragraph = "\"The ferry costs us $40,000 a year to run,\" the harbour master said. \"If the council will not pay, "
                + "we close the route. The island will have to manage with the weekly supply boat. Nobody wants that.\" "
                + "The council meets on Tuesday to decide whether the route is kept.";
        List<String> candidates = candidates(paragraph);
        assertEquals(List.of("\"The ferry costs us $40,000 a year to run,\" the harbour master said.",
                "The council meets on Tuesday to decide whether the route is kept."), candidates);
    }

    @Test
    void aQuotationLeftOpenAtTheEndOfAParagraphDoesNotSpillIntoTheNext() {
        String text = "\"We will rebuild the pier before the summer season begins,\" the mayor told residents at the meeting.\n\n"
                + "\"Every family on the island depends on the ferry for supplies and for work.\n\n"
                + "Engineers will inspect the damaged pier on Monday morning before any repair starts.";
        // the middle paragraph is an unbalanced piece; a new paragraph starts outside any quotation
        assertEquals(List.of("\"We will rebuild the pier before the summer season begins,\" the mayor told residents at the meeting.",
                "Engineers will inspect the damaged pier on Monday morning before any repair starts."), candidates(text));
    }

    /** The sentences of a one-article story that may be extracted, in order. */
    private static List<String> candidates(String text) {
        AnalyzedStory story = pipeline.analyze(StoryInput.of("story", List.of(SourceDocument.of("a.txt", text))));
        boolean[] eligible = Candidates.eligible(story);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < eligible.length; s++) {
            if (eligible[s]) {
                out.add(story.sentences().get(s).text());
            }
        }
        return out;
    }
}
