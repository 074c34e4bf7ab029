package org.newsfuse.summarize;

import java.util.Objects;
import org.newsfuse.analyze.AnalyzedStory;

/**
 * What the readability rules read off one story: which sentences lean on the one before them
 * ({@link SentenceDependencies}) and which opening pronouns have a sure name ({@link PronounReferents}).
 * Worked out at most once per story and shared by the optimiser and {@link ReadableSelection}, which
 * both need them for the same story (the optimiser twice when room is left). Each is computed on first
 * use. One summary's worth of work: not shared between threads.
 */
public final class StoryReading {

    private final AnalyzedStory story;
    private SentenceDependencies dependencies;
    private PronounReferents pronouns;

    private StoryReading(AnalyzedStory story) {
        this.story = Objects.requireNonNull(story, "story");
    }

    public static StoryReading of(AnalyzedStory story) {
        return new StoryReading(story);
    }

    public AnalyzedStory story() {
        return story;
    }

    public SentenceDependencies dependencies() {
        if (dependencies == null) {
            dependencies = SentenceDependencies.of(story);
        }
        return dependencies;
    }

    public PronounReferents pronouns() {
        if (pronouns == null) {
            pronouns = PronounReferents.of(story);
        }
        return pronouns;
    }
}
