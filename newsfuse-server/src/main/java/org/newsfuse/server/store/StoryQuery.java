package org.newsfuse.server.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Which stories to list, newest first.
 *
 * @param text   full-text query over the stories' article titles and texts (words; all must occur)
 * @param outlet only stories with an article from this outlet
 * @param since  only stories updated at or after this instant
 */
public record StoryQuery(Optional<String> text, Optional<String> outlet, Optional<Instant> since, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public StoryQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    public static StoryQuery latest(int limit) {
        return new StoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), 0, limit);
    }
}
