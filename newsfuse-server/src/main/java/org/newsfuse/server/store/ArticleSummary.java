package org.newsfuse.server.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An article in a list: everything but its text. */
public record ArticleSummary(long id, long story, Optional<Long> copyOf, Optional<String> url, Optional<String> outlet,
                             Optional<String> title, Optional<LocalDate> date, List<String> authors, Instant receivedAt) {

    public ArticleSummary {
        authors = List.copyOf(authors);
    }
}
