package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsfuse serve --feeds FILE} as its own process: a bad line of the list is one printed line,
 * the good feed (served on loopback) is followed and its article stored; a missing list exits 66.
 */
class ServeFeedsTest {


    @TempDir
    Path folder;

    private static void send(HttpExchange ex, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void followsTheListedFeeds() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        site.createContext("/robots.txt", ex -> send(ex, "text/plain", "User-agent: *\nAllow: /\n"));
        site.createContext("/feed.xml", ex -> send(ex, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Quayside Gazette</title><link>" + base + "/</link><description>test</description>"
                + "<item><title>Tide gauge replaced</title><link>" + base + "/story.html</link><guid>q1</guid></item></channel></rss>"));
        site.createContext("/story.html", ex -> send(ex, "text/html; charset=utf-8", "<html><head><title>Tide gauge replaced</title></head>"
                + "<body><article><h1>Tide gauge replaced</h1><p>The old tide gauge at the end of the north quay was replaced on Friday "
                + "by a new instrument that reports the water level every minute to the harbour office.</p><p>Harbour master Olu Mensah "
                + "said the readings would be published online so that fishing crews could plan their departures before dawn.</p></article>"
                + "</body></html>"));
        site.start();
        Path list = folder.resolve("feeds.txt");
        Files.writeString(list, "# feeds for the test\n" + base + "/feed.xml = Quayside Gazette\nnot a url at all\n");
        ServeProcess serve = ServeProcess.start(folder, "--db", "feeds.db", "--token", "t0ken", "--feeds", "feeds.txt");
        Process server = serve.process();
        try {
            int port = serve.port();
            String seen = serve.printed();
            assertTrue(port > 0, "no 'serving' line in:\n" + seen);
            assertTrue(seen.toString().contains("feeds.txt:line 3: error: not a URL"), seen.toString());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ObjectMapper json = new ObjectMapper();
            JsonNode feed = null;
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/feeds"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                JsonNode feeds = json.readTree(r.body()).get("feeds");
                assertEquals(1, feeds.size(), r.body());
                if (feeds.get(0).get("items").get("ingested").asLong() == 1) {
                    feed = feeds.get(0);
                    break;
                }
                Thread.sleep(200);
            }
            assertTrue(feed != null, "the feed's item was not ingested in time");
            assertEquals("Quayside Gazette", feed.get("outlet").asText());
            HttpResponse<String> articles = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=tide"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(articles.body().contains("Tide gauge replaced"), articles.body());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            site.stop(0);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMissingFeedListIsAUsageErrorNotAStackTrace() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.newsfuse.cli.Main", "serve", "--db", "x.db", "--port", "0",
                "--feeds", "missing.opml")
                .directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(50, TimeUnit.SECONDS));
        assertEquals(66, p.exitValue(), output);
        assertEquals("newsfuse: cannot read the feed list missing.opml", output.strip());
    }
}
