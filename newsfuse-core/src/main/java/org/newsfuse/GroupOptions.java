package org.newsfuse;

import java.io.Serializable;
import org.newsfuse.group.ClusterSettings;

/**
 * How {@link NewsFuse#group} and {@link NewsFuse#stream} group articles into stories. Immutable,
 * {@link #defaults()} then {@code withX} copies; serializable, so that a distributed job can ship it to
 * its workers.
 *
 * @param threshold      the similarity an article needs to join a story, in (0, 1]
 * @param decayDays      similarity to a story halves for every this many days between the article and the
 *                       story's dates (0: no decay)
 * @param closeAfterDays a story with no article for more than this many days takes no more (0: never closed)
 * @param maxSpanDays    most days from a story's first article to its last: a later article on the same
 *                       subject opens a new story (0: no limit). On a crawl of months or years this keeps a
 *                       subject that never goes quiet from becoming one ever-growing story
 */
public record GroupOptions(double threshold, double decayDays, int closeAfterDays, int maxSpanDays) implements Serializable {

    public GroupOptions {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        if (!(decayDays >= 0 && decayDays < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("decayDays must be >= 0, got " + decayDays);
        }
        if (closeAfterDays < 0) {
            throw new IllegalArgumentException("closeAfterDays must be >= 0, got " + closeAfterDays);
        }
        if (maxSpanDays < 0) {
            throw new IllegalArgumentException("maxSpanDays must be >= 0, got " + maxSpanDays);
        }
    }

    /** The settings chosen on DUC 2003 and Multi-News (docs/BENCHMARKS.md): no decay, closed after a silent year, no span limit. */
    public static GroupOptions defaults() {
        ClusterSettings d = ClusterSettings.defaults();
        return new GroupOptions(d.threshold(), d.decayDays(), d.closeAfterDays(), d.maxSpanDays());
    }

    public GroupOptions withThreshold(double newThreshold) {
        return new GroupOptions(newThreshold, decayDays, closeAfterDays, maxSpanDays);
    }

    public GroupOptions withDecayDays(double days) {
        return new GroupOptions(threshold, days, closeAfterDays, maxSpanDays);
    }

    public GroupOptions withCloseAfterDays(int days) {
        return new GroupOptions(threshold, decayDays, days, maxSpanDays);
    }

    public GroupOptions withMaxSpanDays(int days) {
        return new GroupOptions(threshold, decayDays, closeAfterDays, days);
    }

    /** The clustering settings these options stand for. */
    ClusterSettings settings() {
        return ClusterSettings.defaults().withThreshold(threshold).withDecayDays(decayDays).withCloseAfterDays(closeAfterDays).withMaxSpanDays(maxSpanDays);
    }
}
