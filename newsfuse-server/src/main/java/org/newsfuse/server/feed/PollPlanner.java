package org.newsfuse.server.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to poll a feed next. After a successful fetch the interval follows the feed's rhythm: half the
 * average gap between its newest items' dates, or, without dates, shorter after new items and longer
 * after none; always within {@code [minPoll, maxPoll]}, with ±10% jitter so feeds do not fall into step.
 * After an error: exponential backoff ({@code backoffBase · 2^(errors-1)}, capped) with "equal jitter"
 * (half fixed, half random), and never sooner than the server's {@code Retry-After}.
 */
final class PollPlanner {

    private static final int RHYTHM_ITEMS = 10;

    private final FollowerSettings settings;
    private final RandomGenerator random;

    PollPlanner(FollowerSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
    }

    /** The interval after a successful fetch. */
    Duration afterSuccess(Duration current, List<FeedItem> items, int newItems) {
        List<Instant> dates = items.stream().flatMap(i -> i.published().stream()).sorted(Comparator.reverseOrder())
                .limit(RHYTHM_ITEMS).toList();
        Duration next;
        if (dates.size() >= 2) {
            Duration span = Duration.between(dates.get(dates.size() - 1), dates.get(0));
            next = span.dividedBy(dates.size() - 1).dividedBy(2);
        } else if (newItems > 0) {
            next = scaled(current, 0.75);
        } else {
            next = scaled(current, 1.5);
        }
        return clamp(next);
    }

    /** The interval after a 304: nothing new, so a little longer. */
    Duration afterNotModified(Duration current) {
        return clamp(scaled(current, 1.25));
    }

    /** The wait before the next poll, jittered. */
    Duration jittered(Duration interval) {
        double factor = 0.9 + 0.2 * random.nextDouble();
        return scaled(interval, factor);
    }

    /** The wait after the {@code errors}-th error in a row. */
    Duration afterError(int errors, Optional<Duration> retryAfter) {
        long base = settings.backoffBase().toMillis();
        long cap = settings.maxBackoff().toMillis();
        long exp = errors >= 40 ? cap : Math.min(cap, base << Math.max(0, errors - 1));
        if (exp < 0) {
            exp = cap;
        }
        long wait = exp / 2 + (long) (random.nextDouble() * (exp / 2.0));
        Duration backoff = Duration.ofMillis(Math.max(1, wait));
        return retryAfter.filter(r -> r.compareTo(backoff) > 0).orElse(backoff);
    }

    private Duration clamp(Duration d) {
        if (d.compareTo(settings.minPoll()) < 0) {
            return settings.minPoll();
        }
        if (d.compareTo(settings.maxPoll()) > 0) {
            return settings.maxPoll();
        }
        return d;
    }

    private static Duration scaled(Duration d, double factor) {
        return Duration.ofMillis(Math.max(1, Math.round(d.toMillis() * factor)));
    }
}
