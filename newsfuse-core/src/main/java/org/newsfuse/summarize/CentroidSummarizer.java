package org.newsfuse.summarize;

import java.util.Arrays;
import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.StoryTerms;

/**
 * MEAD's centroid summarizer (Radev et al., 2004): a sentence scores the sum of its words' centroid
 * values (average tf times idf over the story's documents, keeping the top {@code centroidSize} words),
 * plus a position score and its overlap with its article's first sentence; the reranker then skips
 * sentences too similar to one already chosen.
 */
public record CentroidSummarizer(int centroidSize, double maxRedundancy) implements Summarizer {

    public static CentroidSummarizer defaults() {
        return new CentroidSummarizer(100, 0.7);
    }

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        StoryTerms terms = story.terms();
        int n = story.sentences().size();
        int docs = terms.documents();
        double[] centroid = new double[terms.vocabularySize()];
        for (int s = 0; s < n; s++) {
            for (int id : terms.ids(s)) {
                centroid[id] += 1.0 / docs;
            }
        }
        for (int id = 0; id < centroid.length; id++) {
            centroid[id] *= Math.log((double) docs / terms.documentFrequency(id)) + 1;
        }
        if (centroid.length > centroidSize) {
            double[] sorted = centroid.clone();
            Arrays.sort(sorted);
            double cut = sorted[sorted.length - centroidSize];
            for (int id = 0; id < centroid.length; id++) {
                if (centroid[id] < cut) {
                    centroid[id] = 0;
                }
            }
        }
        double[] centroidScore = new double[n];
        double max = 0;
        for (int s = 0; s < n; s++) {
            for (int id : terms.distinctIds(s)) {
                centroidScore[s] += centroid[id];
            }
            max = Math.max(max, centroidScore[s]);
        }
        int[] lengths = new int[story.articles().size()];
        int[] firsts = new int[story.articles().size()];
        Arrays.fill(firsts, -1);
        for (int s = 0; s < n; s++) {
            Sentence sentence = story.sentences().get(s);
            lengths[sentence.articleIndex()]++;
            if (firsts[sentence.articleIndex()] < 0) {
                firsts[sentence.articleIndex()] = s;
            }
        }
        double[] score = new double[n];
        for (int s = 0; s < n; s++) {
            Sentence sentence = story.sentences().get(s);
            int count = lengths[sentence.articleIndex()];
            double position = max * (count - sentence.index()) / count;
            double first = terms.cosine(s, firsts[sentence.articleIndex()]) * max;
            score[s] = centroidScore[s] + position + first;
        }
        return MmrSelection.select(story, Candidates.masked(story, score), budget, 1.0, maxRedundancy);
    }
}
