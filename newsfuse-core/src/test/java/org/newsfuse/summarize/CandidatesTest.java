package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.base.Span;

class CandidatesTest {

    private static final TermAnalyzer TERMS = new TermAnalyzer();

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
}
