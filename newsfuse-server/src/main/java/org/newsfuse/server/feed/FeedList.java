package org.newsfuse.server.feed;

import java.util.List;
import org.newsfuse.base.Diagnostic;

/**
 * The feeds read from a feed list file, and a diagnostic for every entry that could not be used.
 */
public record FeedList(List<FeedSubscription> feeds, List<Diagnostic> diagnostics) {

    public FeedList {
        feeds = List.copyOf(feeds);
        diagnostics = List.copyOf(diagnostics);
    }
}
