package org.newsfuse.server.stories;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.StoredArticle;

/**
 * Recomputes changed stories in the background: summary (with citations), comparison, title and
 * outlets, each stored as a new version. A story is recomputed {@code debounceMillis} after its last
 * change, so a burst of articles costs one recomputation. Which stories are stale is kept in the store
 * (in the same transaction as the article), so the queue here is only a bounded cache of it: when it
 * is full, further stories wait in the store and are picked up when it has room, and after a restart
 * every stale story is caught up.
 *
 * <p>A recomputation that throws is retried on its own: after {@code retryMillis}, then twice as
 * long each time, {@value #MAX_ATTEMPTS} attempts in all. After that the story stays stale (the list
 * says so, and {@code newsfuse_story_refresh_failures} counts every failure) until it changes again or
 * the service restarts; a story that always fails never keeps the refresher from the others.
 */
public final class StoryRefresher implements AutoCloseable {

    /** How a story's next version is computed (the front door's summary and comparison, in the service). */
    @FunctionalInterface
    public interface VersionBuilder {
        NewsStore.NewVersion build(long story, List<StoredArticle> articles);
    }

    /** Attempts at one story before it waits for its next change. */
    static final int MAX_ATTEMPTS = 6;
    /** While ingest is busy, recomputation takes at most this share of one core. */
    private static final double BUSY_CPU_SHARE = 0.2;

    private final NewsStore store;
    private final VersionBuilder builder;
    private final StoryUpdates updates;
    private final long debounceMillis;
    private final long retryMillis;
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** story -> when it may be recomputed (epoch millis), in order of first change. */
    private final LinkedHashMap<Long, Long> due = new LinkedHashMap<>();
    /** Stories that did not fit in {@code due}: look in the store once there is room. */
    private boolean overflow;
    /** story -> recomputations that failed in a row; at {@link #MAX_ATTEMPTS} the story waits for its next change. */
    private final Map<Long, Integer> failedAttempts = new HashMap<>();
    private volatile boolean closing;
    private final AtomicLong recomputed = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();
    private final Thread worker;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Set by the service: whether articles are arriving now (recomputation then yields the cores to them). */
    private volatile BooleanSupplier ingestBusy = () -> false;
    /** While ingest is busy, at least this long between two recomputations. */
    private static final long BUSY_PAUSE_MILLIS = 250;

    /**
     * @param debounceMillis a story is recomputed this long after its last change
     * @param retryMillis    a failed recomputation is tried again after this long, then after twice as long each time
     * @param capacity       stories held in memory (the rest wait in the store)
     */
    public StoryRefresher(NewsStore store, VersionBuilder builder, StoryUpdates updates, long debounceMillis, long retryMillis, int capacity) {
        if (retryMillis < 1) {
            throw new IllegalArgumentException("retryMillis must be positive, got " + retryMillis);
        }
        this.store = store;
        this.builder = builder;
        this.updates = updates;
        this.debounceMillis = debounceMillis;
        this.retryMillis = retryMillis;
        this.capacity = capacity;
        this.worker = new Thread(this::work, "newsfuse-refresher");
        this.worker.setDaemon(true);
    }

    /**
     * Tells the refresher when articles are arriving: recomputation then takes at most
     * {@code BUSY_CPU_SHARE} of one core (and pauses at least {@value #BUSY_PAUSE_MILLIS} ms between
     * stories), so storing and acknowledging articles keeps the cores; the stories catch up as soon as
     * the stream pauses.
     */
    public void yieldTo(BooleanSupplier busy) {
        this.ingestBusy = busy;
    }

    /** Starts working, beginning with every story the store holds as stale (the catch-up after a restart). */
    public void start() {
        lock.lock();
        try {
            overflow = true;
        } finally {
            lock.unlock();
        }
        worker.start();
    }

