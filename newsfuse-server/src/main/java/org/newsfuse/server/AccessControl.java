package org.newsfuse.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer tokens: every route other than GET/HEAD/OPTIONS needs the write token; GET/HEAD need the read
 * token when one is set (the write token reads too). {@code /healthz} is always open, so a supervisor
 * can probe it. Tokens are compared in constant time.
 */
public final class AccessControl {

    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final byte[] writeToken;
    private final Optional<byte[]> readToken;

    public AccessControl(String writeToken, Optional<String> readToken) {
        this.writeToken = writeToken.getBytes(StandardCharsets.UTF_8);
        this.readToken = readToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws a 401 problem unless the request carries a token that allows it. */
    public void check(Context ctx) {
        if (ctx.path().equals("/healthz")) {
            return;
        }
        boolean read = READS.contains(ctx.method());
        if (read && readToken.isEmpty()) {
            return;
        }
        Optional<byte[]> presented = bearer(ctx);
        boolean allowed = presented.isPresent() && (MessageDigest.isEqual(presented.get(), writeToken)
                || read && MessageDigest.isEqual(presented.get(), readToken.get()));
        if (!allowed) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ProblemException(Problem.of(401, "Unauthorized", presented.isEmpty()
                    ? (read ? "reading needs the read token" : "writing needs the write token") + ": send 'Authorization: Bearer TOKEN'"
                    : "the bearer token is not valid for this request"));
        }
    }

    private static Optional<byte[]> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
