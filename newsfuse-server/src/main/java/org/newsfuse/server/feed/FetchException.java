package org.newsfuse.server.feed;

import java.time.Duration;
import java.util.Optional;

/**
 * A request that produced no usable response, with the reason a person reads in the feed's state.
 * {@code passing} faults (timeouts, 5xx, 429, refused connections) are worth retrying later; the others
 * (404, too large, wrong content type, redirect loop, robots.txt) are not.
 */
final class FetchException extends Exception {

    private final boolean passing;
    private final Duration retryAfter;

    FetchException(String reason, boolean passing, Duration retryAfter) {
        super(reason, null, false, false);
        this.passing = passing;
        this.retryAfter = retryAfter;
    }

    static FetchException lasting(String reason) {
        return new FetchException(reason, false, null);
    }

    static FetchException passing(String reason) {
        return new FetchException(reason, true, null);
    }

    boolean isPassing() {
        return passing;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    String reason() {
        return getMessage();
    }
}
