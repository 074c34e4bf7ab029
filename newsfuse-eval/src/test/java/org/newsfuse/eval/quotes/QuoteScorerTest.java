package org.newsfuse.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsfuse.base.Span;

class QuoteScorerTest {

    private static final String TEXT = "Ana Reyes said: \"Ferries run at dawn.\" He added that fares stay low.";

    private static QuoteScorer.Gold gold(int start, int end, String speaker, int speakerStart, int speakerEnd) {
        return new QuoteScorer.Gold(new Span(start, end), "direct", Optional.of(speaker), Optional.of(new Span(speakerStart, speakerEnd)));
    }

    @Test
    void aGoldQuotationIsFoundWhenHalfItsLettersAreCoveredAndAPredictionIsRightWhenHalfOfItsAreGold() {
        QuoteScorer scorer = new QuoteScorer();
        // gold: the quotation in marks (letters: Ferriesrunatdawn = 16); predicted: "Ferries run" (10 letters) -> found
        scorer.add(TEXT, List.of(gold(16, 38, "Ana Reyes", 0, 9)), List.of(
                new QuoteScorer.Predicted(new Span(17, 28), "direct", Optional.of("Ana Reyes"), Optional.empty()),
                // a prediction outside every gold quotation is wrong
                new QuoteScorer.Predicted(new Span(48, 67), "indirect", Optional.empty(), Optional.empty())));
        assertEquals(1, scorer.all().goldFound());
        assertEquals(1, scorer.all().predictedRight());
        assertEquals(0.5, scorer.all().precision());
        assertEquals(1.0, scorer.all().recall());
        assertEquals(1.0, scorer.all().speakerAccuracy(), "the surname is among the gold speaker's capitalised words");
        assertEquals(0.0, scorer.byKind().get("indirect").precision());
    }

    @Test
    void aPronounSpeakerIsRightOnlyWhenTheMentionOverlapsTheGoldOne() {
        QuoteScorer scorer = new QuoteScorer();
        QuoteScorer.Gold he = gold(48, 67, "He", 39, 41);
        scorer.add(TEXT, List.of(he), List.of(new QuoteScorer.Predicted(new Span(48, 67), "indirect", Optional.of("Ana Reyes"),
                Optional.of(new Span(39, 41)))));
        scorer.add(TEXT, List.of(he), List.of(new QuoteScorer.Predicted(new Span(48, 67), "indirect", Optional.of("Ana Reyes"),
                Optional.of(new Span(0, 9)))));
        assertEquals(2, scorer.all().goldFound());
        assertEquals(1, scorer.all().speakerRight());
        assertEquals(0, scorer.all().named(), "a pronoun is no name");
    }
}
