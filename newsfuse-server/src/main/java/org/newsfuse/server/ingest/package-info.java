/**
 * Articles in: {@link org.newsfuse.server.ingest.Ingestor} is the one entry point that the HTTP API,
 * {@code newsfuse import} and the feed follower call. An article is read (a web page is extracted),
 * cleaned, queued on a bounded queue, stored and placed in a story by one writer in one transaction,
 * and acknowledged only after that transaction committed.
 */
package org.newsfuse.server.ingest;