    /** A story changed: recompute it once it has been quiet for the debounce time. */
    public void storyChanged(long story) {
        lock.lock();
        try {
            // new articles may be what it failed on: it gets its attempts again
            failedAttempts.remove(story);
            if (due.containsKey(story)) {
                due.put(story, System.currentTimeMillis() + debounceMillis);
            } else if (due.size() < capacity) {
                due.put(story, System.currentTimeMillis() + debounceMillis);
                changed.signal();
            } else {
                overflow = true;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Stories waiting in memory (more may wait in the store). */
    public int pending() {
        lock.lock();
        try {
            return due.size();
        } finally {
            lock.unlock();
        }
    }

    public long recomputed() {
        return recomputed.get();
    }

    /** Recomputations that threw (each is retried, see the class comment). */
    public long failures() {
        return failures.get();
    }

    /** Stories left stale after {@value #MAX_ATTEMPTS} failed attempts, until they change again. */
    public long givenUp() {
        return givenUp.get();
    }

    private void work() {
        while (true) {
            Optional<Long> next;
            try {
                next = nextDue();
            } catch (InterruptedException e) {
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            long cpuBefore = threads.getCurrentThreadCpuTime();
            try {
                refresh(next.get());
                succeeded(next.get());
            } catch (RuntimeException e) {
                // the story stays stale in the store; it is tried again (or, after the last attempt, waits for a change)
                failures.incrementAndGet();
                failed(next.get());
            }
            try {
                if (!closing && ingestBusy.getAsBoolean()) {
                    long cpuMillis = Math.max(0, threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
                    Thread.sleep(Math.max(BUSY_PAUSE_MILLIS, (long) (cpuMillis * (1 - BUSY_CPU_SHARE) / BUSY_CPU_SHARE)));
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void succeeded(long story) {
        lock.lock();
        try {
            failedAttempts.remove(story);
        } finally {
            lock.unlock();
        }
    }

    /** Schedules the next attempt after a failure, later each time, or gives up until the story changes. */
    private void failed(long story) {
        lock.lock();
        try {
            int attempts = failedAttempts.merge(story, 1, Integer::sum);
            if (attempts >= MAX_ATTEMPTS) {
                givenUp.incrementAndGet();
                return;
            }
            if (closing || due.containsKey(story)) {
                return;
            }
            if (due.size() < capacity) {
                due.put(story, System.currentTimeMillis() + (retryMillis << Math.min(attempts - 1, 20)));
                changed.signal();
            } else {
                overflow = true;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether the story used up its attempts (it then waits for its next change). */
    private boolean exhausted(long story) {
        return failedAttempts.getOrDefault(story, 0) >= MAX_ATTEMPTS;
    }

    /** The next story whose quiet time is over; empty when closing and nothing is left. */
    private Optional<Long> nextDue() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (overflow && due.size() < capacity / 2) {
                    overflow = false;
                    // read under the lock: storyChanged and failed change both maps from other threads
                    int skipped = (int) failedAttempts.values().stream().filter(n -> n >= MAX_ATTEMPTS).count();
                    int room = capacity - due.size() + skipped;
                    lock.unlock();
                    List<Long> stale;
                    try {
                        stale = store.staleStories(room);
                    } finally {
                        lock.lock();
                    }
                    long now = System.currentTimeMillis();
                    for (Long story : stale) {
                        if (exhausted(story)) {
                            continue;
                        }
                        if (due.size() >= capacity) {
                            overflow = true;
                            break;
                        }
                        due.putIfAbsent(story, now);
                    }
                }
                if (due.isEmpty()) {
                    if (closing) {
                        return Optional.empty();
                    }
                    changed.await(1, TimeUnit.SECONDS);
                    continue;
                }
                long now = System.currentTimeMillis();
                Long ready = null;
                long soonest = Long.MAX_VALUE;
                for (Map.Entry<Long, Long> e : due.entrySet()) {
                    if (e.getValue() <= now || closing) {
                        ready = e.getKey();
                        break;
                    }
                    soonest = Math.min(soonest, e.getValue());
                }
                if (ready != null) {
                    due.remove(ready);
                    return Optional.of(ready);
                }
                changed.await(Math.max(1, soonest - now), TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Recomputes one story from its stored articles and stores the result as a new version. */
    void refresh(long story) {
        long revision = store.revision(story);
        List<StoredArticle> articles = store.storyArticles(story);
        if (articles.isEmpty()) {
            return;
        }
        NewsStore.NewVersion version = builder.build(story, articles);
        boolean stillStale = store.saveVersion(story, revision, version);
        recomputed.incrementAndGet();
        updates.versionStored(story, store.story(story).map(s -> s.version()).orElse(0));
        if (stillStale) {
            storyChanged(story);
        }
    }

    /**
     * Stops taking new work and finishes what is queued in memory, waiting at most {@code timeoutMillis};
     * what is left stays stale in the store for the next start.
     */
    public void drain(long timeoutMillis) {
        lock.lock();
        try {
            closing = true;
            overflow = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            worker.join(Math.max(1, timeoutMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.interrupt();
    }

    @Override
    public void close() {
        drain(0);
    }
}
