package org.newsfuse.render;

import java.util.List;
import org.newsfuse.base.Diagnostic;

/** Stage 7, render: writes reports for people or programs. Stateless and thread-safe. */
public interface Renderer {

    /**
     * Renders the stories and the diagnostics that belong to no one story (unreadable inputs).
     * A single story renders as itself; several as a list.
     */
    String render(List<StoryReport> reports, List<Diagnostic> inputDiagnostics);

    /** The renderer for a format name: {@code text}, {@code markdown} or {@code json}. */
    static Renderer forFormat(String format) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "markdown", "md" -> new MarkdownRenderer();
            case "json" -> new JsonRenderer();
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; known: text, markdown, json");
        };
    }
}
