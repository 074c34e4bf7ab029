package org.newsfuse.server.feed;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.ingest.HtmlArticleExtractor;

/**
 * The follower's sink for tests that run without the service: extracts the page with the project's real
 * extractor and keeps the result, refusing a page with no article text as the service's ingest does.
 */
final class ExtractingSink implements ArticleSink {

    /** What was stored: the article and the text ingest would keep. */
    record Stored(String id, FeedArticle article, String text) {
    }

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final List<Stored> stored = new ArrayList<>();

    @Override
    public Delivery deliver(FeedArticle article) {
        String text = article.html() ? extractor.extract(article.body(), article.url().toString()).text() : article.body();
        if (text.isBlank()) {
            return new Delivery.Refused("no article text on the page");
        }
        synchronized (stored) {
            String id = "a" + (stored.size() + 1);
            stored.add(new Stored(id, article, text));
            return new Delivery.Accepted(id);
        }
    }

    List<Stored> stored() {
        synchronized (stored) {
            return List.copyOf(stored);
        }
    }
}
