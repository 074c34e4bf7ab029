package org.newsfuse.server.ingest;

import java.util.Optional;

/**
 * An article the service did not take, and why.
 *
 * @param field the request field at fault, when one is
 */
public record IngestRejected(String origin, Optional<String> field, String message) {
}
