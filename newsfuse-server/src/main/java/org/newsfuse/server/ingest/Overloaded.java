package org.newsfuse.server.ingest;

/**
 * The service cannot take the article now (its queue is full, or it is shutting down); nothing was
 * stored. Try again after {@code retryAfterSeconds}.
 */
public final class Overloaded extends RuntimeException {

    private final int retryAfterSeconds;

    public Overloaded(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
