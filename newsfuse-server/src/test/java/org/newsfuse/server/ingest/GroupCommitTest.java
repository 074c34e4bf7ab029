package org.newsfuse.server.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.server.SyntheticArticles;
import org.newsfuse.server.TestService;

/**
 * Group commit keeps "acknowledged means committed" under concurrent submissions: eight clients post
 * at once while the writer is held back, so the writer stores them in a few shared transactions; every
 * client, as soon as it has its answer, finds its article through a connection of its own to the
 * database file (so the article is committed, not merely queued), and the articles that waited
 * together went in one commit.
 */
class GroupCommitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final int EACH = 15;

    @TempDir
    Path folder;

    @Test
    void concurrentSubmissionsShareCommitsAndEachIsCommittedWhenAcknowledged() throws Exception {
        try (TestService test = TestService.start(folder)) {
            List<SyntheticArticles.Item> items = SyntheticArticles.generate(CLIENTS * EACH, 21);
            // hold the writer connection: the articles queue up behind it and are then committed in batches
            TestService.HeldWriter held = test.holdWriter();
            long commitsBefore = test.service.ingestor().commits();

            ConcurrentLinkedQueue<String> missing = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            int acknowledged = 0;
            int waiting;
            try {
                List<Future<Integer>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    List<SyntheticArticles.Item> mine = items.subList(c * EACH, (c + 1) * EACH);
                    clients.add(pool.submit(() -> postAndCheck(test, mine, missing)));
                }
                // the writer took one article and waits for the connection; the clients' next articles wait in the queue
                // (all of them, or as many as arrived and then stayed put for half a second)
                long deadline = System.currentTimeMillis() + 60_000;
                int seen = -1;
                long since = System.currentTimeMillis();
                while (true) {
                    int now = test.service.ingestor().queued();
                    if (now != seen) {
                        seen = now;
                        since = System.currentTimeMillis();
                    }
                    if (now >= CLIENTS - 1 || now >= 2 && System.currentTimeMillis() - since > 500) {
                        break;
                    }
                    for (Future<Integer> f : clients) {
                        if (f.isDone()) {
                            f.get(); // a client that failed says why
                        }
                    }
                    assertTrue(System.currentTimeMillis() < deadline, "the clients' articles never queued up: " + now + " waiting");
                    Thread.sleep(5);
                }
                waiting = test.service.ingestor().queued();
                held.release();
                for (Future<Integer> f : clients) {
                    acknowledged += f.get();
                }
            } finally {
                held.close();
                pool.shutdownNow();
            }

            assertEquals(CLIENTS * EACH, acknowledged);
            assertTrue(missing.isEmpty(), "acknowledged but not in the database file: " + missing);
            long commits = test.service.ingestor().commits() - commitsBefore;
            // the articles waiting in the queue went in one commit (later ones share commits as they happen to arrive together)
            assertTrue(waiting >= 2);
            assertTrue(commits <= acknowledged - (waiting - 1), acknowledged + " articles took " + commits + " commits though " + waiting
                    + " waited together: no group commit");
            assertEquals(acknowledged, test.service.store().stats().articles());
        }
    }

    /** Posts each article, then looks for it (by id and URL) through a connection of its own. */
    private static int postAndCheck(TestService test, List<SyntheticArticles.Item> mine, ConcurrentLinkedQueue<String> missing)
            throws Exception {
        int acknowledged = 0;
        try (Connection own = DriverManager.getConnection("jdbc:sqlite:" + test.service.database().file().toAbsolutePath());
             PreparedStatement find = own.prepareStatement("SELECT url, story_id FROM articles WHERE id = ?")) {
            for (SyntheticArticles.Item item : mine) {
                ObjectNode body = JSON.createObjectNode().put("text", item.text()).put("url", item.url()).put("outlet", item.outlet())
                        .put("title", item.title());
                HttpResponse<String> r = test.post("/api/articles", body.toString());
                assertEquals(201, r.statusCode(), r.body());
                JsonNode receipt = JSON.readTree(r.body());
                acknowledged++;
                find.setLong(1, receipt.get("id").asLong());
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next() || !item.url().equals(rs.getString(1)) || rs.getLong(2) != receipt.get("story").asLong()) {
                        missing.add(item.url());
                    }
                }
            }
        }
        return acknowledged;
    }
}
