package org.newsfuse.summarize;

/**
 * How long a summary may be.
 *
 * @param maxWords      at most this many words (0: no word limit)
 * @param maxSentences  at most this many sentences (0: no sentence limit)
 * @param fillToLimit   let the last sentence cross {@code maxWords}, for evaluations that truncate
 *                      summaries to exactly N words themselves (ROUGE's {@code -l}); off for readers
 */
public record Budget(int maxWords, int maxSentences, boolean fillToLimit) {

    public Budget {
        if (maxWords < 0 || maxSentences < 0) {
            throw new IllegalArgumentException("limits must be >= 0, got maxWords=" + maxWords + ", maxSentences=" + maxSentences);
        }
        if (maxWords == 0 && maxSentences == 0) {
            throw new IllegalArgumentException("a budget needs a word or a sentence limit");
        }
    }

    /** 100 words, the length of the field's standard summaries. */
    public static Budget defaults() {
        return new Budget(100, 0, false);
    }

    public static Budget words(int maxWords) {
        return new Budget(maxWords, 0, false);
    }

    public Budget withWords(int words) {
        return new Budget(words, maxSentences, fillToLimit);
    }

    public Budget withSentences(int sentences) {
        return new Budget(maxWords, sentences, fillToLimit);
    }

    public Budget withFillToLimit(boolean fill) {
        return new Budget(maxWords, maxSentences, fill);
    }

    /** Whether a summary of {@code words} words and {@code sentences} sentences may take one more of {@code more} words. */
    public boolean admits(int words, int sentences, int more) {
        if (maxSentences > 0 && sentences + 1 > maxSentences) {
            return false;
        }
        if (maxWords == 0) {
            return true;
        }
        return fillToLimit ? words < maxWords : words + more <= maxWords;
    }

    /** Whether nothing more can be added. */
    public boolean isFull(int words, int sentences) {
        return (maxSentences > 0 && sentences >= maxSentences) || (maxWords > 0 && words >= maxWords);
    }
}
