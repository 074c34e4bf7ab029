package org.newsfuse.server.ingest;

import java.util.Optional;

/** An article that cannot be stored as sent (no text left, a field out of range); nothing was stored. */
public final class InvalidArticle extends RuntimeException {

    private final Optional<String> field;

    public InvalidArticle(Optional<String> field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return field;
    }
}
