package org.newsfuse.summarize;

import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.StoryTerms;

/**
 * KLSum (Haghighi and Vanderwende, 2009), greedy: repeatedly add the sentence that brings the summary's
 * smoothed word distribution closest to the story's, KL(story || summary), until the budget is full.
 * Each candidate is scored incrementally, in time proportional to its own length.
 *
 * @param smoothing additive smoothing of the summary distribution
 */
public record KlSumSummarizer(double smoothing) implements Summarizer {

    public static KlSumSummarizer defaults() {
        return new KlSumSummarizer(0.01);
    }

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        StoryTerms terms = story.terms();
        int n = story.sentences().size();
        int v = terms.vocabularySize();
        double[] p = new double[v];
        double total = 0;
        for (int s = 0; s < n; s++) {
            for (int id : terms.ids(s)) {
                p[id]++;
                total++;
            }
        }
        for (int id = 0; id < v; id++) {
            p[id] /= Math.max(1, total);
        }
        double[] counts = new double[v];
        double[] length = new double[1];
        boolean[] eligible = Candidates.eligible(story);
        return GreedySelection.select(story, budget, Double.NEGATIVE_INFINITY, s -> eligible[s], s -> {
            // KL(P||Q) = const - sum_w P(w) log Q(w): maximise the change in sum_w P(w) log Q(w)
            int[] ids = terms.distinctIds(s);
            int[] all = terms.ids(s);
            double gain = 0;
            for (int id : ids) {
                int k = 0;
                for (int t : all) {
                    if (t == id) {
                        k++;
                    }
                }
                gain += p[id] * (Math.log(counts[id] + k + smoothing) - Math.log(counts[id] + smoothing));
            }
            return gain - (Math.log(length[0] + all.length + smoothing * v) - Math.log(length[0] + smoothing * v));
        }, best -> {
            for (int id : terms.ids(best)) {
                counts[id]++;
            }
            length[0] += terms.ids(best).length;
        });
    }
}
