package org.newsfuse.server.store;

/**
 * A span of an article's text cleaned away as not article text.
 *
 * @param start  first UTF-16 offset into the article's text
 * @param end    offset after the last, half-open
 * @param reason {@code title}, {@code byline}, {@code caption}, ... as in the CLI's JSON
 * @param detail what the rule saw, for people
 */
public record RemovedSpan(int start, int end, String reason, String detail) {
}
