package org.newsfuse.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The output formats, named once: every writer in this package takes one, and every front end parses
 * the user's word for it here.
 */
public enum Format {
    /** Plain text for a terminal. */
    TEXT("text"),
    /** Markdown, with article text escaped. */
    MARKDOWN("markdown", "md"),
    /** The JSON contract documented in the README. */
    JSON("json"),
    /** A standalone HTML page built from the data; all article text is escaped. */
    HTML("html");

    private final String label;
    private final String[] aliases;

    Format(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** The name users type: {@code text}, {@code markdown}, {@code json}, {@code html}. */
    public String label() {
        return label;
    }

    /** The format a user named ({@code md} is Markdown), ignoring case; empty for an unknown name. */
    public static Optional<Format> find(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(lower) || Arrays.asList(f.aliases).contains(lower)).findFirst();
    }

    /** The format a user named; throws naming the known formats when there is none of that name. */
    public static Format require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; known: " + labels(values())));
    }

    /** The labels of {@code formats}, comma-separated, for messages. */
    public static String labels(Format... formats) {
        return Arrays.stream(formats).map(Format::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
