package org.newsfuse.server.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.newsfuse.server.feed.ArticleSink.Delivery;

/**
 * Follows feeds: polls each one when it is due, hands every new item's page (or, failing that, the
 * item's own text) to the {@link ArticleSink} once, and keeps each feed's state. Faults of remote hosts
 * become state and recorded reasons, never exceptions out of the follower. Thread-safe; {@link #close()}
 * stops it within a few seconds.
 */
public final class FeedFollower implements AutoCloseable {

    private static final int FAILURES_KEPT_IN_STATE = 50;

    private final FollowerSettings settings;
    private final FeedStore store;
    private final ArticleSink sink;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final HostPacer pacer;
    private final PoliteFetcher fetcher;
    private final FeedParser parser = new FeedParser();
    private final PollPlanner planner;
    private final Map<Long, Followed> followed = new ConcurrentHashMap<>();
    private final Set<String> inFlight = new HashSet<>();
    private volatile boolean running;

    /** One feed's live state; guarded by itself. */
    private static final class Followed {
        FeedState state;
        boolean removed;
        boolean polling;
        ScheduledFuture<?> next;
        // items whose page failed for a passing reason, by first key, with the tries so far
        final Map<String, Pending> pending = new LinkedHashMap<>();

        Followed(FeedState state) {
            this.state = state;
        }
    }

    private record Pending(FeedItem item, int attempts) {
    }

    /** What one poll found, added to the feed's counts at the end, and the outlet its articles are credited to. */
    private static final class PollCounts {
        volatile Optional<String> outlet = Optional.empty();
        final AtomicInteger ingested = new AtomicInteger();
        final AtomicInteger fromFeedText = new AtomicInteger();
        final AtomicInteger duplicate = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger newItems = new AtomicInteger();
    }

    public FeedFollower(FollowerSettings settings, FeedStore store, ArticleSink sink) {
        this(settings, store, sink, RandomGenerator.getDefault());
    }

