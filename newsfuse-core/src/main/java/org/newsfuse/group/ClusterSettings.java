package org.newsfuse.group;

import org.newsfuse.analyze.SyndicationDetector;

/**
 * How {@link StoryClusterer} and {@link StoryStream} group articles into stories: the settings,
 * immutable, with {@link #defaults()} chosen on DUC 2003 and Multi-News.
 *
 * @param threshold        minimum similarity to join a story
 * @param linkage          weight of the closest member against the average member, in [0, 1]
 * @param titleWeight      how many times title terms count
 * @param maxArticleTerms  body terms read per article (leads carry the event)
 * @param vectorTerms      heaviest terms kept per article vector
 * @param decayDays        similarity halves every this many days between article and story (0: no decay)
 * @param window           articles kept in the index
 * @param copyContainment  share of 5-gram shingles that makes an article a copy of an earlier one
 * @param mergeThreshold   centroid cosine at which two stories are merged at the end (above 1: never)
 * @param warmup           articles read ahead to learn document frequencies before the first is placed
 *                         (a bounded look-ahead buffer; idf learnt from a handful of articles is noise)
 * @param nameWeight       extra count for each capitalised word inside a sentence (names carry the event)
 * @param closeAfterDays   a story with no article for more than this many days is closed: no article joins
 *                         it and no story merges with it across that silence (0: never closed)
 * @param maxSpanDays      most days between a story's first and last article: a later article on the same
 *                         subject opens a new story, and two stories that together would span more are not
 *                         merged (0: no limit). Unlike the silence, this bounds a story on a subject that never
 *                         goes quiet, so on a long crawl the largest story does not grow with the crawl
 */
public record ClusterSettings(double threshold, double linkage, double titleWeight, int maxArticleTerms, int vectorTerms,
                             double decayDays, int window, double copyContainment, double mergeThreshold, int warmup,
                             double nameWeight, int closeAfterDays, int maxSpanDays) {

    /** Settings with no limit on a story's span ({@code maxSpanDays} 0). */
    public ClusterSettings(double threshold, double linkage, double titleWeight, int maxArticleTerms, int vectorTerms, double decayDays,
                           int window, double copyContainment, double mergeThreshold, int warmup, double nameWeight, int closeAfterDays) {
        this(threshold, linkage, titleWeight, maxArticleTerms, vectorTerms, decayDays, window, copyContainment, mergeThreshold, warmup,
                nameWeight, closeAfterDays, 0);
    }

    /**
     * Chosen on DUC 2003 and Multi-News stories after the first 2,000 (docs/BENCHMARKS.md). Those sets
     * allow any closing silence above 51 days (the longest inside a DUC 2003 topic; Multi-News has no
     * dates), and a year is the cautious end of that range.
     */
    public static ClusterSettings defaults() {
        return new ClusterSettings(0.18, 0.5, 2, 300, 60, 0, 100_000, SyndicationDetector.COPY_CONTAINMENT, 0.3, 1000, 2,
                365, 0);
    }

    /** These settings with another {@code threshold}. */
    public ClusterSettings withThreshold(double t) {
        return new ClusterSettings(t, linkage, titleWeight, maxArticleTerms, vectorTerms, decayDays, window, copyContainment,
                mergeThreshold, warmup, nameWeight, closeAfterDays, maxSpanDays);
    }

    /** These settings with another {@code decayDays}. */
    public ClusterSettings withDecayDays(double days) {
        return new ClusterSettings(threshold, linkage, titleWeight, maxArticleTerms, vectorTerms, days, window, copyContainment,
                mergeThreshold, warmup, nameWeight, closeAfterDays, maxSpanDays);
    }

    /** These settings with another {@code closeAfterDays}. */
    public ClusterSettings withCloseAfterDays(int days) {
        return new ClusterSettings(threshold, linkage, titleWeight, maxArticleTerms, vectorTerms, decayDays, window, copyContainment,
                mergeThreshold, warmup, nameWeight, days, maxSpanDays);
    }

    /** These settings with another {@code maxSpanDays}. */
    public ClusterSettings withMaxSpanDays(int days) {
        return new ClusterSettings(threshold, linkage, titleWeight, maxArticleTerms, vectorTerms, decayDays, window, copyContainment,
                mergeThreshold, warmup, nameWeight, closeAfterDays, days);
    }
}
