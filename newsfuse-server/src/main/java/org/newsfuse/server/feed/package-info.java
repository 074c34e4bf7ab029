/**
 * Following outlets' RSS and Atom feeds: reads a list of feeds (OPML or one URL a line), polls each
 * feed politely (robots.txt, a minimum delay per host, conditional GET, backoff with jitter, a poll
 * interval that adapts to how often the feed publishes), fetches each new item's page within strict
 * limits (timeouts, size, redirects, content type, charset) and hands it to an {@link
 * org.newsfuse.server.feed.ArticleSink}, which ingests it like a posted article. The feed's own item
 * text is the fallback when the page cannot be read. Consumes feed URLs; produces articles and, for
 * every feed, visible state (last fetch, last error, item counts, next poll) and, for every item that
 * could not be ingested, a recorded reason. Guarantees: an item is handed on at most once (keys by
 * canonical URL and GUID, across feeds), no host is asked faster than its delay, and no fault of a
 * remote host stops the follower.
 */
package org.newsfuse.server.feed;
