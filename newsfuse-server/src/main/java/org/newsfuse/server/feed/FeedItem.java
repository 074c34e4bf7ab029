package org.newsfuse.server.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One item of a feed as the feed describes it.
 *
 * @param guid      the item's id in the feed (RSS guid, Atom id), when it has one
 * @param link      the article's page, tracking parameters removed
 * @param title     the headline
 * @param published when the feed says it was published (or last updated)
 * @param authors   the authors the feed names
 * @param text      the item's own text (content, else summary or description) as plain text; the
 *                  fallback when the page cannot be read
 */
public record FeedItem(Optional<String> guid, Optional<URI> link, Optional<String> title, Optional<Instant> published,
                       List<String> authors, String text) {

    public FeedItem {
        authors = List.copyOf(authors);
        text = text == null ? "" : text;
    }
}
