package org.newsfuse.summarize;

import org.newsfuse.analyze.Sentence;

/** Which sentences are worth extracting at all: complete statements of a readable length. */
final class Candidates {

    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;

    private Candidates() {
    }

    /** A copy of {@code scores} with ineligible sentences set to {@code -Infinity}, so no selector picks them. */
    static double[] masked(org.newsfuse.analyze.AnalyzedStory story, double[] scores) {
        double[] out = scores.clone();
        for (int s = 0; s < out.length; s++) {
            if (!eligible(story.sentences().get(s))) {
                out[s] = Double.NEGATIVE_INFINITY;
            }
        }
        return out;
    }

    static boolean eligible(Sentence sentence) {
        if (sentence.words() < MIN_WORDS || sentence.words() > MAX_WORDS || sentence.terms().size() < 3) {
            return false;
        }
        String text = sentence.text();
        char last = text.charAt(text.length() - 1);
        // A question or a fragment without terminal punctuation rarely states a fact.
        return last != '?' && (".!\"'”’)".indexOf(last) >= 0);
    }
}
