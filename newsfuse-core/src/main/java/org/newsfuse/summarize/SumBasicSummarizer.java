package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.StoryTerms;

/**
 * SumBasic (Nenkova and Vanderwende, 2005): word probabilities from the story; repeatedly take, among
 * sentences holding the currently most probable word, the one with the highest average word
 * probability, then square the probabilities of the words it used.
 */
public record SumBasicSummarizer() implements Summarizer {

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        StoryTerms terms = story.terms();
        int n = story.sentences().size();
        double[] p = new double[terms.vocabularySize()];
        double total = 0;
        for (int s = 0; s < n; s++) {
            for (int id : terms.ids(s)) {
                p[id]++;
                total++;
            }
        }
        for (int id = 0; id < p.length; id++) {
            p[id] /= Math.max(1, total);
        }
        boolean[] used = new boolean[n];
        boolean[] blocked = new boolean[n];
        boolean[] eligible = Candidates.eligible(story);
        for (int s = 0; s < n; s++) {
            blocked[s] = !eligible[s];
        }
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        while (!budget.isFull(words, chosen.size())) {
            int best = -1;
            double bestScore = -1;
            int topWord = -1;
            for (int s = 0; s < n; s++) {
                if (!used[s] && !blocked[s]) {
                    for (int id : terms.distinctIds(s)) {
                        if (topWord < 0 || p[id] > p[topWord]) {
                            topWord = id;
                        }
                    }
                }
            }
            if (topWord < 0) {
                break;
            }
            for (int s = 0; s < n; s++) {
                if (used[s] || blocked[s] || java.util.Arrays.binarySearch(terms.distinctIds(s), topWord) < 0) {
                    continue;
                }
                double sum = 0;
                for (int id : terms.ids(s)) {
                    sum += p[id];
                }
                double score = sum / terms.ids(s).length;
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
            if (best < 0) {
                p[topWord] = 0; // no usable sentence has it any more
                continue;
            }
            used[best] = true;
            if (!budget.admits(words, chosen.size(), story.sentences().get(best).words())) {
                continue;
            }
            chosen.add(best);
            words += story.sentences().get(best).words();
            for (int id : terms.distinctIds(best)) {
                p[id] *= p[id];
            }
        }
        return chosen;
    }
}
