package org.newsfuse.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases for the parts of ROUGE-1.5.5 that re-implementations get wrong. */
class RougeTest {

    private static RougeOptions options(int n, boolean lcs, int words, int bytes, int skip, boolean bestModel) {
        return new RougeOptions(n, lcs, false, words, bytes, skip, skip >= 0, bestModel, 0.5, 95, 0);
    }

    private static RougeScore score(RougeOptions options, List<String> peer, List<List<String>> models, String metric) {
        return new Rouge(options, null).score(peer, models).stream().filter(s -> s.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void clipsRepeatedNgramsAndSumsOverReferences() {
        // peer "the the the cat": unigrams the x3, cat x1; reference 1 "the cat sat", reference 2 "a dog"
        RougeScore r1 = score(options(1, false, 0, 0, -1, false), List.of("The the the cat."),
                List.of(List.of("The cat sat."), List.of("A dog.")), "ROUGE-1");
        // hits: 2 (the, cat) + 0; model units 3 + 2; peer units 4 per reference, 8
        assertEquals(0.4, r1.recall());
        assertEquals(0.25, r1.precision());
        assertEquals(Rouge.round5(0.25 * 0.4 / (0.5 * 0.25 + 0.5 * 0.4)), r1.f());
    }

    @Test
    void bestReferenceModeTakesOneReference() {
        RougeScore r1 = score(options(1, false, 0, 0, -1, true), List.of("The the the cat."),
                List.of(List.of("The cat sat."), List.of("A dog.")), "ROUGE-1");
        assertEquals(0.66667, r1.recall());
        assertEquals(0.5, r1.precision());
    }

    @Test
    void hyphensSplitWordsAndOnlyAlphanumericTokensCount() {
        RougeScore r1 = score(options(1, false, 0, 0, -1, false), List.of("well-known -- facts!"),
                List.of(List.of("well known facts")), "ROUGE-1");
        assertEquals(1.0, r1.recall());
        assertEquals(1.0, r1.precision());
    }

    @Test
    void wordLimitCutsTheSentenceThatCrossesIt() {
        // peer cut to "one two three", reference cut to "one two six": 2 hits of 3
        RougeScore r1 = score(options(1, false, 3, 0, -1, false), List.of("one two", "three four five"),
                List.of(List.of("one two six seven")), "ROUGE-1");
        assertEquals(0.66667, r1.recall());
        assertEquals(0.66667, r1.precision());
    }

    @Test
    void skipBigramsWithUnigramsLeaveOutTheLastTokensUnigram() {
        // "a b c" with -2 4 -u: unigrams a, b (not c) + bigrams ab, ac, bc = 5 units
        RougeScore su = score(options(0, false, 0, 0, 4, false), List.of("x y z"), List.of(List.of("x y z")), "ROUGE-SU4");
        assertEquals(1.0, su.recall());
        RougeScore partial = score(options(0, false, 0, 0, 4, false), List.of("x z"), List.of(List.of("x y z")), "ROUGE-SU4");
        // peer units: x, "x z" = 2; reference units 5; hits: x, "x z" = 2
        assertEquals(0.4, partial.recall());
        assertEquals(1.0, partial.precision());
    }

    @Test
    void lcsIsTheUnionOverPeerSentencesClippedByUnigramCounts() {
        // reference sentence "w1 w2 w3 w4 w5"; peer sentences "w1 w2 w6 w7" and "w1 w3 w8 w5"
        // union LCS hits: w1 w2 (first) and w1 w3 w5 (second) => {w1, w2, w3, w5} = 4 of 5
        RougeScore l = score(options(0, true, 0, 0, -1, false), List.of("w1 w2 w6 w7", "w1 w3 w8 w5"),
                List.of(List.of("w1 w2 w3 w4 w5")), "ROUGE-L");
        assertEquals(0.8, l.recall());
        assertEquals(0.5, l.precision());
    }

    @Test
    void lcsByteLimitIsAppliedSentenceBySentenceAsInRouge155() {
        // -b 10: n-grams see "aaaa bbbb " cut at 10 bytes of sentence text; ROUGE-L sees every sentence shorter than 10 bytes
        List<String> peer = List.of("aaaa bbbb", "cccc dddd");
        RougeScore l = score(options(1, true, 0, 10, -1, false), peer, List.of(List.of("aaaa bbbb", "cccc dddd")), "ROUGE-L");
        RougeScore r1 = score(options(1, true, 0, 10, -1, false), peer, List.of(List.of("aaaa bbbb", "cccc dddd")), "ROUGE-1");
        assertEquals(1.0, r1.recall(), "both cut to 'aaaa bbbb c'");
        assertEquals(0.5, l.recall(), "LCS base counts all 4 tokens; hits are clipped by the cut unigrams aaaa, bbbb");
        assertEquals(0.66667, l.precision(), "2 hits of the peer's 3 unigrams");
    }

    @Test
    void roundsExactTiesToEvenAsCPrintfDoes() {
        assertEquals(0.01562, Rouge.round5(1 / 64.0));
        assertEquals(0.04688, Rouge.round5(3 / 64.0));
        assertEquals(0.33333, Rouge.round5(1 / 3.0));
    }
}
