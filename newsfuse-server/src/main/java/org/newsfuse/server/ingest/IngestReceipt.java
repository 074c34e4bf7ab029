package org.newsfuse.server.ingest;

/**
 * An acknowledgement: the article is committed to the store.
 *
 * @param article   its id
 * @param story     the story it was placed in
 * @param duplicate it had been stored before (same URL, or same title, outlet and text); nothing was added
 */
public record IngestReceipt(long article, long story, boolean duplicate) {
}
