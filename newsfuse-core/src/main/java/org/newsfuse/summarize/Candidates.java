package org.newsfuse.summarize;

import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Quotations;
import org.newsfuse.analyze.Sentence;

/**
 * Which sentences are worth extracting at all: complete statements of a readable length, not pieces of
 * a quotation that runs over several sentences (out of its quotation marks, it reads as the outlet's
 * own claim, or as a dangling fragment). That includes a quotation's middle sentences, which hold no
 * quotation mark of their own: in {@code "It costs $10,000 a year. I'm going to catch tourists
 * instead. It's easier," he said.} the middle sentence, extracted, would be the outlet saying it.
 */
final class Candidates {

    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;

    private Candidates() {
    }

    /** A copy of {@code scores} with ineligible sentences set to {@code -Infinity}, so no selector picks them. */
    static double[] masked(AnalyzedStory story, double[] scores) {
        double[] out = scores.clone();
        boolean[] eligible = eligible(story);
        for (int s = 0; s < out.length; s++) {
            if (!eligible[s]) {
                out[s] = Double.NEGATIVE_INFINITY;
            }
        }
        return out;
    }

    /**
     * Whether each of the story's sentences is worth extracting: {@link #eligible(Sentence)}, and not a
     * middle sentence of a quotation ({@link Quotations#continuing}).
     */
    static boolean[] eligible(AnalyzedStory story) {
        boolean[] continuing = Quotations.continuing(story);
        boolean[] out = new boolean[continuing.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = !continuing[s] && eligible(story.sentences().get(s));
        }
        return out;
    }

    /**
     * Whether each sentence can come in as the context of the sentence after it (which leans on it): a
     * whole sentence of readable length, not a piece of a longer quotation. Shorter ones qualify, unlike
     * {@link #eligible}, since they are not chosen for their own sake.
     */
    static boolean[] usableAsContext(AnalyzedStory story) {
        boolean[] continuing = Quotations.continuing(story);
        boolean[] out = new boolean[continuing.length];
        for (int s = 0; s < out.length; s++) {
            Sentence sentence = story.sentences().get(s);
            out[s] = !continuing[s] && sentence.words() <= MAX_WORDS && Quotations.balanced(sentence.text());
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
        return last != '?' && (".!\"'”’)".indexOf(last) >= 0) && Quotations.balanced(text);
    }
}
