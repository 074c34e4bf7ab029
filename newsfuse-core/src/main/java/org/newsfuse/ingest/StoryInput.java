package org.newsfuse.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The articles of one story (one news event), as read, plus any human reference summaries a corpus
 * ships with it.
 */
public record StoryInput(String id, List<SourceDocument> documents, List<String> references) {

    public StoryInput {
        Objects.requireNonNull(id, "id");
        documents = List.copyOf(documents);
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static StoryInput of(String id, List<SourceDocument> documents) {
        return new StoryInput(id, documents, List.of());
    }
}
