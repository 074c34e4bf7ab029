package org.newsfuse.server.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.newsfuse.server.store.NewArticle;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.StoreException;
import org.newsfuse.server.store.StoredPlacement;
import org.newsfuse.server.stories.StoryGrouper;
import org.newsfuse.server.stories.StoryUpdates;

/**
 * The one way articles enter the service (HTTP, {@code newsfuse import}, feeds). {@link #ingest}
 * prepares the article on the caller's thread, queues it for the single writer, and returns only
 * after the writer's transaction that stores and places it has committed: a returned receipt is a
 * durable acknowledgement. The queue is bounded; when it is full the call fails at once with
 * {@link Overloaded} rather than buffering without limit. The writer takes whatever is queued (up to
 * {@value #BATCH} articles) into one transaction, so many concurrent clients share one commit.
 */
public final class Ingestor implements AutoCloseable {

    static final int BATCH = 256;
    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final NewsStore store;
    private final StoryGrouper grouper;
    private final StoryUpdates updates;
    private final ArticlePreparer preparer;
    private final LongConsumer storyChanged;
    private final BlockingQueue<Pending> queue;
    private final Thread writer;
    private volatile boolean accepting = true;
    private volatile long lastStored = System.nanoTime() - 10_000_000_000L;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();

    /**
     * @param storyChanged told of every story an article joined, after the commit (the refresher)
     */
    public Ingestor(NewsStore store, StoryGrouper grouper, StoryUpdates updates, ArticlePreparer preparer, LongConsumer storyChanged,
                    int queueCapacity) {
        this.store = store;
        this.grouper = grouper;
        this.updates = updates;
        this.preparer = preparer;
        this.storyChanged = storyChanged;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.writer = new Thread(this::write, "newsfuse-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Stores one article and places it in a story; returns once that is committed.
     *
     * @throws InvalidArticle when the article cannot be stored as sent
     * @throws Overloaded     when the queue is full or the service is stopping (nothing stored)
     * @throws StoreException when the store failed (nothing stored)
     */
    public IngestReceipt ingest(ArticleSubmission submission) {
        return await(submit(preparer.prepare(submission)));
    }

    /**
     * Stores several articles; the receipts are in the same order. Each is prepared first, so an invalid
     * one throws before any is queued; queued ones are each committed before this returns.
     */
    public List<IngestReceipt> ingestAll(List<ArticleSubmission> submissions) {
        List<NewArticle> prepared = new ArrayList<>(submissions.size());
        for (ArticleSubmission s : submissions) {
            prepared.add(preparer.prepare(s));
        }
        List<CompletableFuture<IngestReceipt>> futures = new ArrayList<>(prepared.size());
        for (NewArticle article : prepared) {
            futures.add(submit(article));
        }
        List<IngestReceipt> receipts = new ArrayList<>(futures.size());
        for (CompletableFuture<IngestReceipt> f : futures) {
            receipts.add(await(f));
        }
        return receipts;
    }

    /**
     * Stores each article that can be stored, and says why of each that cannot; the outcomes are in the
     * same order. With {@code waitForRoom} a full queue makes this wait (a stream being read can
     * simply be read more slowly) rather than fail.
     *
     * @throws Overloaded when the queue stays full (or the service is stopping); articles queued before
     *                    that are still stored, and sending them again stores nothing twice
     */
    public List<IngestOutcome> ingestEach(List<ArticleSubmission> submissions, boolean waitForRoom) {
        List<CompletableFuture<IngestReceipt>> futures = new ArrayList<>(submissions.size());
        List<IngestOutcome> outcomes = new ArrayList<>(submissions.size());
        for (ArticleSubmission s : submissions) {
            try {
                futures.add(submit(preparer.prepare(s), waitForRoom));
                outcomes.add(null);
            } catch (InvalidArticle e) {
                futures.add(null);
                outcomes.add(IngestOutcome.rejected(e));
            }
        }
        for (int i = 0; i < futures.size(); i++) {
            if (futures.get(i) != null) {
                outcomes.set(i, IngestOutcome.stored(await(futures.get(i))));
            }
        }
        return outcomes;
    }

    private CompletableFuture<IngestReceipt> submit(NewArticle article) {
        return submit(article, false);
    }

    /** Queues a prepared article; the future completes after its commit. */
    private CompletableFuture<IngestReceipt> submit(NewArticle article, boolean waitForRoom) {
        if (!accepting) {
            throw new Overloaded("the service is shutting down", 5);
        }
        Pending pending = new Pending(article, new CompletableFuture<>());
        boolean queued;
        try {
            queued = waitForRoom ? queue.offer(pending, ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS) : queue.offer(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued = false;
        }
        if (!queued) {
            throw new Overloaded("the ingest queue is full (" + queue.size() + " articles waiting)", 1);
        }
        return pending.done();
    }

    private static IngestReceipt await(CompletableFuture<IngestReceipt> future) {
        try {
            return future.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("storing failed", e.getCause());
        } catch (TimeoutException e) {
            throw new Overloaded("the article was not stored within " + ACK_TIMEOUT_SECONDS + " s", 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Overloaded("interrupted while storing", 1);
        }
    }

    /** The writer: one transaction per batch of whatever is queued. */
    private void write() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (true) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (!accepting && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                if (queue.isEmpty()) {
                    return;
                }
            }
            queue.drainTo(batch, BATCH - batch.size());
            storeBatch(batch);
            batch.clear();
        }
    }

    private void storeBatch(List<Pending> batch) {
        List<NewArticle> articles = batch.stream().map(Pending::article).toList();
        List<StoredPlacement> placed;
        try {
            placed = store.append(articles, grouper::place);
        } catch (RuntimeException e) {
            // the grouping already saw the articles of the failed transaction: rebuild it from what is stored
            try {
                grouper.restore(store);
            } catch (RuntimeException restoreFailure) {
                e.addSuppressed(restoreFailure);
            }
            StoreException failure = e instanceof StoreException se ? se : new StoreException("storing failed: " + e.getMessage(), e);
            batch.forEach(p -> p.done().completeExceptionally(failure));
            return;
        }
        commits.incrementAndGet();
        lastStored = System.nanoTime();
        for (int i = 0; i < batch.size(); i++) {
            StoredPlacement p = placed.get(i);
            if (p.duplicate()) {
                duplicates.incrementAndGet();
            } else {
                stored.incrementAndGet();
            }
            batch.get(i).done().complete(new IngestReceipt(p.article(), p.story(), p.duplicate()));
        }
        for (StoredPlacement p : placed) {
            if (!p.duplicate()) {
                updates.publishArticle(p.story(), p.article());
                storyChanged.accept(p.story());
            }
        }
    }

    /** Whether articles arrived in the last second (or are waiting). */
    public boolean busy() {
        return !queue.isEmpty() || System.nanoTime() - lastStored < 1_000_000_000L;
    }

    /** Articles waiting for the writer. */
    public int queued() {
        return queue.size();
    }

    public int capacity() {
        return queue.size() + queue.remainingCapacity();
    }

    public long stored() {
        return stored.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long commits() {
        return commits.get();
    }

    /** Stops accepting, then stores everything already queued (the graceful shutdown's drain). */
    public void drain(long timeoutMillis) {
        accepting = false;
        try {
            writer.join(Math.max(1, timeoutMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        drain(30_000);
    }

    private record Pending(NewArticle article, CompletableFuture<IngestReceipt> done) {
    }
}
