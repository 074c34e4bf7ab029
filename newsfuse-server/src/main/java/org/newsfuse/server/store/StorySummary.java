package org.newsfuse.server.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A story as listed: what a front page shows.
 *
 * @param version      its latest computed version (0: not computed yet)
 * @param stale        articles arrived since the latest version; a newer one is on its way
 * @param lead         the first sentence of the latest summary
 * @param updatedAt    when an article last joined or a version was last stored
 */
public record StorySummary(long id, Optional<String> title, List<String> outlets, int articleCount, Optional<LocalDate> firstSeen,
                           Optional<LocalDate> lastSeen, int version, boolean stale, Optional<String> lead, Instant updatedAt) {

    public StorySummary {
        outlets = List.copyOf(outlets);
    }
}
