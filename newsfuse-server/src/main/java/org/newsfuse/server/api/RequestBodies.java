package org.newsfuse.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.newsfuse.server.Problem;
import org.newsfuse.server.ProblemException;

/** Reads request bodies up to a limit: a larger body is a 413, whether or not it announced its length. */
final class RequestBodies {

    private RequestBodies() {
    }

    static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, "Bad request", "the request body could not be read"));
        }
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.of(413, "Content too large", "the request body is larger than " + limit
                + " bytes; send fewer articles per request, or use /api/articles/batch"));
    }
}
