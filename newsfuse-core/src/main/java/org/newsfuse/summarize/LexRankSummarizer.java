package org.newsfuse.summarize;

import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.StoryTerms;

/**
 * Continuous LexRank (Erkan and Radev, 2004): sentences are nodes, edges weighted by idf-modified
 * cosine, scored by PageRank with jump probability {@code damping}; the highest-ranked sentences are
 * taken, skipping any too similar to one already taken. The idf comes from the story's sentences: a
 * document-level idf over ten articles of one event zeroes exactly the words the event is about.
 *
 * @param damping        the random-jump probability d (the paper uses 0.15)
 * @param maxRedundancy  cosine to an already chosen sentence above which a sentence is skipped
 */
public record LexRankSummarizer(double damping, double maxRedundancy) implements Summarizer {

    public static LexRankSummarizer defaults() {
        return new LexRankSummarizer(0.15, 0.5);
    }

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        StoryTerms terms = story.terms();
        double[] rank = GraphRank.pageRank(story.sentences().size(), terms::cosine, damping);
        double[] relevance = Candidates.masked(story, rank);
        return MmrSelection.select(story, relevance, budget, 1.0, maxRedundancy);
    }
}
