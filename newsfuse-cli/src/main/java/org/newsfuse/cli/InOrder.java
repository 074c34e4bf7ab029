package org.newsfuse.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one task per item on a few threads and hands the results on in input order, each as soon as it
 * and those before it are done; at most a few results per thread wait in memory.
 */
final class InOrder {

    /** Receives results in input order. */
    interface Sink<R> {
        void accept(R result) throws IOException;
    }

    private InOrder() {
    }

    static <T, R> void map(List<T> items, int threads, Function<T, R> task, Sink<R> sink) throws IOException {
        if (threads == 1 || items.size() <= 1) {
            for (T item : items) {
                sink.accept(task.apply(item));
            }
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, items.size()));
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int window = threads * 4;
            for (T item : items) {
                pending.add(workers.submit(() -> task.apply(item)));
                if (pending.size() >= window) {
                    sink.accept(pending.removeFirst().get());
                }
            }
            while (!pending.isEmpty()) {
                sink.accept(pending.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }
}
