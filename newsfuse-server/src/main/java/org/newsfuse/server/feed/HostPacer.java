package org.newsfuse.server.feed;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs requests to each host one at a time, with at least the host's delay between the end of one
 * request and the start of the next. Hosts do not wait for each other: each has its own queue, and a
 * request only takes a worker thread when its host is free. The delay of a host is the larger of the
 * configured minimum and its robots.txt {@code Crawl-delay} (capped); a {@code Retry-After} pushes the
 * host's next request further out.
 */
final class HostPacer {

    private final Duration minDelay;
    private final Duration maxCrawlDelay;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final Map<String, Lane> lanes = new HashMap<>();

    private static final class Lane {
        final ArrayDeque<Task> queue = new ArrayDeque<>();
        boolean busy;
        long notBeforeNanos = System.nanoTime();
        long delayNanos;
    }

    /** A request: runs on the lane, returns how to complete its future once the lane is free. */
    private interface Task {
        Runnable run();
    }

    HostPacer(Duration minDelay, Duration maxCrawlDelay, ScheduledExecutorService timer, ExecutorService workers) {
        this.minDelay = minDelay;
        this.maxCrawlDelay = maxCrawlDelay;
        this.timer = timer;
        this.workers = workers;
    }

    /** The politeness key of a URL's host: its name in lower case (all ports of a host share it). */
    static String hostKey(java.net.URI url) {
        return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    }

    /** Queues a request to the host; the future completes with its result (or its exception). */
    <T> CompletableFuture<T> submit(String host, Callable<T> request) {
        CompletableFuture<T> result = new CompletableFuture<>();
        // the request runs on the lane; the future is completed after the lane is released, so whatever
        // the caller chains on it (parsing, ingesting) does not hold up the host's next request
        Task run = () -> {
            try {
                T value = request.call();
                return () -> result.complete(value);
            } catch (Throwable t) {
                return () -> result.completeExceptionally(t);
            }
        };
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(host, h -> newLane());
            lane.queue.add(run);
            if (!lane.busy) {
                dispatch(host, lane);
            }
        }
        return result;
    }

    /** Honours a robots.txt Crawl-delay (milliseconds), capped at the configured maximum. */
    void crawlDelay(String host, long millis) {
        long capped = Math.min(Math.max(millis, 0), maxCrawlDelay.toMillis());
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(host, h -> newLane());
            lane.delayNanos = Math.max(minDelay.toNanos(), TimeUnit.MILLISECONDS.toNanos(capped));
        }
    }

    /** Asks nothing of the host for this long (a Retry-After), counted from now. */
    void pause(String host, Duration wait) {
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(host, h -> newLane());
            lane.notBeforeNanos = Math.max(lane.notBeforeNanos, System.nanoTime() + wait.toNanos());
        }
    }

    /** The current delay of a host. */
    Duration delay(String host) {
        synchronized (lanes) {
            Lane lane = lanes.get(host);
            return Duration.ofNanos(lane == null ? minDelay.toNanos() : lane.delayNanos);
        }
    }

    private Lane newLane() {
        Lane lane = new Lane();
        lane.delayNanos = minDelay.toNanos();
        return lane;
    }

    // called with the lanes lock held
    private void dispatch(String host, Lane lane) {
        Task next = lane.queue.poll();
        if (next == null) {
            lane.busy = false;
            return;
        }
        lane.busy = true;
        Runnable onWorker = () -> {
            Runnable complete = () -> { };
            try {
                complete = next.run();
            } finally {
                synchronized (lanes) {
                    lane.notBeforeNanos = Math.max(lane.notBeforeNanos, System.nanoTime() + lane.delayNanos);
                    dispatch(host, lane);
                }
                complete.run();
            }
        };
        long wait = lane.notBeforeNanos - System.nanoTime();
        try {
            if (wait <= 0) {
                workers.execute(onWorker);
            } else {
                timer.schedule(() -> {
                    try {
                        workers.execute(onWorker);
                    } catch (RejectedExecutionException e) {
                        // shutting down: the queued request is dropped with the follower
                    }
                }, wait, TimeUnit.NANOSECONDS);
            }
        } catch (RejectedExecutionException e) {
            // shutting down: nothing more is sent
            lane.busy = false;
        }
    }
}
