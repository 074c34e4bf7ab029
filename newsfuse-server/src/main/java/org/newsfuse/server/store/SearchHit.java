package org.newsfuse.server.store;

import java.util.Optional;

/**
 * An article that matches a full-text search.
 *
 * @param snippet a short plain-text extract around the match (untrusted text: escape it to show it)
 */
public record SearchHit(long article, long story, Optional<String> title, Optional<String> outlet, String snippet, double rank) {
}
