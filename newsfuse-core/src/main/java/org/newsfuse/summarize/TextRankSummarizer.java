package org.newsfuse.summarize;

import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.StoryTerms;

/**
 * TextRank for sentences (Mihalcea and Tarau, 2004): edges weighted by shared words normalised by the
 * log lengths, {@code |Si ∩ Sj| / (log|Si| + log|Sj|)}, PageRank with d = 0.85 (jump 0.15), then the
 * top sentences, skipping near-repeats.
 */
public record TextRankSummarizer(double jump, double maxRedundancy) implements Summarizer {

    public static TextRankSummarizer defaults() {
        return new TextRankSummarizer(0.15, 0.5);
    }

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        StoryTerms terms = story.terms();
        double[] rank = GraphRank.pageRank(story.sentences().size(), (i, j) -> {
            int[] a = terms.distinctIds(i);
            int[] b = terms.distinctIds(j);
            return overlap(a, b) / (Math.log(Math.max(2, a.length)) + Math.log(Math.max(2, b.length)));
        }, jump);
        double[] relevance = Candidates.masked(story, rank);
        return MmrSelection.select(story, relevance, budget, 1.0, maxRedundancy);
    }

    private static int overlap(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
