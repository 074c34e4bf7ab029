package org.newsfuse.summarize;

import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;

/** Greedy maximal-marginal-relevance selection under a budget, shared by the relevance-based summarizers. */
final class MmrSelection {

    private MmrSelection() {
    }

    /**
     * Picks sentences by {@code lambda * relevance - (1 - lambda) * redundancy} until the budget is full.
     * Sentences with relevance {@code -Infinity} are never picked.
     */
    static List<Integer> select(AnalyzedStory story, double[] relevance, Budget budget, double lambda, double maxRedundancy) {
        int n = relevance.length;
        double[] redundancy = new double[n];
        boolean[] done = new boolean[n];
        return GreedySelection.select(story, budget, Double.NEGATIVE_INFINITY,
                s -> relevance[s] != Double.NEGATIVE_INFINITY && redundancy[s] <= maxRedundancy,
                s -> lambda * relevance[s] - (1 - lambda) * redundancy[s],
                best -> {
                    done[best] = true;
                    for (int s = 0; s < n; s++) {
                        if (!done[s]) {
                            redundancy[s] = Math.max(redundancy[s], story.terms().cosine(s, best));
                        }
                    }
                });
    }
}
