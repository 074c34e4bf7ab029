package org.newsfuse.server.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the pages read from the service's store, and nothing more. The service implements it over its
 * store; the pages never write.
 */
public interface PageSource {

    /**
     * One page of the latest stories, most recently updated first.
     *
     * @param query  full-text search over titles and text, or empty for all stories
     * @param outlet only stories with an article from this outlet, or empty for all
     * @param offset how many stories to skip
     * @param limit  how many to return at most
     */
    List<Listed> latest(String query, String outlet, int offset, int limit);

    /** The outlets of all stored articles, for the outlet filter, in name order. */
    List<String> outlets();

    /** The latest version of a story. */
    Optional<StoryContent> findStory(String storyId);

    /** The latest version number of a story, cheaply, for live updates. */
    Optional<Integer> findVersion(String storyId);

    /** A stored article (with its original text and removed spans) and the story it belongs to. */
    Optional<Stored> findArticle(String articleId);

    /** A story as the front page lists it. */
    record Listed(String id, String title, List<String> outlets, int articles, Instant updated, String firstSentence) {
        public Listed {
            outlets = List.copyOf(outlets);
        }
    }

    /** An article and its story (empty ids when it has not been grouped yet). */
    record Stored(ArticleText article, String storyId, String storyTitle) {
    }
}
