package org.newsfuse.server.feed;

import java.time.Instant;

/**
 * A feed item whose page could not be read, and why: either it was ingested from the feed's own text
 * instead, or it was given up.
 *
 * @param feedId the feed that listed it
 * @param item   the item's link, or its GUID when it has no link
 * @param title  the item's headline, or empty
 * @param reason  what went wrong, for a person
 * @param outcome what became of the item: {@link #FROM_FEED_TEXT} or {@link #GIVEN_UP}
 * @param at     when it was given up
 */
public record ItemFailure(long feedId, String item, String title, String reason, String outcome, Instant at) {

    public static final String FROM_FEED_TEXT = "ingested from the feed's own text";
    public static final String GIVEN_UP = "given up";
}
