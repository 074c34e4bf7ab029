package org.newsfuse.server.feed;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the follower keeps what must survive a restart: the feeds, their state, the keys of the items
 * already handled (so nothing is ingested twice) and the reasons items were given up. Implementations
 * are thread-safe.
 */
public interface FeedStore {

    /** Adds a feed, or returns the one already followed at the same canonical URL. */
    FeedState add(FeedSubscription subscription, java.time.Duration initialPoll);

    /** Stops following a feed; its handled item keys stay, so a re-added feed does not ingest again. */
    boolean remove(long feedId);

    /** All followed feeds, oldest first, with their last saved state. */
    List<FeedState> feeds();

    Optional<FeedState> feed(long feedId);

    /** Saves a feed's state after a poll. */
    void save(FeedState state);

    /** The feeds that already handled any of these item keys. */
    Set<Long> handledBy(Collection<String> itemKeys);

    /** Records the item keys as handled by the feed (ingested, skipped as a duplicate or given up). */
    void markHandled(long feedId, Collection<String> itemKeys, Optional<String> articleId);

    void recordFailure(ItemFailure failure);

    /** The feed's most recent item failures, newest first. */
    List<ItemFailure> failures(long feedId, int limit);
}
