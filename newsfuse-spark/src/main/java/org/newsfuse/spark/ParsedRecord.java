package org.newsfuse.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one input record (a JSONL line, a Parquet row, a WARC response) became: a story (one article
 * for an articles input), or nothing, and the problems met on the way. Every record read is one of
 * these, so records read = accepted + rejected holds by construction.
 *
 * @param story    the story read, or null when the record was rejected
 * @param problems every problem with this record, in the order met
 */
public record ParsedRecord(StoryRow story, List<RecordProblem> problems) implements Serializable {

    public ParsedRecord {
        problems = List.copyOf(problems);
    }

    static ParsedRecord rejected(RecordProblem problem) {
        return new ParsedRecord(null, List.of(problem));
    }

    boolean accepted() {
        return story != null;
    }
}
