package org.newsfuse;

import org.newsfuse.group.ClusterSettings;

/**
 * How {@link NewsFuse#group} and {@link NewsFuse#stream} group articles into stories. Immutable,
 * {@link #defaults()} then {@code withX} copies.
 *
 * @param threshold the similarity an article needs to join a story, in (0, 1]
 */
public record GroupOptions(double threshold) {

    public GroupOptions {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
    }

    /** The threshold chosen on DUC 2003 and Multi-News (docs/BENCHMARKS.md). */
    public static GroupOptions defaults() {
        return new GroupOptions(ClusterSettings.defaults().threshold());
    }

    public GroupOptions withThreshold(double newThreshold) {
        return new GroupOptions(newThreshold);
    }

    /** The clustering settings these options stand for. */
    ClusterSettings settings() {
        ClusterSettings defaults = ClusterSettings.defaults();
        return threshold == defaults.threshold() ? defaults : defaults.withThreshold(threshold);
    }
}
