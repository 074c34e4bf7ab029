package org.newsfuse.summarize;

import org.newsfuse.analyze.Sentence;

/**
 * Which sentences are worth extracting at all: complete statements of a readable length, not pieces of
 * a quotation that runs over several sentences (out of its quotation marks, it reads as the outlet's
 * own claim, or as a dangling fragment).
 */
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
        return last != '?' && (".!\"'”’)".indexOf(last) >= 0) && quotesBalanced(text);
    }

    static boolean quotesBalanced(String text) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                close++;
            }
        }
        return straight % 2 == 0 && open == close;
    }
}
