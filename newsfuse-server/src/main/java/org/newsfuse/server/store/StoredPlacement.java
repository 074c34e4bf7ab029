package org.newsfuse.server.store;

/**
 * The outcome of storing one article.
 *
 * @param article   its id
 * @param story     its story
 * @param duplicate true when the same article (same URL, or same content) was already stored: nothing new
 *                  was written and {@code article} is the earlier one
 */
public record StoredPlacement(long article, long story, boolean duplicate) {
}