    FeedFollower(FollowerSettings settings, FeedStore store, ArticleSink sink, RandomGenerator random) {
        this.settings = settings;
        this.store = store;
        this.sink = sink;
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("newsfuse-feed-timer"));
        this.workers = Executors.newFixedThreadPool(settings.workerThreads(), daemon("newsfuse-feed-worker"));
        this.pacer = new HostPacer(settings.minHostDelay(), settings.maxCrawlDelay(), timer, workers);
        HttpGetter getter = new HttpGetter(HttpGetter.newClient(settings.connectTimeout()), settings.userAgent(), settings.readTimeout());
        RobotsRules robots = new RobotsRules(getter, pacer, settings.robotName(), settings.robotsTtl());
        this.fetcher = new PoliteFetcher(getter, pacer, robots, settings);
        this.planner = new PollPlanner(settings, random);
    }

    /** Starts polling every feed in the store, each when it is due (feeds never fetched: now). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (FeedState state : store.feeds()) {
            Followed f = new Followed(state);
            followed.put(state.id(), f);
            Duration wait = state.nextPoll().map(at -> Duration.between(Instant.now(), at)).filter(d -> !d.isNegative())
                    .orElse(Duration.ZERO);
            schedule(f, wait);
        }
    }

    /** Follows a feed (or returns the one already followed at that URL); its first poll starts now. */
    public FeedState follow(FeedSubscription subscription) {
        FeedState state = store.add(subscription, settings.initialPoll());
        Followed f = followed.computeIfAbsent(state.id(), id -> new Followed(state));
        synchronized (f) {
            if (running && f.next == null && !f.polling && f.state.polls() == 0) {
                schedule(f, Duration.ZERO);
            }
            return f.state;
        }
    }

    /** Stops following a feed. False when there is no such feed. */
    public boolean unfollow(long feedId) {
        Followed f = followed.remove(feedId);
        if (f != null) {
            synchronized (f) {
                f.removed = true;
                if (f.next != null) {
                    f.next.cancel(false);
                }
            }
        }
        return store.remove(feedId) || f != null;
    }

    /** Every followed feed's state. */
    public List<FeedState> feeds() {
        List<FeedState> out = new ArrayList<>();
        for (FeedState stored : store.feeds()) {
            out.add(feed(stored.id()).orElse(stored));
        }
        return out;
    }

    public Optional<FeedState> feed(long feedId) {
        Followed f = followed.get(feedId);
        if (f == null) {
            return store.feed(feedId);
        }
        synchronized (f) {
            return Optional.of(f.state);
        }
    }

    /** The feed's most recent item failures, newest first. */
    public List<ItemFailure> failures(long feedId) {
        return store.failures(feedId, FAILURES_KEPT_IN_STATE);
    }

    @Override
    public void close() {
        running = false;
        timer.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(settings.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void schedule(Followed f, Duration wait) {
        synchronized (f) {
            if (!running || f.removed) {
                return;
            }
            f.state = withNextPoll(f.state, Instant.now().plus(wait));
            try {
                f.next = timer.schedule(() -> poll(f), Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                f.next = null; // closing
            }
        }
    }

    private void poll(Followed f) {
        FeedState before;
        List<Pending> retries;
        synchronized (f) {
            if (!running || f.removed || f.polling) {
                return;
            }
            f.polling = true;
            f.next = null;
            before = f.state;
            retries = List.copyOf(f.pending.values());
            f.pending.clear();
        }
        PollCounts counts = new PollCounts();
        counts.outlet = before.outlet().or(before::title);
        fetcher.fetch(before.url(), PoliteFetcher.Purpose.FEED, before.etag(), before.lastModified())
                .thenCompose(fetched -> {
                    if (fetched.notModified()) {
                        return handleItems(f, before, List.of(), retries, counts).thenApply(v -> new Polled(fetched, Optional.empty()));
                    }
                    FeedParser.ParsedFeed parsed;
                    try {
                        parsed = parser.parse(fetched.body(), fetched.contentType(), fetched.url());
                    } catch (FetchException e) {
                        return CompletableFuture.failedFuture(e);
                    }
                    counts.outlet = before.outlet().or(parsed::title);
                    return handleItems(f, before, parsed.items(), retries, counts).thenApply(v -> new Polled(fetched, Optional.of(parsed)));
                })
                .whenComplete((polled, error) -> finish(f, polled, error, retries, counts));
    }

    private record Polled(Fetched fetched, Optional<FeedParser.ParsedFeed> feed) {
    }

    private void finish(Followed f, Polled polled, Throwable error, List<Pending> retries, PollCounts counts) {
        Instant now = Instant.now();
        Duration wait;
        synchronized (f) {
            FeedState s = f.state;
            long pending = f.pending.size();
            if (error != null) {
                FetchException e = PoliteFetcher.cause(error);
                // the feed was not read, so its items were not handled: the retries wait for the next poll
                for (Pending p : retries) {
                    f.pending.putIfAbsent(keyOf(p.item(), s.id()), p);
                }
                pending = f.pending.size();
                int errors = s.consecutiveErrors() + 1;
                wait = planner.afterError(errors, e.retryAfter());
                f.state = new FeedState(s.id(), s.url(), s.outlet(), s.title(), Optional.of(now), Optional.of("error"),
                        Optional.of(e.reason()), Optional.of(now), s.nextPoll(), s.pollInterval(), errors, s.polls() + 1,
                        s.itemsInFeed(), s.itemsIngested() + counts.ingested.get(), s.itemsFromFeedText() + counts.fromFeedText.get(),
                        s.itemsDuplicate() + counts.duplicate.get(), s.itemsFailed() + counts.failed.get(), pending, s.etag(),
                        s.lastModified());
            } else {
                Fetched fetched = polled.fetched();
                Duration interval = polled.feed()
                        .map(p -> planner.afterSuccess(s.pollInterval(), p.items(), counts.newItems.get()))
                        .orElseGet(() -> planner.afterNotModified(s.pollInterval()));
                wait = planner.jittered(interval);
                f.state = new FeedState(s.id(), s.url(), s.outlet(), polled.feed().flatMap(FeedParser.ParsedFeed::title).or(s::title),
                        Optional.of(now), Optional.of(fetched.notModified() ? "not modified" : "ok"), s.lastError(), s.lastErrorAt(),
                        s.nextPoll(), interval, 0, s.polls() + 1,
                        polled.feed().map(p -> (long) p.items().size()).orElse(s.itemsInFeed()),
                        s.itemsIngested() + counts.ingested.get(), s.itemsFromFeedText() + counts.fromFeedText.get(),
                        s.itemsDuplicate() + counts.duplicate.get(), s.itemsFailed() + counts.failed.get(), pending,
                        fetched.notModified() ? s.etag() : fetched.etag(),
                        fetched.notModified() ? s.lastModified() : fetched.lastModified());
            }
            f.polling = false;
        }
        schedule(f, wait);
        FeedState saved;
        synchronized (f) {
            saved = f.state;
            if (f.removed) {
                return;
            }
        }
        try {
            store.save(saved);
        } catch (RuntimeException e) {
            // the store refused (e.g. closing): the state is still held in memory and saved after the next poll
        }
    }

    private CompletableFuture<Void> handleItems(Followed f, FeedState feed, List<FeedItem> items, List<Pending> retries,
                                                PollCounts counts) {
        Map<String, Pending> work = new LinkedHashMap<>();
        for (Pending p : retries) {
            work.put(keyOf(p.item(), feed.id()), p);
        }
        for (FeedItem item : items) {
            work.putIfAbsent(keyOf(item, feed.id()), new Pending(item, 0));
        }
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (Pending p : work.values()) {
            all.add(handleItem(f, feed, p, counts).exceptionally(t -> null));
        }
        return CompletableFuture.allOf(all.toArray(new CompletableFuture[0]));
    }

    private CompletableFuture<Void> handleItem(Followed f, FeedState feed, Pending pending, PollCounts counts) {
        FeedItem item = pending.item();
        Set<String> keys = keys(item, feed.id());
        Set<Long> owners = store.handledBy(keys);
        if (owners.contains(feed.id())) {
            store.markHandled(feed.id(), keys, Optional.empty()); // a changed GUID: remember the new one too
            return CompletableFuture.completedFuture(null);
        }
        if (!claim(keys)) {
            return CompletableFuture.completedFuture(null); // another feed is handling it right now
        }
        if (!owners.isEmpty()) {
            store.markHandled(feed.id(), keys, Optional.empty());
            counts.duplicate.incrementAndGet();
            release(keys);
            return CompletableFuture.completedFuture(null);
        }
        if (pending.attempts() == 0) {
            counts.newItems.incrementAndGet();
        }
        CompletableFuture<Void> done;
        if (item.link().isEmpty()) {
            fallBack(f, feed, pending, keys, "the item has no link", counts);
            done = CompletableFuture.completedFuture(null);
        } else {
            done = fetcher.fetch(item.link().get(), PoliteFetcher.Purpose.PAGE, Optional.empty(), Optional.empty())
                    .handle((page, error) -> {
                        if (error != null) {
                            FetchException e = PoliteFetcher.cause(error);
                            if (e.isPassing() && pending.attempts() + 1 < settings.itemAttempts() && running) {
                                retryLater(f, feed, new Pending(item, pending.attempts() + 1));
                            } else {
                                fallBack(f, feed, pending, keys, "page: " + e.reason(), counts);
                            }
                        } else {
                            deliverPage(f, feed, pending, keys, page, counts);
                        }
                        return null;
                    });
        }
        return done.whenComplete((v, t) -> release(keys));
    }

    private void deliverPage(Followed f, FeedState feed, Pending pending, Set<String> keys, Fetched page, PollCounts counts) {
        FeedItem item = pending.item();
        Set<String> withFinal = new LinkedHashSet<>(keys);
        withFinal.add("url:" + UrlCanonicalizer.canonical(page.url()));
        if (withFinal.size() > keys.size() && !store.handledBy(withFinal).isEmpty()) {
            // reached through a redirect at an article another item already brought in
            store.markHandled(feed.id(), withFinal, Optional.empty());
            counts.duplicate.incrementAndGet();
            return;
        }
        PageDecoder.Decoded decoded = PageDecoder.decode(page.body(), page.contentType());
        boolean plain = page.contentType().map(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain")).orElse(false);
        if (!plain && !PageDecoder.looksLikeHtml(decoded.text())) {
            fallBack(f, feed, pending, withFinal, "page: not an HTML page (no markup)", counts);
            return;
        }
        FeedArticle article = new FeedArticle(UrlCanonicalizer.withoutTracking(page.url()), counts.outlet, item.title(), item.published(),
                item.authors(), decoded.text(), !plain, feed.url());
        Delivery delivery = deliver(article);
        if (delivery instanceof Delivery.Accepted accepted) {
            store.markHandled(feed.id(), withFinal, Optional.of(accepted.articleId()));
            counts.ingested.incrementAndGet();
        } else if (delivery instanceof Delivery.Refused refused) {
            fallBack(f, feed, pending, withFinal, "page: " + refused.reason(), counts);
        } else {
            retryLater(f, feed, pending);
        }
    }

    private void fallBack(Followed f, FeedState feed, Pending pending, Set<String> keys, String why, PollCounts counts) {
        FeedItem item = pending.item();
        if (item.text().isBlank()) {
            giveUp(feed, item, keys, why + "; the feed has no text for the item", counts);
            return;
        }
        FeedArticle article = new FeedArticle(item.link().orElse(feed.url()), counts.outlet, item.title(), item.published(),
                item.authors(), item.text(), false, feed.url());
        Delivery delivery = deliver(article);
        if (delivery instanceof Delivery.Accepted accepted) {
            store.markHandled(feed.id(), keys, Optional.of(accepted.articleId()));
            store.recordFailure(new ItemFailure(feed.id(), itemName(item), item.title().orElse(""), why, ItemFailure.FROM_FEED_TEXT,
                    Instant.now()));
            counts.fromFeedText.incrementAndGet();
        } else if (delivery instanceof Delivery.Refused refused) {
            giveUp(feed, item, keys, why + "; the feed's own text was refused too: " + refused.reason(), counts);
        } else {
            retryLater(f, feed, pending);
        }
    }

    private void giveUp(FeedState feed, FeedItem item, Set<String> keys, String reason, PollCounts counts) {
        store.markHandled(feed.id(), keys, Optional.empty());
        store.recordFailure(new ItemFailure(feed.id(), itemName(item), item.title().orElse(""), reason, ItemFailure.GIVEN_UP, Instant.now()));
        counts.failed.incrementAndGet();
    }

    private static String itemName(FeedItem item) {
        return item.link().map(URI::toString).or(item::guid).orElse("(no link or guid)");
    }

    private void retryLater(Followed f, FeedState feed, Pending pending) {
        synchronized (f) {
            f.pending.put(keyOf(pending.item(), feed.id()), pending);
        }
    }

    private Delivery deliver(FeedArticle article) {
        try {
            return sink.deliver(article);
        } catch (RuntimeException e) {
            return new Delivery.Refused("ingest failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private boolean claim(Set<String> keys) {
        synchronized (inFlight) {
            for (String k : keys) {
                if (inFlight.contains(k)) {
                    return false;
                }
            }
            inFlight.addAll(keys);
            return true;
        }
    }

    private void release(Set<String> keys) {
        synchronized (inFlight) {
            inFlight.removeAll(keys);
        }
    }

    /**
     * The keys an item is known by: its page's canonical URL (shared across feeds), its GUID within the
     * feed, and a digest of its title and text within the feed (so an item whose GUID and link both
     * change is still known). Seen under any key means seen.
     */
    static Set<String> keys(FeedItem item, long feedId) {
        Set<String> keys = new LinkedHashSet<>();
        item.link().ifPresent(l -> keys.add("url:" + UrlCanonicalizer.canonical(l)));
        item.guid().ifPresent(g -> keys.add("guid:" + feedId + ":" + g));
        if (item.title().isPresent() || !item.text().isBlank() || keys.isEmpty()) {
            keys.add("item:" + feedId + ":" + digest(item.title().orElse("") + "\n" + item.text()));
        }
        return keys;
    }

    private static String keyOf(FeedItem item, long feedId) {
        return keys(item, feedId).iterator().next();
    }

    private static String digest(String s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static FeedState withNextPoll(FeedState s, Instant at) {
        return new FeedState(s.id(), s.url(), s.outlet(), s.title(), s.lastFetch(), s.lastStatus(), s.lastError(), s.lastErrorAt(),
                Optional.of(at), s.pollInterval(), s.consecutiveErrors(), s.polls(), s.itemsInFeed(), s.itemsIngested(),
                s.itemsFromFeedText(), s.itemsDuplicate(), s.itemsFailed(), s.itemsPending(), s.etag(), s.lastModified());
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
