package org.newsfuse.analyze;

/**
 * Decides whether two sentences of a story report the same content, lexically: idf-weighted cosine of
 * their stemmed content terms, or one largely contained in the other (a trimmed or extended version of
 * the same fact). Immutable and thread-safe.
 *
 * @param minCosine      cosine at or above which two sentences align
 * @param minContainment share of the shorter sentence's weight found in the longer at or above which they align
 */
public record SentenceAligner(double minCosine, double minContainment) {

    public static SentenceAligner defaults() {
        return new SentenceAligner(0.38, 0.6);
    }

    /** The alignment strength of sentences {@code a} and {@code b}, or 0 when they do not align. */
    public double similarity(StoryTerms terms, int a, int b) {
        double cosine = terms.cosine(a, b);
        if (cosine >= minCosine) {
            return cosine;
        }
        int shorter = terms.distinctIds(a).length <= terms.distinctIds(b).length ? a : b;
        int longer = shorter == a ? b : a;
        if (terms.distinctIds(shorter).length >= 4) {
            double contained = terms.containment(shorter, longer);
            if (contained >= minContainment) {
                return Math.max(cosine, contained * 0.8);
            }
        }
        return 0;
    }
}
