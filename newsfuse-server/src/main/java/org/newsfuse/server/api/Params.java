package org.newsfuse.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.newsfuse.server.ProblemException;

/** Query and path parameters, parsed and checked at the edge; a bad one is a 400 naming it. */
final class Params {

    static final int DEFAULT_LIMIT = 20;

    private Params() {
    }

    /** A positive id from the path. */
    static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(name, name + " must be a positive whole number");
    }

    static int offset(Context ctx) {
        return integer(ctx, "offset", 0, 0, 10_000_000);
    }

    static int limit(Context ctx) {
        return integer(ctx, "limit", DEFAULT_LIMIT, 1, 100);
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(name, name + " must be a whole number from " + min + " to " + max);
    }

    static Optional<String> text(Context ctx, String name, int maxLength) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (raw.length() > maxLength) {
            throw ProblemException.badRequest(name, name + " is longer than " + maxLength + " characters");
        }
        return Optional.of(raw.strip());
    }

    /** An ISO date ({@code 2026-11-29}, from its start in UTC) or instant ({@code 2026-11-29T10:00:00Z}). */
    static Optional<Instant> since(Context ctx) {
        Optional<String> raw = text(ctx, "since", 40);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(raw.get().length() == 10 ? LocalDate.parse(raw.get()).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(raw.get()));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("since", "since must be an ISO date (2026-11-29) or instant (2026-11-29T10:00:00Z)");
        }
    }
}
