package org.newsfuse;

import java.util.Objects;
import org.newsfuse.summarize.Summarizers;

/**
 * How {@link NewsFuse#summarize} summarizes: the algorithm and the length. Immutable,
 * {@link #defaults()} then {@code withX} copies.
 *
 * @param algorithm    a name from {@link #algorithms()}
 * @param maxWords     at most this many words (0: no word limit)
 * @param maxSentences at most this many sentences (0: no sentence limit)
 */
public record SummaryOptions(String algorithm, int maxWords, int maxSentences) {

    public SummaryOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        if (Summarizers.find(algorithm).isEmpty()) {
            throw new IllegalArgumentException("unknown algorithm '" + algorithm + "'; known: " + String.join(", ", algorithms()));
        }
        if (maxWords < 0 || maxSentences < 0 || (maxWords == 0 && maxSentences == 0)) {
            throw new IllegalArgumentException("maxWords and maxSentences must be >= 0 and one of them > 0, got "
                    + maxWords + " and " + maxSentences);
        }
    }

    /** The default algorithm, at most 100 words. */
    public static SummaryOptions defaults() {
        return new SummaryOptions(DEFAULT_ALGORITHM, 100, 0);
    }

    /** The algorithm used when none is named. */
    public static final String DEFAULT_ALGORITHM = Summarizers.DEFAULT;

    /** The algorithms' names, the default first. */
    public static java.util.Set<String> algorithms() {
        return Summarizers.names();
    }

    public SummaryOptions withAlgorithm(String name) {
        return new SummaryOptions(name, maxWords, maxSentences);
    }

    public SummaryOptions withWords(int words) {
        return new SummaryOptions(algorithm, words, maxSentences);
    }

    public SummaryOptions withSentences(int sentences) {
        return new SummaryOptions(algorithm, maxWords, sentences);
    }
}
