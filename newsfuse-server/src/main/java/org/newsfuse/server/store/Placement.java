package org.newsfuse.server.store;

import java.util.Optional;

/**
 * Where the grouping put an article: its story (a new one when the story does not exist yet) and
 * the earlier article it copies, if any.
 */
public record Placement(long story, Optional<Long> copyOf) {
}
