package org.newsfuse.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.newsfuse.server.feed.Fixtures.feedText;
import static org.newsfuse.server.feed.Fixtures.item;
import static org.newsfuse.server.feed.Fixtures.page;
import static org.newsfuse.server.feed.Fixtures.rss;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The follower against real HTTP servers on loopback addresses, one per fictional outlet, serving good
 * feeds and pages next to every fault the issue names. Asserts that every good item is ingested
 * exactly once, every bad one is recorded with its reason, the follower keeps running, and each
 * host's delay holds as measured on the server.
 */
class FeedFollowerTest {

    private static final long HOST_DELAY_MILLIS = 150;

    static FollowerSettings testSettings() {
        return FollowerSettings.defaults()
                .withMinHostDelay(Duration.ofMillis(HOST_DELAY_MILLIS))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(3000))
                .withMaxPageBytes(1024 * 1024)
                .withPolling(Duration.ofMillis(400), Duration.ofMillis(400), Duration.ofMillis(800))
                .withBackoff(Duration.ofMillis(300), Duration.ofSeconds(1))
                .withItemAttempts(2)
                .withWorkerThreads(6);
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void followsGoodItemsOnceAndRecordsEveryFault() throws Exception {
        try (LoopbackSite a = new LoopbackSite("127.0.0.1");
             LoopbackSite b = new LoopbackSite("127.0.0.2");
             LoopbackSite c = new LoopbackSite("127.0.0.3");
             LoopbackSite d = new LoopbackSite("127.0.0.4");
             LoopbackSite e = new LoopbackSite("127.0.0.5")) {
            // --- outlet A: good pages next to every page fault
            a.route("/robots.txt", LoopbackSite.text("text/plain", "User-agent: *\nDisallow: /private/\n"));
            a.route("/a/1.html", LoopbackSite.text("text/html", page("Ferry timetable changes approved", "utf-8", "The ferry timetable")));
            a.route("/a/2.html", LoopbackSite.text("text/html; charset=utf-8", page("Harbour lights to be replaced", null, "The harbour lights")));
            a.route("/a/gone.html", LoopbackSite.status(404));
            a.route("/a/vanished.html", LoopbackSite.status(410));
            a.route("/a/broken.html", LoopbackSite.status(500));
            a.route("/private/secret.html", LoopbackSite.text("text/html", page("Never fetched", null, "A private page")));
            a.route("/loop/a", LoopbackSite.redirect(302, "/loop/b"));
            a.route("/loop/b", LoopbackSite.redirect(302, "/loop/a"));
            for (int i = 1; i <= 7; i++) {
                a.route("/chain/" + i, LoopbackSite.redirect(301, "/chain/" + (i + 1)));
            }
            a.route("/big.html", a.huge(50L * 1024 * 1024));
            a.route("/bomb.html", LoopbackSite.gzipBomb(64L * 1024 * 1024));
            a.route("/stall.html", LoopbackSite.neverFinishes(8000));
            a.route("/busy.html", (ex, hit) -> {
                if (hit == 1) {
                    ex.getResponseHeaders().set("Retry-After", "1");
                    ex.sendResponseHeaders(429, -1);
                } else {
                    LoopbackSite.text("text/html", page("Fish market reopens", null, "The fish market")).respond(ex, hit);
                }
            });
            a.route("/moved.html", LoopbackSite.redirect(301, "/a/12.html"));
            a.route("/a/12.html", LoopbackSite.text("text/html", page("Lighthouse keeper retires", null, "The lighthouse keeper")));
            a.route("/image.png", LoopbackSite.text("image/png", "\u0089PNG not really"));
            String base = a.url("").toString();
            a.route("/news.rss", LoopbackSite.text("application/rss+xml", rss("utf-8", "Coastline Daily",
                    item("Ferry timetable", base + "/a/1.html", "a1", feedText("Ferry"), 1),
                    item("Harbour lights", base + "/a/2.html?utm_source=rss&utm_medium=feed&id=2", "a2", null, 2),
                    item("Gone page", base + "/a/gone.html", "a3", feedText("The gone page"), 3),
                    item("Vanished page", base + "/a/vanished.html", "a4", null, 4),
                    item("Broken page", base + "/a/broken.html", "a5", feedText("The broken page"), 5),
                    item("Private page", base + "/private/secret.html", "a6", feedText("The private page"), 6),
                    item("Loop page", base + "/loop/a", "a7", feedText("The loop page"), 7),
                    item("Big page", base + "/big.html", "a8", feedText("The big page"), 8),
                    item("Bomb page", base + "/bomb.html", "a9", feedText("The bomb page"), 9),
                    item("Stalled page", base + "/stall.html", "a10", feedText("The stalled page"), 10),
                    item("Busy page", base + "/busy.html", "a11", null, 11),
                    item("Moved page", base + "/moved.html", "a12", null, 12),
                    item("Chain page", base + "/chain/1", "a13", null, 13),
                    item("Image", base + "/image.png", "a14", feedText("The image item"), 14))));

            // --- outlet B: an ISO-8859-1 feed and pages, and one item that is outlet A's article again
            String latinPage = page("Café Müller wins the harbour contract", null, "Café Müller");
            b.route("/b/cafe.html", LoopbackSite.text("text/html; charset=ISO-8859-1", latinPage, StandardCharsets.ISO_8859_1));
            b.route("/b/meta.html", LoopbackSite.text("text/html", page("Zoë Laurent elected harbour master", "iso-8859-1", "Zoë Laurent"),
                    StandardCharsets.ISO_8859_1));
            String bBase = b.url("").toString();
            b.route("/latin.rss", LoopbackSite.text("application/rss+xml", rss("ISO-8859-1", "Le Courrier d'Été",
                    item("Café Müller", bBase + "/b/cafe.html", "b1", null, 1),
                    item("Zoë Laurent", bBase + "/b/meta.html", "b2", null, 2),
                    item("Ferry timetable (copy)", base + "/a/1.html?utm_campaign=partner", "b3", null, 3)), StandardCharsets.ISO_8859_1));

            // --- outlet C: a feed that changes its GUIDs on every fetch, and a feed with an ETag
            String cBase = c.url("").toString();
            c.route("/c/1.html", LoopbackSite.text("text/html", page("Ledger one", null, "The first ledger story")));
            c.route("/c/2.html", LoopbackSite.text("text/html", page("Ledger two", null, "The second ledger story")));
            c.route("/c/3.html", LoopbackSite.text("text/html", page("Ledger three", null, "The third ledger story")));
            c.route("/changing.atom", (ex, hit) -> LoopbackSite.text("application/atom+xml",
                    Fixtures.atomWithChangingIds(hit, cBase + "/c/1.html", cBase + "/c/2.html")).respond(ex, hit));
            c.route("/etag.rss", (ex, hit) -> {
                if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.getResponseHeaders().set("ETag", "\"v1\"");
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                LoopbackSite.text("application/rss+xml", rss("utf-8", "Ledger Extra", item("Ledger three", cBase + "/c/3.html", "c3", null, 1)))
                        .respond(ex, hit);
            });

            // --- outlet D: feeds that fail
            d.route("/malformed.rss", LoopbackSite.text("application/rss+xml",
                    "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken\n<item><title>Never closed</item></channel></rss>"));
            d.route("/down.rss", LoopbackSite.status(500));
            d.route("/limited.rss", (ex, hit) -> {
                ex.getResponseHeaders().set("Retry-After", "3");
                ex.sendResponseHeaders(429, -1);
            });

            // --- outlet E: a host that answers slowly
            e.delay(400);
            String eBase = e.url("").toString();
            e.route("/e/1.html", LoopbackSite.text("text/html", page("Slow news one", null, "The slow tide")));
            e.route("/e/2.html", LoopbackSite.text("text/html", page("Slow news two", null, "The slow crane")));
            e.route("/slow.rss", LoopbackSite.text("application/rss+xml", rss("utf-8", "Tidewater Weekly",
                    item("Slow one", eBase + "/e/1.html", "e1", null, 1), item("Slow two", eBase + "/e/2.html", "e2", null, 30))));

            ExtractingSink sink = new ExtractingSink();
            MemoryFeedStore store = new MemoryFeedStore();
            try (FeedFollower follower = new FeedFollower(testSettings(), store, sink)) {
                follower.start();
                FeedState news = follower.follow(new FeedSubscription(a.url("/news.rss"), Optional.of("Coastline Daily")));
                FeedState latin = follower.follow(new FeedSubscription(b.url("/latin.rss"), Optional.empty()));
                FeedState changing = follower.follow(new FeedSubscription(c.url("/changing.atom"), Optional.empty()));
                FeedState etag = follower.follow(new FeedSubscription(c.url("/etag.rss"), Optional.empty()));
                FeedState malformed = follower.follow(new FeedSubscription(d.url("/malformed.rss"), Optional.empty()));
                FeedState down = follower.follow(new FeedSubscription(d.url("/down.rss"), Optional.empty()));
                FeedState limited = follower.follow(new FeedSubscription(d.url("/limited.rss"), Optional.empty()));
                FeedState slow = follower.follow(new FeedSubscription(e.url("/slow.rss"), Optional.empty()));

                // 11 from pages, 8 from feed text, 2 given up, 1 duplicate = 22 items handled
                awaitTrue("all items handled", () -> handled(follower) == 22
                        && follower.feed(news.id()).orElseThrow().itemsPending() == 0
                        && follower.feed(changing.id()).orElseThrow().polls() >= 3
                        && follower.feed(etag.id()).orElseThrow().polls() >= 2,
                        () -> follower.feeds().stream().map(FeedState::toString).collect(Collectors.joining("\n")) + "\nstored "
                                + sink.stored().stream().map(s -> s.article().url().getPath()).toList());

                Map<String, Long> byUrl = sink.stored().stream()
                        .collect(Collectors.groupingBy(s -> s.article().url().getPath(), Collectors.counting()));
                assertEquals(19, sink.stored().size(), () -> "stored: " + byUrl);
                byUrl.forEach((url, n) -> assertEquals(1L, n, url + " ingested " + n + " times"));
                for (String path : List.of("/a/1.html", "/a/2.html", "/busy.html", "/a/12.html", "/b/cafe.html", "/b/meta.html",
                        "/c/1.html", "/c/2.html", "/c/3.html", "/e/1.html", "/e/2.html")) {
                    ExtractingSink.Stored s = storedAt(sink, path);
                    assertTrue(s.article().html(), path + " should come from its page");
                }
                for (String path : List.of("/a/gone.html", "/a/broken.html", "/private/secret.html", "/loop/a", "/big.html", "/bomb.html",
                        "/stall.html", "/image.png")) {
                    ExtractingSink.Stored s = storedAt(sink, path);
                    assertTrue(!s.article().html() && s.text().contains("was reported by the feed itself"), path + " should come from the feed text");
                }
                // tracking parameters removed, meaningful ones kept
                assertEquals("id=2", storedAt(sink, "/a/2.html").article().url().getQuery());
                assertEquals("id=2", a.hits("/a/2.html").get(0).query());
                // charsets: header, <meta>, XML declaration
                assertTrue(storedAt(sink, "/b/cafe.html").text().contains("Café Müller drew a crowd"));
                assertTrue(storedAt(sink, "/b/meta.html").text().contains("Zoë Laurent drew a crowd"));
                assertEquals(Optional.of("Le Courrier d'Été"), follower.feed(latin.id()).orElseThrow().title());
                assertEquals(Optional.of("Le Courrier d'Été"), storedAt(sink, "/b/cafe.html").article().outlet());
                assertEquals(Optional.of("Coastline Daily"), storedAt(sink, "/a/2.html").article().outlet());

                // every bad item recorded with its reason
                Map<String, ItemFailure> failures = new java.util.HashMap<>();
                for (FeedState f : follower.feeds()) {
                    for (ItemFailure failure : follower.failures(f.id())) {
                        failures.put(java.net.URI.create(failure.item()).getPath(), failure);
                    }
                }
                assertReason(failures, "/a/gone.html", "page: HTTP 404", ItemFailure.FROM_FEED_TEXT);
                assertReason(failures, "/a/vanished.html", "page: HTTP 410; the feed has no text for the item", ItemFailure.GIVEN_UP);
                assertReason(failures, "/a/broken.html", "page: HTTP 500", ItemFailure.FROM_FEED_TEXT);
                assertReason(failures, "/private/secret.html", "page: robots.txt disallows /private/secret.html", ItemFailure.FROM_FEED_TEXT);
                assertReason(failures, "/loop/a", "page: redirect loop: /loop/a -> /loop/b -> ", ItemFailure.FROM_FEED_TEXT);
                assertReason(failures, "/big.html", "page: body is over the 1048576-byte limit", ItemFailure.FROM_FEED_TEXT);
                assertReason(failures, "/bomb.html", "page: gzip body unpacks to more than the 1048576-byte limit", ItemFailure.FROM_FEED_TEXT);
                assertReason(failures, "/stall.html", "page: response not finished within 3000 ms", ItemFailure.FROM_FEED_TEXT);
                assertReason(failures, "/chain/1", "page: more than 5 redirects", ItemFailure.GIVEN_UP);
                assertReason(failures, "/image.png", "page: content type image/png is not a web page", ItemFailure.FROM_FEED_TEXT);
                assertEquals(10, failures.size(), () -> "failures: " + failures.keySet());

                // counts in the visible state
                FeedState n = follower.feed(news.id()).orElseThrow();
                assertEquals(14, n.itemsInFeed());
                FeedState l = follower.feed(latin.id()).orElseThrow();
                // the article both A and B list is credited to whichever feed reached it first
                assertEquals(6, n.itemsIngested() + l.itemsIngested(), n + "\n" + l);
                assertEquals(8, n.itemsFromFeedText(), n::toString);
                assertEquals(2, n.itemsFailed());
                assertEquals(1, n.itemsDuplicate() + l.itemsDuplicate());
                assertEquals(Optional.of("Coastline Daily"), n.outlet());
                assertTrue(n.nextPoll().orElseThrow().isAfter(n.lastFetch().orElseThrow()));

                // feed faults are the feed's state, with reasons
                awaitTrue("failing feeds polled", () -> follower.feed(down.id()).orElseThrow().consecutiveErrors() >= 2
                        && follower.feed(malformed.id()).orElseThrow().polls() >= 1 && follower.feed(limited.id()).orElseThrow().polls() >= 1);
                FeedState m = follower.feed(malformed.id()).orElseThrow();
                assertEquals(Optional.of("error"), m.lastStatus());
                assertTrue(m.lastError().orElseThrow().startsWith("malformed feed at line"), m.lastError()::toString);
                FeedState dn = follower.feed(down.id()).orElseThrow();
                assertEquals(Optional.of("HTTP 500"), dn.lastError());
                FeedState lim = follower.feed(limited.id()).orElseThrow();
                assertEquals(Optional.of("HTTP 429, Retry-After 3 s"), lim.lastError());
                assertTrue(Duration.between(lim.lastFetch().orElseThrow(), lim.nextPoll().orElseThrow()).toMillis() >= 2900,
                        "the next poll waits for Retry-After: " + lim);

                // conditional GET: the second fetch of the ETag feed was conditional and answered 304
                assertTrue(c.hits("/etag.rss").stream().skip(1).allMatch(h -> "\"v1\"".equals(h.ifNoneMatch())));
                assertEquals(Optional.of("not modified"), follower.feed(etag.id()).orElseThrow().lastStatus());
                // the changing GUIDs were fetched several times and ingested once (asserted above by URL)
                assertTrue(c.hits("/changing.atom").size() >= 3);

                // robots.txt: the disallowed path was never asked for
                assertTrue(a.hits("/private/secret.html").isEmpty());
                // the 50 MB page was not read to the end
                assertTrue(a.bytesWritten() < 20L * 1024 * 1024, "bytes sent before the follower hung up: " + a.bytesWritten());
                // User-Agent names newsfuse and its version
                assertTrue(a.hits().stream().allMatch(h -> h.userAgent().startsWith("newsfuse/" + FollowerSettings.VERSION + " (+")));

                // still running: a feed added now is followed
                a.route("/late.rss", LoopbackSite.text("application/rss+xml", rss("utf-8", "Coastline Late",
                        item("Late story", base + "/a/late.html", "late", null, 1))));
                a.route("/a/late.html", LoopbackSite.text("text/html", page("Late council session", null, "The late session")));
                follower.follow(new FeedSubscription(a.url("/late.rss"), Optional.empty()));
                awaitTrue("late item ingested", () -> sink.stored().stream().anyMatch(s -> s.article().url().getPath().equals("/a/late.html")));
            }

            // per-host delays, measured on the servers
            for (LoopbackSite site : List.of(a, b, c, d, e)) {
                assertTrue(site.minGapMillis() >= HOST_DELAY_MILLIS, "requests to " + site.url("/") + " " + site.minGapMillis() + " ms apart");
            }
            // Retry-After on a page paused the whole host
            List<LoopbackSite.Hit> hits = a.hits();
            for (int i = 0; i < hits.size() - 1; i++) {
                if (hits.get(i).path().equals("/busy.html") && i == indexOfFirst(hits, "/busy.html")) {
                    double gap = (hits.get(i + 1).arrivalNanos() - hits.get(i).arrivalNanos()) / 1e6;
                    assertTrue(gap >= 1000, "next request " + gap + " ms after a 429 with Retry-After: 1");
                }
            }
        }
    }

