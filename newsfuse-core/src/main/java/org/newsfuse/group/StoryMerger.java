package org.newsfuse.group;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Merges stories whose centroids, weighted with the idf learnt from the whole stream, are at least
 * {@code mergeThreshold} similar: repairs stories split because their first articles arrived before the
 * idf knew which words matter. Stateless apart from its settings.
 */
final class StoryMerger {

    private final ClusterSettings settings;

    StoryMerger(ClusterSettings settings) {
        this.settings = settings;
    }

    /** Merges similar stories, in rounds, until none are (at most five rounds). */
    void consolidate(StoryPlacer placer, TermVectors vectors) {
        if (settings.mergeThreshold() > 1) {
            return;
        }
        List<OpenStory> stories = placer.stories;
        int vocabulary = vectors.vocabulary();
        double[] idf = vectors.idf();
        double[] dense = new double[vocabulary];
        int[] touched = new int[vocabulary];
        for (int round = 0; round < 5; round++) {
            int storyCount = stories.size();
            int[][] centroidIds = new int[storyCount][];
            float[][] centroidWeights = new float[storyCount][];
            int[] postingSize = new int[vocabulary];
            for (int s = 0; s < storyCount; s++) {
                if (centroid(stories.get(s), placer.vectors, idf, dense, touched, s, centroidIds, centroidWeights)) {
                    for (int term : centroidIds[s]) {
                        postingSize[term]++;
                    }
                }
            }
            // inverted index over the centroids' terms: term -> stories, weights
            int[][] postingStories = new int[vocabulary][];
            float[][] postingWeights = new float[vocabulary][];
            int[] filled = new int[vocabulary];
            for (int s = 0; s < storyCount; s++) {
                if (centroidIds[s] == null) {
                    continue;
                }
                for (int i = 0; i < centroidIds[s].length; i++) {
                    int term = centroidIds[s][i];
                    if (postingStories[term] == null) {
                        postingStories[term] = new int[postingSize[term]];
                        postingWeights[term] = new float[postingSize[term]];
                    }
                    postingStories[term][filled[term]] = s;
                    postingWeights[term][filled[term]++] = centroidWeights[s][i];
                }
            }
            int[] parent = new int[storyCount];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            // each group's dates (its root's entry), while this round's merges are decided
            OpenStory[] groups = new OpenStory[storyCount];
            for (int s = 0; s < storyCount; s++) {
                groups[s] = new OpenStory();
                groups[s].first = stories.get(s).first;
                groups[s].last = stories.get(s).last;
            }
            double[] dots = new double[storyCount];
            int[] touchedStories = new int[storyCount];
            boolean merged = false;
            for (int s = 0; s < storyCount; s++) {
                if (centroidIds[s] == null) {
                    continue;
                }
                int touchedCount = 0;
                for (int i = 0; i < centroidIds[s].length; i++) {
                    int term = centroidIds[s][i];
                    int[] others = postingStories[term];
                    float[] weights = postingWeights[term];
                    for (int p = 0; p < others.length; p++) {
                        int other = others[p];
                        if (other <= s) {
                            continue;
                        }
                        if (dots[other] == 0) {
                            touchedStories[touchedCount++] = other;
                        }
                        dots[other] += (double) centroidWeights[s][i] * weights[p];
                    }
                }
                int bestOther = -1;
                double best = settings.mergeThreshold();
                for (int k = 0; k < touchedCount; k++) {
                    int other = touchedStories[k];
                    double similarity = dots[other] * decay(stories.get(s), stories.get(other));
                    if (similarity >= best && !apart(stories.get(s), stories.get(other))) {
                        best = similarity;
                        bestOther = other;
                    }
                    dots[other] = 0;
                }
                if (bestOther >= 0 && find(parent, s) != find(parent, bestOther)) {
                    // merges chain (a with b, b with c): the whole group, not just the pair, keeps within the span
                    OpenStory group = groups[find(parent, s)];
                    OpenStory joining = groups[find(parent, bestOther)];
                    if (!group.spansTooLong(joining.first, joining.last, settings.maxSpanDays())) {
                        group.first = group.first == null || joining.first != null && joining.first.isBefore(group.first) ? joining.first : group.first;
                        group.last = group.last == null || joining.last != null && joining.last.isAfter(group.last) ? joining.last : group.last;
                        parent[find(parent, bestOther)] = find(parent, s);
                        merged = true;
                    }
                }
            }
            if (!merged) {
                return;
            }
            for (int s = 0; s < storyCount; s++) {
                int root = find(parent, s);
                if (root != s) {
                    OpenStory from = stories.get(s);
                    for (int a : from.articles) {
                        placer.storyOf[a] = root;
                    }
                    stories.get(root).absorb(from);
                }
            }
        }
    }

    /**
     * The story's centroid (the sum of its articles' unit tf-idf vectors, re-weighted with the whole
     * stream's idf), unit length, into {@code ids[s]} and {@code weights[s]}; false for a story with
     * no terms. {@code dense} and {@code touched} are scratch space, left zeroed.
     */
    static boolean centroid(OpenStory story, Map<Integer, ArticleVector> vectors, double[] idf, double[] dense, int[] touched, int s,
                            int[][] ids, float[][] weights) {
        int count = 0;
        for (int a : story.articles) {
            ArticleVector vector = vectors.get(a);
            if (vector == null) {
                continue;
            }
            int[] terms = vector.terms();
            float[] tfs = vector.logTf();
            double norm = 0;
            for (int i = 0; i < terms.length; i++) {
                double w = tfs[i] * idf[terms[i]];
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < terms.length && norm > 0; i++) {
                if (dense[terms[i]] == 0) {
                    touched[count++] = terms[i];
                }
                dense[terms[i]] += tfs[i] * idf[terms[i]] / norm;
            }
        }
        double norm = 0;
        for (int k = 0; k < count; k++) {
            norm += dense[touched[k]] * dense[touched[k]];
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            for (int k = 0; k < count; k++) {
                dense[touched[k]] = 0;
            }
            return false;
        }
        ids[s] = Arrays.copyOf(touched, count);
        weights[s] = new float[count];
        for (int k = 0; k < count; k++) {
            weights[s][k] = (float) (dense[touched[k]] / norm);
            dense[touched[k]] = 0;
        }
        return true;
    }

    /** Similarity halves every {@code decayDays} between the two stories' dates, as when an article is placed. */
    private double decay(OpenStory story, OpenStory other) {
        if (settings.decayDays() <= 0 || other.first == null) {
            return 1;
        }
        return Math.pow(0.5, story.daysApart(other.first, other.last) / settings.decayDays());
    }

    /** Whether two stories may not merge: a closing silence between them, or together too long a span. */
    private boolean apart(OpenStory story, OpenStory other) {
        return story.closedTo(other, settings.closeAfterDays()) || story.spansTooLong(other.first, other.last, settings.maxSpanDays());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
