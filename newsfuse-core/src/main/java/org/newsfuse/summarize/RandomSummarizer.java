package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.newsfuse.analyze.AnalyzedStory;

/**
 * Random eligible sentences until the budget is full: the floor any method must beat. Seeded by the
 * given seed and the story id, so runs are reproducible.
 */
public record RandomSummarizer(long seed) implements Summarizer {

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        List<Integer> order = new ArrayList<>();
        boolean[] eligible = Candidates.eligible(story);
        for (int s = 0; s < story.sentences().size(); s++) {
            if (eligible[s]) {
                order.add(s);
            }
        }
        Collections.shuffle(order, new Random(seed * 31 + story.id().hashCode()));
        double[] relevance = new double[story.sentences().size()];
        java.util.Arrays.fill(relevance, Double.NEGATIVE_INFINITY);
        for (int rank = 0; rank < order.size(); rank++) {
            relevance[order.get(rank)] = order.size() - rank;
        }
        return MmrSelection.select(story, relevance, budget, 1.0, 1.0);
    }
}
