package org.newsfuse.server.feed;

import java.time.Duration;

/**
 * Where followed articles go: in the service, the same ingest a posted article goes through. Called
 * from the follower's worker threads, so an implementation must be thread-safe. It never throws for
 * bad article content: it answers {@link Delivery.Refused} with the reason.
 */
public interface ArticleSink {

    Delivery deliver(FeedArticle article);

    /** What became of a delivered article. */
    sealed interface Delivery {
        /** Stored (committed) under this id. */
        record Accepted(String articleId) implements Delivery {
        }

        /** Not stored, for a reason about the article itself (e.g. no article text on the page). */
        record Refused(String reason) implements Delivery {
        }

        /** Not stored now because the service is busy; the follower tries again at the next poll. */
        record Busy(Duration retryAfter) implements Delivery {
        }
    }
}
