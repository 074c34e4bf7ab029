package org.newsfuse.server.web;

import java.util.List;

/**
 * What the front page shows: one page of the latest stories, the search and outlet filter as given,
 * and where the previous and next pages are.
 *
 * @param query    the search as typed, or empty
 * @param outlet   the outlet filter, or empty
 * @param outlets  the outlets to choose from
 * @param stories  this page's stories, latest first
 * @param page     this page's number, from 1
 * @param previous the previous page's link, or empty on the first page
 * @param next     the next page's link, or empty on the last page
 */
public record FrontPage(String query, String outlet, List<String> outlets, List<Card> stories, int page, String previous,
                        String next) {

    public FrontPage {
        outlets = List.copyOf(outlets);
        stories = List.copyOf(stories);
    }

    /**
     * One story on the front page.
     *
     * @param href          its story page
     * @param title         its title
     * @param outlets       the outlets covering it
     * @param articles      how many articles it has
     * @param updated       its last update, for people
     * @param updatedIso    the same, ISO-8601
     * @param firstSentence the first sentence of its summary, or empty
     */
    public record Card(String href, String title, List<String> outlets, int articles, String updated, String updatedIso,
                       String firstSentence) {
        public Card {
            outlets = List.copyOf(outlets);
        }
    }
}
