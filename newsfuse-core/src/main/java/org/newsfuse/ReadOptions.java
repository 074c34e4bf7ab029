package org.newsfuse;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link NewsFuse#read} reads files: immutable, {@link #defaults()} then {@code withX} copies.
 *
 * @param outlets          outlet by file name or path, as the user gave them (an {@code outlets.txt}
 *                         sidecar beside the articles works too)
 * @param workingDirectory what relative paths are relative to (messages keep them as typed)
 * @param maxArticleBytes  the largest plain-text article accepted; larger files are reported, not read
 * @param storyId          the id of the story that the plain-text articles form; empty: their directory's
 *                         name when they share one, else {@code "story"}
 */
public record ReadOptions(Map<String, String> outlets, Path workingDirectory, long maxArticleBytes, Optional<String> storyId) {

    public ReadOptions {
        outlets = Map.copyOf(outlets);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive, got " + maxArticleBytes);
        }
        Objects.requireNonNull(storyId, "storyId");
    }

    /** No outlets named, paths relative to the process's working directory, articles up to 10 MiB. */
    public static ReadOptions defaults() {
        return new ReadOptions(Map.of(), Path.of(""), 10L * 1024 * 1024, Optional.empty());
    }

    public ReadOptions withOutlets(Map<String, String> newOutlets) {
        return new ReadOptions(newOutlets, workingDirectory, maxArticleBytes, storyId);
    }

    public ReadOptions withWorkingDirectory(Path directory) {
        return new ReadOptions(outlets, directory, maxArticleBytes, storyId);
    }

    public ReadOptions withMaxArticleBytes(long bytes) {
        return new ReadOptions(outlets, workingDirectory, bytes, storyId);
    }

    public ReadOptions withStoryId(String id) {
        return new ReadOptions(outlets, workingDirectory, maxArticleBytes, Optional.of(id));
    }
}
