package org.newsfuse.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PollPlannerTest {

    private final FollowerSettings settings = FollowerSettings.defaults()
            .withPolling(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofHours(12))
            .withBackoff(Duration.ofMinutes(1), Duration.ofHours(6));
    private final PollPlanner planner = new PollPlanner(settings, new Random(16));

    private static List<FeedItem> itemsEvery(Duration gap, int n) {
        List<FeedItem> items = new ArrayList<>();
        Instant t = Instant.parse("2026-11-29T12:00:00Z");
        for (int i = 0; i < n; i++) {
            items.add(new FeedItem(Optional.of("g" + i), Optional.empty(), Optional.empty(), Optional.of(t.minus(gap.multipliedBy(i))),
                    List.of(), "text"));
        }
        return items;
    }

    @Test
    void followsTheFeedsRhythmWithinBounds() {
        assertEquals(Duration.ofMinutes(30), planner.afterSuccess(Duration.ofMinutes(30), itemsEvery(Duration.ofHours(1), 10), 1));
        assertEquals(Duration.ofMinutes(5), planner.afterSuccess(Duration.ofMinutes(30), itemsEvery(Duration.ofMinutes(2), 10), 1));
        assertEquals(Duration.ofHours(12), planner.afterSuccess(Duration.ofMinutes(30), itemsEvery(Duration.ofDays(3), 10), 0));
        // without dates: shorter after news, longer after none
        assertEquals(Duration.ofMinutes(45), planner.afterSuccess(Duration.ofMinutes(30), List.of(), 0));
        assertTrue(planner.afterNotModified(Duration.ofMinutes(30)).compareTo(Duration.ofMinutes(30)) > 0);
    }

    @Test
    void backsOffExponentiallyWithJitterAndHonoursRetryAfter() {
        for (int errors = 1; errors <= 12; errors++) {
            long full = Math.min(Duration.ofHours(6).toMillis(), Duration.ofMinutes(1).toMillis() << (errors - 1));
            for (int i = 0; i < 20; i++) {
                long wait = planner.afterError(errors, Optional.empty()).toMillis();
                assertTrue(wait >= full / 2 && wait <= full, errors + " errors: " + wait + " not in [" + full / 2 + ", " + full + "]");
            }
        }
        assertEquals(Duration.ofHours(2), planner.afterError(1, Optional.of(Duration.ofHours(2))));
        assertTrue(planner.afterError(100, Optional.empty()).compareTo(Duration.ofHours(6)) <= 0);
        Duration j = planner.jittered(Duration.ofMinutes(10));
        assertTrue(j.compareTo(Duration.ofMinutes(9)) >= 0 && j.compareTo(Duration.ofMinutes(11)) <= 0, j.toString());
    }

    @Test
    void readsRetryAfterInSecondsAndAsADate() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), PoliteFetcher.retryAfter("120"));
        assertEquals(Optional.of(Duration.ZERO), PoliteFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertEquals(Optional.empty(), PoliteFetcher.retryAfter("soon"));
    }
}
