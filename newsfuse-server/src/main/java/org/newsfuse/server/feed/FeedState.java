package org.newsfuse.server.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A followed feed as the API shows it: what it is, how its last fetch went and when the next one is.
 *
 * @param id                 the feed's id in the store
 * @param url                the feed's address
 * @param outlet             the outlet named by the user, if any
 * @param title              the feed's own title, once fetched
 * @param lastFetch          when the feed was last fetched (successfully or not)
 * @param lastStatus         the outcome of the last fetch: {@code "ok"}, {@code "not modified"} or {@code "error"}
 * @param lastError          the last error, kept after later successes so it can be read
 * @param lastErrorAt        when the last error happened
 * @param nextPoll           when the feed is fetched next
 * @param pollInterval       the current interval between polls (adapts to how often the feed publishes)
 * @param consecutiveErrors  errors in a row (the backoff grows with them)
 * @param polls              fetches so far
 * @param itemsInFeed        items in the feed at the last successful fetch
 * @param itemsIngested      items ingested from their pages
 * @param itemsFromFeedText  items ingested from the feed's own text because the page could not be read
 * @param itemsDuplicate     items skipped because another feed listed the same article first
 * @param itemsFailed        items given up, each with a recorded reason
 * @param itemsPending       items waiting for another try (the page failed for a passing reason)
 * @param etag               validator for the next conditional GET
 * @param lastModified       validator for the next conditional GET
 */
public record FeedState(long id, URI url, Optional<String> outlet, Optional<String> title, Optional<Instant> lastFetch,
                        Optional<String> lastStatus, Optional<String> lastError, Optional<Instant> lastErrorAt,
                        Optional<Instant> nextPoll, Duration pollInterval, int consecutiveErrors, long polls, long itemsInFeed,
                        long itemsIngested, long itemsFromFeedText, long itemsDuplicate, long itemsFailed, long itemsPending,
                        Optional<String> etag, Optional<String> lastModified) {

    /** A feed never fetched yet. */
    public static FeedState fresh(long id, FeedSubscription subscription, Duration pollInterval) {
        return new FeedState(id, subscription.url(), subscription.outlet(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), pollInterval, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty(),
                Optional.empty());
    }

    /** The subscription this state is about. */
    public FeedSubscription subscription() {
        return new FeedSubscription(url, outlet);
    }
}
