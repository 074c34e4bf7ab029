package org.newsfuse.server.stories;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Where story changes are announced, after they are committed. Listeners run on the thread that
 * publishes (the store's writer or the refresher), so they must return quickly: hand the update to
 * a queue or an SSE client, never do I/O that can block. A listener that throws is not called again.
 */
public final class StoryUpdates {

    private final CopyOnWriteArrayList<Consumer<StoryUpdate>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Calls {@code listener} with every later update until the returned handle is closed. */
    public Subscription subscribe(Consumer<StoryUpdate> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The sequence number of the latest update (0 before the first): a cheap "anything new?" check. */
    public long sequence() {
        return sequence.get();
    }

    void articleAdded(long story, long article) {
        publish(new StoryUpdate(sequence.incrementAndGet(), story, StoryUpdate.Kind.ARTICLE_ADDED, Optional.of(article), Optional.empty()));
    }

    void versionStored(long story, int version) {
        publish(new StoryUpdate(sequence.incrementAndGet(), story, StoryUpdate.Kind.VERSION_STORED, Optional.empty(), Optional.of(version)));
    }

    /** Announces that {@code article} was committed in {@code story} (called by the ingest writer). */
    public void publishArticle(long story, long article) {
        articleAdded(story, article);
    }

    private void publish(StoryUpdate update) {
        for (Consumer<StoryUpdate> listener : listeners) {
            try {
                listener.accept(update);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }

    /** A listener's registration. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
