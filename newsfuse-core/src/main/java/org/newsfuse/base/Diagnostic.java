package org.newsfuse.base;

import java.util.Objects;

/**
 * Something a stage noticed about its input that the user should know: a file it could not read, a
 * malformed record it skipped, a repair it made. Diagnostics are returned, never printed: the library
 * stays silent and the caller decides how to show them.
 *
 * @param severity how bad it is
 * @param source   the file, record or article it is about (e.g. {@code "articles/a.txt"})
 * @param location where inside the source, human readable ({@code "line 7"}, {@code "byte 1042"}), or empty
 * @param message  what is wrong, one sentence, for a person
 * @param outcome  what happened to the data ({@code "skipped"}, {@code "repaired"}, {@code "kept"})
 */
public record Diagnostic(Severity severity, String source, String location, String message, String outcome) {

    /** How a diagnostic affects the result. */
    public enum Severity {
        /** Worth knowing; nothing was lost. */
        INFO,
        /** Something was repaired or left out, the rest was processed. */
        WARNING,
        /** An input could not be used at all. */
        ERROR
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        location = location == null ? "" : location;
        Objects.requireNonNull(message, "message");
        outcome = outcome == null ? "" : outcome;
    }

    public static Diagnostic error(String source, String location, String message, String outcome) {
        return new Diagnostic(Severity.ERROR, source, location, message, outcome);
    }

    public static Diagnostic warning(String source, String location, String message, String outcome) {
        return new Diagnostic(Severity.WARNING, source, location, message, outcome);
    }

    public static Diagnostic info(String source, String location, String message) {
        return new Diagnostic(Severity.INFO, source, location, message, "kept");
    }

    /** One line for a terminal: {@code source:location: message (outcome)}. */
    public String toLine() {
        StringBuilder line = new StringBuilder(source);
        if (!location.isEmpty()) {
            line.append(':').append(location);
        }
        line.append(": ").append(severity.name().toLowerCase()).append(": ").append(message);
        if (!outcome.isEmpty()) {
            line.append(" (").append(outcome).append(')');
        }
        return line.toString();
    }
}
