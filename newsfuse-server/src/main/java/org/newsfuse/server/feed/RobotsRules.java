package org.newsfuse.server.feed;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each site's robots.txt, fetched once per site (scheme, host, port) and kept for a while, parsed by
 * crawler-commons. A missing robots.txt (4xx) allows everything; a server error or an unreachable site
 * defers visits until the rules can be read (crawler-commons' reading of RFC 9309). A
 * {@code Crawl-delay} becomes the host's delay in the {@link HostPacer}.
 */
final class RobotsRules {

    private static final long MAX_ROBOTS_BYTES = 512 * 1024;
    private static final int MAX_ROBOTS_REDIRECTS = 5;

    private record Cached(CompletableFuture<BaseRobotRules> rules, long fetchedNanos) {
    }

    private final HttpGetter getter;
    private final HostPacer pacer;
    private final String robotName;
    private final Duration ttl;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    RobotsRules(HttpGetter getter, HostPacer pacer, String robotName, Duration ttl) {
        this.getter = getter;
        this.pacer = pacer;
        this.robotName = robotName;
        this.ttl = ttl;
    }

    /** The rules for the URL's site; fetched through the host's queue when not cached. */
    CompletableFuture<BaseRobotRules> rulesFor(URI url) {
        String site = site(url);
        long now = System.nanoTime();
        Cached cached = cache.compute(site, (k, old) -> {
            if (old != null && (!old.rules.isDone() || now - old.fetchedNanos < ttlFor(old))) {
                return old;
            }
            return new Cached(fetch(URI.create(site + "/robots.txt")), now);
        });
        return cached.rules;
    }

    private long ttlFor(Cached cached) {
        // rules that defer visits (server error) are asked again soon, not after the full TTL
        BaseRobotRules rules = cached.rules.getNow(null);
        if (rules != null && rules.isDeferVisits()) {
            return Math.min(ttl.toNanos(), Duration.ofMinutes(1).toNanos());
        }
        return ttl.toNanos();
    }

    static String site(URI url) {
        URI canonical = UrlCanonicalizer.canonical(url);
        return canonical.getScheme() + "://" + canonical.getRawAuthority();
    }

    private CompletableFuture<BaseRobotRules> fetch(URI robotsUrl) {
        String host = HostPacer.hostKey(robotsUrl);
        return pacer.submit(host, () -> read(robotsUrl)).thenApply(rules -> {
            if (rules.getCrawlDelay() > 0) {
                pacer.crawlDelay(host, rules.getCrawlDelay());
            }
            return rules;
        });
    }

    private BaseRobotRules read(URI robotsUrl) {
        URI url = robotsUrl;
        for (int hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
            RawResponse response;
            try {
                response = getter.get(url, Map.of("Accept", "text/plain,*/*;q=0.5"), MAX_ROBOTS_BYTES);
            } catch (FetchException e) {
                // too large or unreadable: RFC 9309 lets a crawler treat an unreachable robots.txt as "defer"
                return parser.failedFetch(e.isPassing() ? 503 : 404);
            }
            int status = response.status();
            if (status >= 300 && status < 400 && response.header("Location").isPresent()) {
                try {
                    url = url.resolve(response.header("Location").get());
                } catch (IllegalArgumentException e) {
                    return parser.failedFetch(404);
                }
                continue;
            }
            if (status == 200) {
                String type = response.header("Content-Type").orElse("text/plain");
                return parser.parseContent(url.toString(), response.body(), type, List.of(robotName));
            }
            return parser.failedFetch(status);
        }
        return parser.failedFetch(404);
    }
}
