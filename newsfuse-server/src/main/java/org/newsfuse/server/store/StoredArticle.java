package org.newsfuse.server.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An article as stored.
 *
 * @param id         its number, in arrival order
 * @param story      the story it was placed in
 * @param copyOf     the earlier article it copies (a syndicated copy), if any
 * @param text       the original text; {@code removed} spans point into it
 */
public record StoredArticle(long id, long story, Optional<Long> copyOf, Optional<String> url, Optional<String> outlet,
                           Optional<String> title, Optional<LocalDate> date, List<String> authors, String format, String text,
                           List<RemovedSpan> removed, Instant receivedAt) {

    public StoredArticle {
        authors = List.copyOf(authors);
        removed = List.copyOf(removed);
    }
}
