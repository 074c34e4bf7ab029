package org.newsfuse.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One line of the job's per-record report: an input record that was skipped or repaired, and why.
 *
 * @param severity {@code error} (the record was not used) or {@code warning} (it was used, repaired)
 * @param input    the file it came from
 * @param location where in the file: {@code "line 7"}, {@code "record 12"}, {@code "WARC record at byte 1042"}
 * @param message  what is wrong, one sentence
 * @param outcome  what happened to the data ({@code "line skipped"}, {@code "record skipped"}, ...)
 */
public record RecordProblem(String severity, String input, String location, String message, String outcome)
        implements Serializable {

    public RecordProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(message, "message");
    }

    boolean rejectsRecord() {
        return severity.equals("error");
    }
}
