package org.newsfuse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged article is ever lost: the server runs as a process of its own and is killed with
 * SIGKILL at random moments while four clients post articles, 20 times, restarted on the same
 * database each time. Clients re-send whatever was not acknowledged. At the end every acknowledged
 * article is stored exactly once, every article has a story, the grouping replayed at each start
 * matches the stored stories, and after the last start's catch-up no story is stale. The last stop is
 * a SIGTERM while clients are still sending, which must store everything it acknowledged.
 */
class DurabilityTest {

    private static final String TOKEN = "durability-token";
    private static final int KILLS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

    @Test
    void killedServersLoseNoAcknowledgedArticle() throws Exception {
        Path db = folder.resolve("durable.db");
        List<SyntheticArticles.Item> items = SyntheticArticles.generate(700, 7);
        ConcurrentLinkedQueue<SyntheticArticles.Item> pending = new ConcurrentLinkedQueue<>(items);
        Random random = new Random(11);
        for (int round = 0; round < KILLS; round++) {
            ServerProcess.Child child = ServerProcess.start(db, TOKEN);
            assertEquals(0, health(child).get("replay_mismatches").asInt(), "the grouping replayed differently at start " + round);
            List<Thread> clients = startClients(child.port(), pending, new AtomicBoolean(false));
            Thread.sleep(150 + random.nextInt(900));
            child.process().destroyForcibly();
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
            for (Thread c : clients) {
                c.join(30_000);
            }
        }
        // the last run: everything left is sent, then SIGTERM arrives while clients may still be sending
        ServerProcess.Child child = ServerProcess.start(db, TOKEN);
        assertEquals(0, health(child).get("replay_mismatches").asInt());
        AtomicBoolean stop = new AtomicBoolean(false);
        List<Thread> clients = startClients(child.port(), pending, stop);
        long deadline = System.currentTimeMillis() + 120_000;
        while (acknowledged.size() < items.size() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(items.size(), acknowledged.size(), "articles never acknowledged");
        while (health(child).get("stale_stories").asInt() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, health(child).get("stale_stories").asInt(), "stories still stale after the catch-up");
        stop.set(true);
        child.process().destroy();
        assertTrue(child.process().waitFor(60, TimeUnit.SECONDS), "SIGTERM did not stop the server");
        for (Thread c : clients) {
            c.join(30_000);
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            Map<String, Long> stored = new java.util.HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT url, id FROM articles")) {
                while (rs.next()) {
                    assertTrue(stored.put(rs.getString(1), rs.getLong(2)) == null, "stored twice: " + rs.getString(1));
                }
            }
            for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                assertEquals(ack.getValue(), stored.get(ack.getKey()), "acknowledged article lost or changed: " + ack.getKey());
            }
            assertEquals(items.size(), stored.size());
            assertEquals(0, count(s, "SELECT COUNT(*) FROM articles a LEFT JOIN stories t ON t.id = a.story_id WHERE t.id IS NULL"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM stories WHERE stale = 1 OR built_revision <> revision"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM stories t JOIN story_versions v ON v.story_id = t.id AND v.version = t.version"
                    + " WHERE v.article_count <> t.article_count"));
            assertEquals(count(s, "SELECT COUNT(*) FROM stories"), count(s, "SELECT COUNT(DISTINCT story_id) FROM story_versions"));
            assertEquals(count(s, "SELECT COUNT(*) FROM stories"), count(s, "SELECT COUNT(DISTINCT story_id) FROM articles"));
        }
    }

    private List<Thread> startClients(int port, ConcurrentLinkedQueue<SyntheticArticles.Item> pending, AtomicBoolean stop) {
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread client = new Thread(() -> {
                SyntheticArticles.Item item;
                while (!stop.get() && (item = pending.poll()) != null) {
                    if (!post(port, item)) {
                        pending.add(item);
                        return;
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        return clients;
    }

    /** True when acknowledged; false when the server went away or refused (the article will be sent again). */
    private boolean post(int port, SyntheticArticles.Item item) {
        ObjectNode body = JSON.createObjectNode();
        body.put("url", item.url());
        body.put("outlet", item.outlet());
        body.put("title", item.title());
        body.put("text", item.text());
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                acknowledged.put(item.url(), JSON.readTree(r.body()).get("id").asLong());
                return true;
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode health(ServerProcess.Child child) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + child.port() + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private static long count(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
