package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.StoryTerms;

/**
 * Centroid relevance with maximal marginal relevance (Carbonell and Goldstein, 1998): each sentence is
 * scored by its cosine with the story's tf-idf centroid, favouring early sentences and content that
 * several articles report; sentences are then picked greedily by {@code lambda * relevance - (1 -
 * lambda) * max similarity to what is already picked}, skipping near-repeats.
 *
 * @param lambda           weight of relevance against redundancy
 * @param maxRedundancy    cosine with a picked sentence above which a candidate is skipped outright
 */
public record CentroidMmrSummarizer(double lambda, double maxRedundancy) implements Summarizer {

    public static CentroidMmrSummarizer defaults() {
        return new CentroidMmrSummarizer(0.7, 0.5);
    }

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        return MmrSelection.select(story, relevance(story), budget, lambda, maxRedundancy);
    }

    /**
     * Each sentence's cosine with the story's tf-idf centroid plus a small bonus for early sentences;
     * {@code -Infinity} for sentences not worth extracting ({@link Candidates}).
     */
    static double[] relevance(AnalyzedStory story) {
        StoryTerms terms = story.terms();
        int n = story.sentences().size();
        double[] centroid = new double[terms.vocabularySize()];
        for (int s = 0; s < n; s++) {
            int[] ids = terms.distinctIds(s);
            double[] w = terms.weights(s);
            for (int i = 0; i < ids.length; i++) {
                centroid[ids[i]] += w[i];
            }
        }
        double centroidNorm = 0;
        for (double c : centroid) {
            centroidNorm += c * c;
        }
        centroidNorm = Math.sqrt(centroidNorm);
        double[] relevance = new double[n];
        boolean[] eligible = Candidates.eligible(story);
        for (int s = 0; s < n; s++) {
            if (!eligible[s] || terms.norm(s) == 0 || centroidNorm == 0) {
                relevance[s] = Double.NEGATIVE_INFINITY;
                continue;
            }
            int[] ids = terms.distinctIds(s);
            double[] w = terms.weights(s);
            double dot = 0;
            for (int i = 0; i < ids.length; i++) {
                dot += w[i] * centroid[ids[i]];
            }
            double position = 1.0 / (1 + story.sentences().get(s).index());
            relevance[s] = dot / (terms.norm(s) * centroidNorm) + 0.15 * position;
        }
        return relevance;
    }
}
