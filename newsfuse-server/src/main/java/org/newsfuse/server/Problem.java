package org.newsfuse.server;

import java.util.Optional;

/**
 * An error answered as {@code application/problem+json} (RFC 9457). The detail is written for the
 * client, never a stack trace, never article text.
 *
 * @param status            the HTTP status
 * @param title             short, the same for every problem of its kind
 * @param detail            what happened here
 * @param field             the request field at fault, when one is
 * @param line              the request body line at fault, when known
 * @param retryAfterSeconds for 429 and 503: when to try again
 */
public record Problem(int status, String title, String detail, Optional<String> field, Optional<Integer> line,
                      Optional<Integer> retryAfterSeconds) {

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Problem withField(String value) {
        return new Problem(status, title, detail, Optional.ofNullable(value), line, retryAfterSeconds);
    }

    public Problem withLine(int value) {
        return new Problem(status, title, detail, field, Optional.of(value), retryAfterSeconds);
    }

    public Problem withRetryAfter(int seconds) {
        return new Problem(status, title, detail, field, line, Optional.of(seconds));
    }
}
