package org.newsfuse.server.stories;

import java.util.Optional;

/**
 * A story changed.
 *
 * @param sequence increases by one with every update the service publishes, across all stories
 * @param story    the story
 * @param kind     an article joined it, or a new version of it was stored
 * @param article  the article that joined, for {@code ARTICLE_ADDED}
 * @param version  the version stored, for {@code VERSION_STORED}
 */
public record StoryUpdate(long sequence, long story, Kind kind, Optional<Long> article, Optional<Integer> version) {

    public enum Kind {
        ARTICLE_ADDED, VERSION_STORED
    }
}
