package org.newsfuse.server.feed;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * One HTTP response as read within the limits: status, headers and the body, already un-gzipped.
 */
record RawResponse(URI url, int status, HttpHeaders headers, byte[] body) {

    Optional<String> header(String name) {
        return headers.firstValue(name).map(String::strip).filter(s -> !s.isEmpty());
    }
}
