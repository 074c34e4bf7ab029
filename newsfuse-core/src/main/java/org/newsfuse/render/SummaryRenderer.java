package org.newsfuse.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.newsfuse.base.Diagnostic;

/**
 * Writes summaries ({@link StoryReport}s) in one {@link Format}, for people or programs: the one
 * writer of summaries, one implementation per format ({@link #of}). Stateless and thread-safe.
 */
public interface SummaryRenderer {

    /**
     * Renders the stories and the diagnostics that belong to no one story (unreadable inputs).
     * A single story renders as itself; several as a list.
     */
    default String render(List<StoryReport> reports, List<Diagnostic> inputDiagnostics) {
        StringBuilder out = new StringBuilder();
        try {
            Output output = open(out, reports.size());
            for (StoryReport report : reports) {
                output.story(report);
            }
            output.finish(inputDiagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder failed to take text", e);
        }
        return out.toString();
    }

    /**
     * Starts writing {@code stories} stories to {@code out} one at a time, so that a long run need not
     * keep every report until the end; the text is the same as {@link #render}'s.
     */
    Output open(Appendable out, int stories) throws IOException;

    /** A rendering in progress. Not thread-safe: one writer at a time. */
    interface Output {

        /** Writes the next story. */
        void story(StoryReport report) throws IOException;

        /** Writes the diagnostics that belong to no one story and ends the output. */
        void finish(List<Diagnostic> inputDiagnostics) throws IOException;
    }

    /** The summary writer for {@code format}. */
    static SummaryRenderer of(Format format) {
        return switch (format) {
            case TEXT -> new TextRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case HTML -> new HtmlRenderer();
        };
    }

    /** The summary writer for a format name ({@link Format#require}). */
    static SummaryRenderer forFormat(String format) {
        return of(Format.require(format));
    }
}
