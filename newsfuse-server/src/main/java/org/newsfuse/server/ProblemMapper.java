package org.newsfuse.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.newsfuse.server.ingest.InvalidArticle;
import org.newsfuse.server.ingest.Overloaded;
import org.newsfuse.server.store.StoreException;

/**
 * The one place where failures become responses: every exception a handler throws, and every error
 * status Javalin produces itself (404, 405, 413), is answered as problem JSON. No stack trace and no
 * exception message from a library reaches a client; unexpected failures are counted in the metrics
 * and answered with a generic 500.
 */
public final class ProblemMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MeterRegistry metrics;

    public ProblemMapper(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** Installs the handlers. */
    public void install(RoutesConfig routes) {
        routes.exception(Exception.class, (e, ctx) -> write(ctx, problemFor(e)));
        for (int status : new int[] {404, 405, 413}) {
            routes.error(status, ctx -> {
                // a handler that already wrote a problem keeps it
                if (!"application/problem+json".equals(ctx.res().getContentType())) {
                    write(ctx, Problem.of(status, statusTitle(status), statusDetail(status, ctx)));
                }
            });
        }
    }

    Problem problemFor(Exception e) {
        if (e instanceof ProblemException p) {
            return p.problem();
        }
        if (e instanceof JsonProcessingException j) {
            return malformedJson(j);
        }
        if (e instanceof InvalidArticle a) {
            Problem p = Problem.of(422, "Unusable article", a.getMessage());
            return a.field().map(p::withField).orElse(p);
        }
        if (e instanceof Overloaded o) {
            return Problem.of(503, "Overloaded", o.getMessage()).withRetryAfter(o.retryAfterSeconds());
        }
        if (e instanceof StoreException) {
            metrics.counter("newsfuse_http_store_failures").increment();
            return Problem.of(503, "Store unavailable", "the store could not complete the request; nothing was changed")
                    .withRetryAfter(5);
        }
        if (e instanceof HttpResponseException h) {
            return Problem.of(h.getStatus(), statusTitle(h.getStatus()), statusTitle(h.getStatus()).toLowerCase(java.util.Locale.ROOT));
        }
        metrics.counter("newsfuse_http_internal_errors").increment();
        return Problem.of(500, "Internal error", "the service failed to answer this request; it has been counted (see /metrics)");
    }

    /** 400 naming the field (as a JSON path) and the line of the body where the JSON went wrong. */
    public static Problem malformedJson(JsonProcessingException e) {
        Problem p = Problem.of(400, "Malformed JSON", e.getOriginalMessage() == null ? "malformed JSON"
                : firstLine(e.getOriginalMessage()));
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            p = p.withField(path(m));
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            p = p.withLine(location.getLineNr());
        }
        return p;
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // Jackson quotes a bit of the offending input; keep the message short and free of it
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static String statusTitle(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            case 503 -> "Overloaded";
            default -> "Error";
        };
    }

    private static String statusDetail(int status, Context ctx) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 413 -> "the request body is larger than this service takes";
            default -> "error";
        };
    }

    /** Writes a problem: the body, the status and, for 429/503, {@code Retry-After}. */
    public static void write(Context ctx, Problem problem) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        problem.field().ifPresent(f -> body.put("field", f));
        problem.line().ifPresent(l -> body.put("line", l));
        problem.retryAfterSeconds().ifPresent(s -> {
            body.put("retry_after", s);
            ctx.header("Retry-After", Integer.toString(s));
        });
        ctx.status(problem.status());
        ctx.contentType("application/problem+json");
        ctx.result(body.toString());
    }

    static Optional<Integer> retryAfter(Problem p) {
        return p.retryAfterSeconds();
    }
}
