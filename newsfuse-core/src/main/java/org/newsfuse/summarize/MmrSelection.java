package org.newsfuse.summarize;

import java.util.ArrayList;
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
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        while (!budget.isFull(words, chosen.size())) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < n; s++) {
                if (done[s] || relevance[s] == Double.NEGATIVE_INFINITY || redundancy[s] > maxRedundancy) {
                    continue;
                }
                if (!budget.admits(words, chosen.size(), story.sentences().get(s).words())) {
                    continue;
                }
                double score = lambda * relevance[s] - (1 - lambda) * redundancy[s];
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            done[best] = true;
            chosen.add(best);
            words += story.sentences().get(best).words();
            for (int s = 0; s < n; s++) {
                if (!done[s]) {
                    redundancy[s] = Math.max(redundancy[s], story.terms().cosine(s, best));
                }
            }
        }
        return chosen;
    }
}
