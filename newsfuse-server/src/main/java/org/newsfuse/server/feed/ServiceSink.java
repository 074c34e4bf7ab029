package org.newsfuse.server.feed;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.newsfuse.server.ingest.ArticleSubmission;
import org.newsfuse.server.ingest.IngestReceipt;
import org.newsfuse.server.ingest.Ingestor;
import org.newsfuse.server.ingest.InvalidArticle;
import org.newsfuse.server.ingest.Overloaded;
import org.newsfuse.server.store.StoreException;

/**
 * Hands followed articles to the service's one ingest entry point, exactly as a posted article goes:
 * a page as {@code html} (extracted and cleaned there), the feed's own text as {@code text}. An
 * acknowledged id means committed.
 */
public final class ServiceSink implements ArticleSink {

    private final Ingestor ingestor;

    public ServiceSink(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    @Override
    public Delivery deliver(FeedArticle a) {
        ArticleSubmission submission = new ArticleSubmission(a.html() ? Optional.empty() : Optional.of(a.body()),
                a.html() ? Optional.of(a.body()) : Optional.empty(), Optional.of(a.url().toString()), a.outlet(), a.title(),
                a.published().map(p -> LocalDate.ofInstant(p, ZoneOffset.UTC)), a.authors(), "feed " + a.feedUrl());
        try {
            IngestReceipt receipt = ingestor.ingest(submission);
            return new Delivery.Accepted(Long.toString(receipt.article()));
        } catch (InvalidArticle e) {
            return new Delivery.Refused(e.getMessage());
        } catch (Overloaded e) {
            return new Delivery.Busy(Duration.ofSeconds(Math.max(1, e.retryAfterSeconds())));
        } catch (StoreException e) {
            return new Delivery.Busy(Duration.ofSeconds(5)); // nothing stored: try again at the next poll
        }
    }
}
