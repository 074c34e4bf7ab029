package org.newsfuse.server.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Fetches a feed or a page the polite way: asks robots.txt first, goes through the host's queue, sends
 * the validators of the last fetch, follows at most {@code maxRedirects} redirects itself (each hop
 * asks robots.txt and its own host's queue again; a URL seen twice is a loop), and checks the content
 * type. A 429 or 503 with {@code Retry-After} pauses the whole host. Failures complete the future with
 * a {@link FetchException} that says what went wrong.
 */
final class PoliteFetcher {

    /** What is being fetched decides the accepted content types and the size limit. */
    enum Purpose { FEED, PAGE }

    private final HttpGetter getter;
    private final HostPacer pacer;
    private final RobotsRules robots;
    private final FollowerSettings settings;

    PoliteFetcher(HttpGetter getter, HostPacer pacer, RobotsRules robots, FollowerSettings settings) {
        this.getter = getter;
        this.pacer = pacer;
        this.robots = robots;
        this.settings = settings;
    }

    /**
     * Fetches {@code url}; {@code etag} and {@code lastModified} (from the last fetch) make it a
     * conditional GET.
     */
    CompletableFuture<Fetched> fetch(URI url, Purpose purpose, Optional<String> etag, Optional<String> lastModified) {
        return hop(url, purpose, etag, lastModified, new ArrayList<>());
    }

    private CompletableFuture<Fetched> hop(URI url, Purpose purpose, Optional<String> etag, Optional<String> lastModified,
                                           List<URI> visited) {
        URI canonical = UrlCanonicalizer.canonical(url);
        if (visited.stream().anyMatch(v -> UrlCanonicalizer.canonical(v).equals(canonical))) {
            return failed(FetchException.lasting("redirect loop: " + chain(visited) + " -> " + url));
        }
        if (visited.size() > settings.maxRedirects()) {
            return failed(FetchException.lasting("more than " + settings.maxRedirects() + " redirects: " + chain(visited) + " -> " + url));
        }
        visited.add(url);
        String host = HostPacer.hostKey(url);
        return robots.rulesFor(url).thenCompose(rules -> {
            if (rules.isDeferVisits()) {
                return failed(FetchException.passing("robots.txt of " + RobotsRules.site(url) + " could not be read; visits deferred"));
            }
            if (!rules.isAllowed(url.toString())) {
                return failed(FetchException.lasting("robots.txt disallows " + (url.getRawPath() == null ? "/" : url.getRawPath())));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", purpose == Purpose.FEED
                    ? "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
                    : "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5");
            etag.ifPresent(v -> headers.put("If-None-Match", v));
            lastModified.ifPresent(v -> headers.put("If-Modified-Since", v));
            long limit = purpose == Purpose.FEED ? settings.maxFeedBytes() : settings.maxPageBytes();
            return pacer.submit(host, () -> {
                RawResponse response = getter.get(url, headers, limit);
                if (response.status() == 429 || response.status() == 503) {
                    // paused before the lane is released, so the host's next queued request already waits
                    response.header("Retry-After").flatMap(PoliteFetcher::retryAfter).ifPresent(w -> pacer.pause(host, w));
                }
                return response;
            });
        }).thenCompose(response -> {
            int status = response.status();
            if (status == 304 && (etag.isPresent() || lastModified.isPresent())) {
                return CompletableFuture.completedFuture(new Fetched(url, true, new byte[0], Optional.empty(), etag, lastModified,
                        visited.size() - 1));
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                Optional<String> location = response.header("Location");
                if (location.isEmpty()) {
                    return failed(FetchException.lasting("HTTP " + status + " redirect without a Location"));
                }
                URI next;
                try {
                    next = url.resolve(location.get().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    return failed(FetchException.lasting("HTTP " + status + " redirect to an invalid Location"));
                }
                String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    return failed(FetchException.lasting("redirect to a non-HTTP address: " + scheme));
                }
                return hop(next, purpose, etag, lastModified, visited);
            }
            if (status == 429 || status == 503) {
                Optional<Duration> wait = response.header("Retry-After").flatMap(PoliteFetcher::retryAfter);
                return failed(new FetchException("HTTP " + status + (wait.map(w -> ", Retry-After " + w.toSeconds() + " s").orElse("")),
                        true, wait.orElse(null)));
            }
            if (status >= 500 || status == 408) {
                return failed(FetchException.passing("HTTP " + status));
            }
            if (status != 200 && status != 203) {
                return failed(FetchException.lasting("HTTP " + status));
            }
            Optional<String> type = response.header("Content-Type");
            Optional<String> problem = contentTypeProblem(type, purpose);
            if (problem.isPresent()) {
                return failed(FetchException.lasting(problem.get()));
            }
            return CompletableFuture.completedFuture(new Fetched(url, false, response.body(), type, response.header("ETag"),
                    response.header("Last-Modified"), visited.size() - 1));
        });
    }

    private static Optional<String> contentTypeProblem(Optional<String> header, Purpose purpose) {
        if (header.isEmpty()) {
            return Optional.empty(); // sniffed later: the page decoder and the feed parser check the bytes
        }
        String mime = header.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (purpose == Purpose.PAGE) {
            if (mime.equals("text/html") || mime.equals("application/xhtml+xml") || mime.equals("text/plain")) {
                return Optional.empty();
            }
            return Optional.of("content type " + mime + " is not a web page");
        }
        if (mime.contains("xml") || mime.startsWith("text/") || mime.equals("application/json") || mime.equals("application/feed+json")) {
            return Optional.empty();
        }
        return Optional.of("content type " + mime + " is not a feed");
    }

    /** A Retry-After value: seconds, or an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(Instant.now(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String chain(List<URI> visited) {
        StringBuilder out = new StringBuilder();
        for (URI v : visited) {
            if (out.length() > 0) {
                out.append(" -> ");
            }
            out.append(v.getRawPath() == null || v.getRawPath().isEmpty() ? v : v.getRawPath());
        }
        return out.toString();
    }

    private static <T> CompletableFuture<T> failed(FetchException e) {
        return CompletableFuture.failedFuture(e);
    }

    /** The fetch exception behind a failed future, or a passing one describing an unexpected error. */
    static FetchException cause(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof java.util.concurrent.ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof FetchException f) {
            return f;
        }
        return FetchException.passing("unexpected error: " + c.getClass().getSimpleName()
                + (c.getMessage() == null ? "" : ": " + c.getMessage().lines().findFirst().orElse("")));
    }
}
