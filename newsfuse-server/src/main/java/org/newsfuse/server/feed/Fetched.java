package org.newsfuse.server.feed;

import java.net.URI;
import java.util.Optional;

/**
 * A document fetched through the polite fetcher: the URL it was finally read from (after redirects),
 * its body (un-gzipped), content type and validators for the next conditional GET. {@code notModified}
 * is true when the server answered 304 to a conditional GET; the body is then empty.
 */
record Fetched(URI url, boolean notModified, byte[] body, Optional<String> contentType, Optional<String> etag,
               Optional<String> lastModified, int redirects) {
}
