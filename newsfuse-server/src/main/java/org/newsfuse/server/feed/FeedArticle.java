package org.newsfuse.server.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article found through a feed, ready to be ingested like a posted one.
 *
 * @param url       the page's address (after redirects, tracking parameters removed)
 * @param outlet    the outlet, as the user named the feed or as the feed names itself
 * @param title     the item's headline
 * @param published the item's date
 * @param authors   the item's authors
 * @param body      the page's HTML (decoded), or the feed's own item text
 * @param html      true when {@code body} is a page's HTML, false when it is plain text
 * @param feedUrl   the feed that listed it
 */
public record FeedArticle(URI url, Optional<String> outlet, Optional<String> title, Optional<Instant> published,
                          List<String> authors, String body, boolean html, URI feedUrl) {

    public FeedArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        authors = List.copyOf(authors);
    }
}