    private static int indexOfFirst(List<LoopbackSite.Hit> hits, String path) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static long handled(FeedFollower follower) {
        long n = 0;
        for (FeedState f : follower.feeds()) {
            n += f.itemsIngested() + f.itemsFromFeedText() + f.itemsFailed() + f.itemsDuplicate();
        }
        return n;
    }

    private static ExtractingSink.Stored storedAt(ExtractingSink sink, String path) {
        return sink.stored().stream().filter(s -> s.article().url().getPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " was not stored; stored: "
                        + sink.stored().stream().map(s -> s.article().url().getPath()).toList()));
    }

    private static void assertReason(Map<String, ItemFailure> failures, String path, String reasonStart, String outcome) {
        ItemFailure f = failures.get(path);
        if (f == null) {
            fail("no failure recorded for " + path + "; recorded: " + failures.keySet());
        }
        assertTrue(f.reason().startsWith(reasonStart), path + ": " + f.reason());
        assertEquals(outcome, f.outcome(), path);
    }

    static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        awaitTrue(what, condition, () -> "");
    }

    static void awaitTrue(String what, BooleanSupplier condition, java.util.function.Supplier<String> state) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("timed out waiting: " + what + "\n" + state.get());
            }
            Thread.sleep(50);
        }
    }
}
