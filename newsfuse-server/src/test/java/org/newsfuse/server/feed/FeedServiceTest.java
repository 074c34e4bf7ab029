package org.newsfuse.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfuse.server.feed.Fixtures.feedText;
import static org.newsfuse.server.feed.Fixtures.item;
import static org.newsfuse.server.feed.Fixtures.page;
import static org.newsfuse.server.feed.Fixtures.rss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.server.NewsServer;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.ServiceConfig;
import org.newsfuse.server.ServiceRoutes;
import org.newsfuse.server.TestService;
import org.newsfuse.server.store.StoredArticle;

/**
 * Feeds in the running service: a feed list at start, {@code POST/GET/DELETE /api/feeds} with the write
 * token, articles stored through the service's ingest (real SQLite, real extraction), the state kept
 * across a restart and nothing ingested twice after it.
 */
class FeedServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Running(NewsService service, FeedFollowing feeds, NewsServer server) implements AutoCloseable {
        String base() {
            return "http://127.0.0.1:" + server.port();
        }

        @Override
        public void close() {
            server.close();
            feeds.close();
            service.close();
        }
    }

    private static Running start(Path db) {
        NewsService service = NewsService.start(ServiceConfig.defaults().withDatabase(db).withPort(0).withWriteToken(TestService.TOKEN)
                .withDebounceMillis(50), TestService.newsfuse());
        FeedFollowing feeds = FeedFollowing.start(service, FeedFollowerTest.testSettings().withItemAttempts(1));
        NewsServer server = NewsServer.builder(service).routes(ServiceRoutes.standard()).routes(feeds.routes()).start();
        return new Running(service, feeds, server);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void followsFeedsThroughTheApiAndKeepsTheirStateAcrossARestart(@TempDir Path dir) throws Exception {
        try (LoopbackSite site = new LoopbackSite("127.0.0.1")) {
            String base = site.url("").toString();
            site.route("/robots.txt", LoopbackSite.status(404));
            site.route("/p/1.html", LoopbackSite.text("text/html", page("Harbour crane toppled in storm", null, "The toppled crane")));
            site.route("/p/2.html", LoopbackSite.text("text/html", page("Ferry service resumes after storm", null, "The ferry service")));
            site.route("/p/missing.html", LoopbackSite.status(404));
            site.route("/list.rss", LoopbackSite.text("application/rss+xml", rss("utf-8", "Bayside Bulletin",
                    item("Crane toppled", base + "/p/1.html", "p1", null, 1),
                    item("Ferry resumes", base + "/p/2.html", "p2", null, 2),
                    item("Missing page", base + "/p/missing.html", "p3", feedText("The missing page"), 3),
                    item("Gone &amp; forgotten", base + "/p/gone.html", "p4", null, 4))));
            site.route("/other.rss", LoopbackSite.text("application/rss+xml", rss("utf-8", "Bayside Extra",
                    item("Crane toppled again", base + "/p/1.html?utm_source=extra", "x1", null, 1))));
            Path opml = dir.resolve("feeds.opml");
            Files.writeString(opml, "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>Test</title></head><body>"
                    + "<outline text=\"Bayside Bulletin\" type=\"rss\" xmlUrl=\"" + base + "/list.rss\"/></body></opml>\n");
            Path db = dir.resolve("news.db");

            long feedId;
            try (Running r = start(db)) {
                assertTrue(r.feeds().followAll(opml).isEmpty());
                // the write token is needed to add a feed
                assertEquals(401, post(r, "/api/feeds", "{\"url\": \"" + base + "/other.rss\"}", null).statusCode());
                assertEquals(400, post(r, "/api/feeds", "{\"url\": \"ftp://example.invalid/x\"}", TestService.TOKEN).statusCode());
                assertEquals(400, post(r, "/api/feeds", "{\"url\": ", TestService.TOKEN).statusCode());
                HttpResponse<String> added = post(r, "/api/feeds", "{\"url\": \"" + base + "/other.rss\", \"outlet\": \"Bayside Extra\"}",
                        TestService.TOKEN);
                assertEquals(201, added.statusCode(), added.body());
                long otherId = JSON.readTree(added.body()).get("id").asLong();

                // 5 items: 2 pages, 1 from the feed's text, 1 given up, 1 listed by both feeds
                FeedFollowerTest.awaitTrue("every item handled", () -> {
                    long handled = 0;
                    for (JsonNode f : getJson(r, "/api/feeds").get("feeds")) {
                        JsonNode i = f.get("items");
                        handled += i.get("ingested").asLong() + i.get("from_feed_text").asLong() + i.get("failed").asLong()
                                + i.get("duplicate").asLong();
                    }
                    return handled == 5;
                });
                JsonNode feeds = getJson(r, "/api/feeds").get("feeds");
                JsonNode list = feeds.get(0);
                feedId = list.get("id").asLong();
                assertEquals("Bayside Bulletin", list.get("outlet").asText());
                assertEquals("ok", list.get("last_status").asText());
                assertTrue(list.get("next_poll").isTextual() && list.get("last_fetch").isTextual());
                JsonNode items = list.get("items");
                assertEquals(4, items.get("in_feed").asLong());
                assertEquals(1, items.get("from_feed_text").asLong());
                assertEquals(1, items.get("failed").asLong());
                assertEquals(2, items.get("ingested").asLong() + feeds.get(1).get("items").get("ingested").asLong());
                assertEquals(1, items.get("duplicate").asLong() + feeds.get(1).get("items").get("duplicate").asLong());

                JsonNode one = getJson(r, "/api/feeds/" + feedId);
                Set<String> reasons = new HashSet<>();
                one.get("item_problems").forEach(p -> reasons.add(p.get("reason").asText() + " | " + p.get("outcome").asText()));
                assertEquals(Set.of("page: HTTP 404 | " + ItemFailure.FROM_FEED_TEXT,
                        "page: HTTP 404; the feed has no text for the item | " + ItemFailure.GIVEN_UP), reasons);

                // stored by the service, once each, with their outlet
                List<StoredArticle> stored = articles(r.service());
                assertEquals(3, stored.size(), () -> stored.stream().map(a -> a.url() + "").toList().toString());
                assertEquals(3, stored.stream().map(a -> a.url().orElseThrow()).distinct().count());
                assertTrue(stored.stream().anyMatch(a -> a.url().orElseThrow().endsWith("/p/1.html")));

                // the same state as a web page, every text from the feed escaped
                HttpResponse<String> page = get(r, "/feeds");
                assertEquals(200, page.statusCode());
                assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
                assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent());
                String html = page.body();
                assertTrue(html.contains("<h2>Bayside Bulletin</h2>") && html.contains(base + "/list.rss") && html.contains("Bayside Extra"), html);
                assertTrue(html.contains("page: HTTP 404; the feed has no text for the item (given up,"), html);
                assertTrue(html.contains("<span class=\"item\">Gone &amp; forgotten</span>"), html);
                assertTrue(html.contains("2 latest item problems"), html);

                JsonNode openapi = getJson(r, "/api/openapi.json");
                assertTrue(openapi.get("paths").has("/api/feeds") && openapi.get("paths").has("/api/feeds/{id}"));

                assertEquals(204, delete(r, "/api/feeds/" + otherId, TestService.TOKEN).statusCode());
                assertEquals(404, get(r, "/api/feeds/" + otherId).statusCode());
                assertEquals(401, delete(r, "/api/feeds/" + feedId, null).statusCode());
            }

            int feedHitsBefore = site.hits("/list.rss").size();
            try (Running r = start(db)) {
                // the state came back from the database, and the next poll ingests nothing twice
                JsonNode list = getJson(r, "/api/feeds/" + feedId);
                assertTrue(list.get("polls").asLong() >= 1);
                FeedFollowerTest.awaitTrue("polled again after the restart", () -> site.hits("/list.rss").size() > feedHitsBefore
                        && getJson(r, "/api/feeds/" + feedId).get("polls").asLong() > list.get("polls").asLong());
                assertEquals(3, articles(r.service()).size());
                assertEquals(1, getJson(r, "/api/feeds").get("feeds").size());
            }
        }
    }

    private static List<StoredArticle> articles(NewsService service) {
        List<StoredArticle> out = new java.util.ArrayList<>();
        service.store().forEachArticle(out::add);
        return out;
    }

    private JsonNode getJson(Running r, String path) {
        try {
            HttpResponse<String> response = get(r, path);
            assertEquals(200, response.statusCode(), response.body());
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(Running r, String path) {
        return send(HttpRequest.newBuilder(URI.create(r.base() + path)).GET());
    }

    private HttpResponse<String> post(Running r, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(r.base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    private HttpResponse<String> delete(Running r, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(r.base() + path)).DELETE();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
