package org.newsfuse.ingest;

import java.util.List;
import org.newsfuse.base.Diagnostic;

/**
 * What reading some inputs produced. Accounting holds: {@code recordsRead == stories accepted records +
 * recordsRejected}, and every rejected record has a diagnostic.
 *
 * @param stories         the stories read, in input order
 * @param diagnostics     everything worth telling the user, in input order
 * @param recordsRead     files or JSONL lines looked at
 * @param recordsRejected files or lines that could not be used
 */
public record IngestResult(List<StoryInput> stories, List<Diagnostic> diagnostics, int recordsRead, int recordsRejected) {

    public IngestResult {
        stories = List.copyOf(stories);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
