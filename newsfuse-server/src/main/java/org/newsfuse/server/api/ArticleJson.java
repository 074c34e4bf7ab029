package org.newsfuse.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.newsfuse.server.ProblemException;
import org.newsfuse.server.ingest.ArticleSubmission;

/**
 * One article as JSON: {@code text} or {@code html}, and optional {@code url}, {@code outlet},
 * {@code title}, {@code date} ({@code YYYY-MM-DD}, or an ISO date-time whose date is taken) and
 * {@code authors} (a list, or one name). Other fields are ignored. Bound by Jackson, so a value of the
 * wrong type is reported with its field path and line.
 */
record ArticleJson(String text, String html, String url, String outlet, String title, String date, List<String> authors) {

    static final ObjectReader ONE = ApiJson.MAPPER.readerFor(ArticleJson.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final ObjectReader MANY = ApiJson.MAPPER.readerFor(ArticleJson[].class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Parses a body that holds one article or an array of them. */
    static List<ArticleJson> parse(byte[] body) throws JsonProcessingException {
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i == body.length) {
            throw ProblemException.badRequest(null, "the body is empty: send one JSON article or an array of them");
        }
        try {
            if (body[i] == '[') {
                return List.of(orThrow(MANY.readValue(body)));
            }
            return List.of(orThrowOne(ONE.readValue(body)));
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest(null, "the body could not be read as JSON");
        }
    }

    private static ArticleJson[] orThrow(ArticleJson[] values) {
        for (ArticleJson v : values) {
            if (v == null) {
                throw ProblemException.badRequest(null, "an array item is null: each must be an article object");
            }
        }
        return values;
    }

    private static ArticleJson orThrowOne(ArticleJson value) {
        if (value == null) {
            throw ProblemException.badRequest(null, "the body is null: send one JSON article or an array of them");
        }
        return value;
    }

    /**
     * The submission, or a 400 naming the field ({@code prefix} locates the article in the body, e.g.
     * {@code [3].}).
     */
    ArticleSubmission toSubmission(String prefix, String origin) {
        boolean hasText = text != null && !text.isBlank();
        boolean hasHtml = html != null && !html.isBlank();
        if (hasText == hasHtml) {
            throw ProblemException.badRequest(prefix + (hasText ? "html" : "text"),
                    hasText ? "send text or html, not both" : "an article needs text or html");
        }
        Optional<LocalDate> published = Optional.empty();
        if (date != null && !date.isBlank()) {
            String d = date.strip();
            try {
                published = Optional.of(LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d));
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest(prefix + "date", "date must be YYYY-MM-DD (or an ISO date-time)");
            }
        }
        for (String field : new String[] {"url", "outlet", "title"}) {
            String value = switch (field) {
                case "url" -> url;
                case "outlet" -> outlet;
                default -> title;
            };
            if (value != null && value.length() > 2000) {
                throw ProblemException.badRequest(prefix + field, field + " is longer than 2000 characters");
            }
        }
        List<String> names = authors == null ? List.of() : authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        if (names.size() > 100) {
            throw ProblemException.badRequest(prefix + "authors", "more than 100 authors");
        }
        return new ArticleSubmission(hasText ? Optional.of(text) : Optional.empty(), hasHtml ? Optional.of(html) : Optional.empty(),
                Optional.ofNullable(url), Optional.ofNullable(outlet), Optional.ofNullable(title), published, names, origin);
    }
}
