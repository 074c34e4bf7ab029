package org.newsfuse.analyze;

/**
 * Decides whether two sentences of a story report the same content, lexically: idf-weighted cosine of
 * their stemmed content terms, or one largely contained in the other (a trimmed or extended version of
 * the same fact), unless both state figures and none of them agree. Immutable and thread-safe.
 *
 * @param minCosine      cosine at or above which two sentences align
 * @param minContainment share of the shorter sentence's weight found in the longer at or above which they align
 */
public record SentenceAligner(double minCosine, double minContainment) {

    public static SentenceAligner defaults() {
        return new SentenceAligner(0.38, 0.6);
    }

    /** The alignment strength of sentences {@code a} and {@code b}, or 0 when they do not align. */
    public double similarity(AnalyzedStory story, int a, int b) {
        if (disagreeOnFigures(story.sentences().get(a), story.sentences().get(b))) {
            return 0;
        }
        return wordingSimilarity(story, a, b);
    }

    /** The alignment strength from wording alone, figures not checked (to find conflicts); 0 when not aligned. */
    public double wordingSimilarity(AnalyzedStory story, int a, int b) {
        StoryTerms terms = story.terms();
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

    /** Both state figures and share none: "$4.2 million" does not support "$5 million". */
    static boolean disagreeOnFigures(Sentence a, Sentence b) {
        if (a.numbers().isEmpty() || b.numbers().isEmpty()) {
            return false;
        }
        for (String n : a.numbers()) {
            if (b.numbers().contains(n)) {
                return false;
            }
        }
        return true;
    }
}
