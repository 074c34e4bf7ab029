package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.newsfuse.analyze.AnalyzedStory;

/**
 * Greedy selection under a budget, the loop that KL-Sum, MMR and concept coverage share: until the
 * budget is full, add the candidate sentence the budget still admits with the highest gain (the first
 * of equals), provided its gain exceeds a floor; the summarizer then updates what its gains depend on.
 */
final class GreedySelection {

    private GreedySelection() {
    }

    /**
     * The chosen sentences, in the order they were chosen.
     *
     * @param floor     a sentence is chosen only with a gain above this ({@code -Infinity}: any gain)
     * @param candidate whether a sentence not yet chosen may be chosen now
     * @param gain      what adding a sentence would gain, given what is chosen so far
     * @param chosen    told of each sentence as it is chosen, before the next round
     */
    static List<Integer> select(AnalyzedStory story, Budget budget, double floor, IntPredicate candidate, IntToDoubleFunction gain,
                                IntConsumer chosen) {
        int n = story.sentences().size();
        boolean[] done = new boolean[n];
        List<Integer> picked = new ArrayList<>();
        int words = 0;
        while (!budget.isFull(words, picked.size())) {
            int best = -1;
            double bestGain = floor;
            for (int s = 0; s < n; s++) {
                if (done[s] || !candidate.test(s) || !budget.admits(words, picked.size(), story.sentences().get(s).words())) {
                    continue;
                }
                double g = gain.applyAsDouble(s);
                if (g > bestGain) {
                    bestGain = g;
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            done[best] = true;
            picked.add(best);
            words += story.sentences().get(best).words();
            chosen.accept(best);
        }
        return picked;
    }
}
