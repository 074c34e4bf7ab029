package org.newsfuse.server.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the feeds page shows: each followed feed, how its last fetch went, when the next one is, what
 * became of its items, and its latest item problems. Every text is shown escaped (feed titles, errors
 * and item links come from other people's servers).
 *
 * @param feeds the followed feeds, in the order they were added
 */
public record FeedsPage(List<Feed> feeds) {

    public FeedsPage {
        feeds = List.copyOf(feeds);
    }

    /**
     * One feed.
     *
     * @param name     the feed's own title, else the outlet given for it, else its address
     * @param url      its address
     * @param outlet   the outlet its articles are stored under, or empty
     * @param status   the last fetch's outcome ({@code ok}, {@code not modified}, {@code error}), or {@code never fetched}
     * @param healthy  whether the last fetch succeeded (or none has been made)
     * @param times    when it was last fetched, last failed and is next fetched, as shown and as ISO instants
     * @param interval the current time between polls, for a person ("15 min")
     * @param errorsInARow errors in a row (the backoff grows with them)
     * @param lastError    the last error, kept after later successes, or empty
     * @param items    what became of its items
     * @param problems its latest item problems, newest first
     */
    public record Feed(String name, String url, String outlet, String status, boolean healthy, Times times, String interval,
                       int errorsInARow, String lastError, Items items, List<Problem> problems) {

        public Feed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            problems = List.copyOf(problems);
        }
    }

    /** A feed's three moments; each {@code ""} when it has not happened (or is not planned). */
    public record Times(String lastFetch, String lastFetchIso, String lastError, String lastErrorIso, String nextPoll, String nextPollIso) {

        public static Times of(Optional<Instant> lastFetch, Optional<Instant> lastError, Optional<Instant> nextPoll) {
            return new Times(shown(lastFetch), iso(lastFetch), shown(lastError), iso(lastError), shown(nextPoll), iso(nextPoll));
        }

        private static String shown(Optional<Instant> instant) {
            return instant.map(StoryPageComposer::shown).orElse("");
        }

        private static String iso(Optional<Instant> instant) {
            return instant.map(Instant::toString).orElse("");
        }
    }

    /** Counts of a feed's items by what became of them. */
    public record Items(long inFeed, long ingested, long fromFeedText, long duplicate, long failed, long pending) {
    }

    /** An item whose page could not be read: which, why, what became of it and when. */
    public record Problem(String item, String title, String reason, String outcome, String at, String atIso) {

        public static Problem of(String item, String title, String reason, String outcome, Instant at) {
            return new Problem(item, title, reason, outcome, StoryPageComposer.shown(at), at.toString());
        }
    }

    /** A poll interval for a person: "45 s", "15 min", "2 h 30 min". */
    public static String interval(Duration interval) {
        long seconds = interval.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
