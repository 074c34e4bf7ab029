package org.newsfuse.server.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.newsfuse.NewsFuse;
import org.newsfuse.CompareOptions;
import org.newsfuse.SummaryOptions;
import org.newsfuse.render.ComparisonReport;
import org.newsfuse.render.Format;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.render.StoryReport;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.StoredArticle;

/**
 * Recomputes changed stories in the background: summary (with citations), comparison, title and
 * outlets, each stored as a new version. A story is recomputed {@code debounceMillis} after its last
 * change, so a burst of articles costs one recomputation. Which stories are stale is kept in the store
 * (in the same transaction as the article), so the queue here is only a bounded cache of it: when it
 * is full, further stories wait in the store and are picked up when it has room, and after a restart
 * every stale story is caught up.
 */
public final class StoryRefresher implements AutoCloseable {

    private final NewsStore store;
    private final NewsFuse newsfuse;
    private final StoryUpdates updates;
    private final long debounceMillis;
    private final int capacity;
    private final SummaryOptions summary;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** story -> when it may be recomputed (epoch millis), in order of first change. */
    private final LinkedHashMap<Long, Long> due = new LinkedHashMap<>();
    /** Stories that did not fit in {@code due}: look in the store once there is room. */
    private boolean overflow;
    private volatile boolean closing;
    private final AtomicLong recomputed = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Thread worker;
    /** Set by the service: whether articles are arriving now (recomputation then yields the cores to them). */
    private volatile java.util.function.BooleanSupplier ingestBusy = () -> false;
    /** While ingest is busy, at most one recomputation per this many milliseconds. */
    private static final long BUSY_PAUSE_MILLIS = 250;

    public StoryRefresher(NewsStore store, NewsFuse newsfuse, StoryUpdates updates, long debounceMillis, int capacity) {
        this.store = store;
        this.newsfuse = newsfuse;
        this.updates = updates;
        this.debounceMillis = debounceMillis;
        this.capacity = capacity;
        this.summary = SummaryOptions.defaults().withWords(100);
        this.worker = new Thread(this::work, "newsfuse-refresher");
        this.worker.setDaemon(true);
    }

    /**
     * Tells the refresher when articles are arriving: it then recomputes at most one story per
     * {@value #BUSY_PAUSE_MILLIS} ms, so storing articles (and acknowledging them) keeps the cores;
     * the stories catch up as soon as the stream pauses.
     */
    public void yieldTo(java.util.function.BooleanSupplier busy) {
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

    public long failures() {
        return failures.get();
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
            try {
                refresh(next.get());
                if (!closing && ingestBusy.getAsBoolean()) {
                    Thread.sleep(BUSY_PAUSE_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the story stays stale in the store and is retried by the next sweep
                failures.incrementAndGet();
            }
        }
    }

    /** The next story whose quiet time is over; empty when closing and nothing is left. */
    private Optional<Long> nextDue() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (overflow && due.size() < capacity / 2) {
                    overflow = false;
                    lock.unlock();
                    List<Long> stale;
                    try {
                        stale = store.staleStories(capacity - due.size());
                    } finally {
                        lock.lock();
                    }
                    long now = System.currentTimeMillis();
                    for (Long story : stale) {
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
        List<SourceDocument> documents = new ArrayList<>(articles.size());
        for (StoredArticle a : articles) {
            documents.add(new SourceDocument(Long.toString(a.id()), "article " + a.id(), a.text(), a.outlet(), a.title(), a.date()));
        }
        StoryInput input = new StoryInput(Long.toString(story), documents, List.of());
        StoryReport report = newsfuse.summarize(input, summary);
        ComparisonReport comparison = newsfuse.compare(input, CompareOptions.defaults().withEmbeddings(false));
        String summaryJson = NewsFuse.render(report, Format.JSON);
        String comparisonJson = NewsFuse.render(comparison, Format.JSON);
        Optional<String> lead = report.summary().sentences().stream().findFirst().map(s -> s.text());
        Optional<String> title = titleOf(report);
        List<String> outlets = report.articles().stream().map(a -> a.outlet()).flatMap(Optional::stream).distinct().toList();
        NewsStore.NewVersion version = new NewsStore.NewVersion(articles.size(), title, lead, outlets, summaryJson, comparisonJson);
        boolean stillStale = store.saveVersion(story, revision, version);
        recomputed.incrementAndGet();
        updates.versionStored(story, store.story(story).map(s -> s.version()).orElse(0));
        if (stillStale) {
            storyChanged(story);
        }
    }

    /**
     * The headline of the article the summary opens with, else the first headline (as given, or as the
     * cleaner found it at the top of the text).
     */
    private static Optional<String> titleOf(StoryReport report) {
        Optional<String> leadArticle = report.summary().sentences().stream().findFirst()
                .flatMap(s -> s.citations().stream().findFirst()).map(c -> c.article());
        for (org.newsfuse.clean.Article a : report.articles()) {
            if (leadArticle.isPresent() && a.id().equals(leadArticle.get()) && a.title().isPresent()) {
                return a.title();
            }
        }
        return report.articles().stream().map(org.newsfuse.clean.Article::title).flatMap(Optional::stream).findFirst();
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
