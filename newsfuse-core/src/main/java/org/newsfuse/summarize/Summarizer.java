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
}
