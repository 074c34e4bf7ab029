package org.newsfuse;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link NewsFuse#extract} reads saved web pages. Immutable, {@link #defaults()} then {@code withX} copies.
 *
 * @param workingDirectory what relative paths are relative to
 * @param minWords         a page with fewer words of article text is reported as holding no article
 */
public record ExtractOptions(Path workingDirectory, int minWords) {

    public ExtractOptions {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if (minWords < 1) {
            throw new IllegalArgumentException("minWords must be >= 1, got " + minWords);
        }
    }

    /** Relative to the process's working directory; any page with a word of text counts. */
    public static ExtractOptions defaults() {
        return new ExtractOptions(Path.of(""), 1);
    }

    public ExtractOptions withWorkingDirectory(Path directory) {
        return new ExtractOptions(directory, minWords);
    }

    public ExtractOptions withMinWords(int words) {
        return new ExtractOptions(workingDirectory, words);
    }
}
