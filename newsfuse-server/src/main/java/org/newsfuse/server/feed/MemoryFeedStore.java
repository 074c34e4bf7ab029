package org.newsfuse.server.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A feed store that lives as long as the process: for a follower without a database (tests, the
 * benchmark's reference run). The service uses its database store.
 */
public final class MemoryFeedStore implements FeedStore {

    private final Map<Long, FeedState> feeds = new LinkedHashMap<>();
    private final Map<String, Long> handled = new HashMap<>();
    private final List<ItemFailure> failures = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized FeedState add(FeedSubscription subscription, Duration initialPoll) {
        String key = UrlCanonicalizer.canonical(subscription.url()).toString();
        for (FeedState f : feeds.values()) {
            if (UrlCanonicalizer.canonical(f.url()).toString().equals(key)) {
                return f;
            }
        }
        FeedState state = FeedState.fresh(nextId++, subscription, initialPoll);
        feeds.put(state.id(), state);
        return state;
    }

    @Override
    public synchronized boolean remove(long feedId) {
        return feeds.remove(feedId) != null;
    }

    @Override
    public synchronized List<FeedState> feeds() {
        return List.copyOf(feeds.values());
    }

    @Override
    public synchronized Optional<FeedState> feed(long feedId) {
        return Optional.ofNullable(feeds.get(feedId));
    }

    @Override
    public synchronized void save(FeedState state) {
        if (feeds.containsKey(state.id())) {
            feeds.put(state.id(), state);
        }
    }

    @Override
    public synchronized Set<Long> handledBy(Collection<String> itemKeys) {
        Set<Long> owners = new TreeSet<>();
        for (String k : itemKeys) {
            Long owner = handled.get(k);
            if (owner != null) {
                owners.add(owner);
            }
        }
        return owners;
    }

    @Override
    public synchronized void markHandled(long feedId, Collection<String> itemKeys, Optional<String> articleId) {
        for (String k : itemKeys) {
            handled.putIfAbsent(k, feedId);
        }
    }

    @Override
    public synchronized void recordFailure(ItemFailure failure) {
        failures.add(failure);
    }

    @Override
    public synchronized List<ItemFailure> failures(long feedId, int limit) {
        List<ItemFailure> out = new ArrayList<>();
        for (int i = failures.size() - 1; i >= 0 && out.size() < limit; i--) {
            if (failures.get(i).feedId() == feedId) {
                out.add(failures.get(i));
            }
        }
        return out;
    }
}
