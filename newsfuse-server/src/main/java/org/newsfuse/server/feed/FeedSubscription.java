package org.newsfuse.server.feed;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed to follow, as the user named it.
 *
 * @param url    the feed's address (http or https)
 * @param outlet the outlet whose articles the feed lists, when the user named it; otherwise the feed's
 *               own title is used
 */
public record FeedSubscription(URI url, Optional<String> outlet) {

    public FeedSubscription {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outlet, "outlet");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("a feed URL must be http or https with a host, got " + url);
        }
        outlet = outlet.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Parses a URL a user typed, or explains why it is not one.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static FeedSubscription parse(String url, Optional<String> outlet) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        return new FeedSubscription(uri, outlet);
    }
}
