package org.newsfuse.summarize;

import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;

/**
 * An extractive summarizer: chooses sentences of the story within a budget. Implementations are
 * immutable, deterministic and thread-safe; ordering and citing the chosen sentences is not their job
 * ({@link StorySummarizer} does both for every algorithm alike).
 */
public interface Summarizer {

    /** Indexes into {@code story.sentences()} of the chosen sentences, most important first. */
    List<Integer> select(AnalyzedStory story, Budget budget);

    /**
     * The same, given what the readability rules read off the story already, so that a summarizer using
     * them does not work them out again. The same choice as {@link #select(AnalyzedStory, Budget)}.
     */
    default List<Integer> select(StoryReading reading, Budget budget) {
        return select(reading.story(), budget);
    }
}
