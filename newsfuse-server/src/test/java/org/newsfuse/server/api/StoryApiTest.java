package org.newsfuse.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.server.TestService;

/** The API contract on the bundled example: three outlets' reports posted, one story served back. */
class StoryApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> OUTLETS = Map.of("coastline.txt", "Coastline Daily", "courier.txt", "Alder Valley Courier",
            "meridian.txt", "Meridian Wire");

    @TempDir
    static Path folder;
    static TestService service;
    static List<JsonNode> receipts = new ArrayList<>();

    @BeforeAll
    static void postTheExample() throws Exception {
        service = TestService.start(folder);
        for (String file : List.of("coastline.txt", "courier.txt", "meridian.txt")) {
            ObjectNode article = JSON.createObjectNode();
            article.put("text", Files.readString(TestService.root().resolve("examples/harbor-bridge").resolve(file)));
            article.put("outlet", OUTLETS.get(file));
            article.put("url", "https://example.org/" + file);
            article.put("date", "2026-03-03");
            HttpResponse<String> response = service.post("/api/articles", article.toString());
            assertEquals(201, response.statusCode(), response.body());
            receipts.add(JSON.readTree(response.body()));
        }
        service.awaitCurrent(120);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theThreeReportsAreOneStory() {
        long story = receipts.get(0).get("story").asLong();
        receipts.forEach(r -> assertEquals(story, r.get("story").asLong(), receipts.toString()));
        assertEquals(List.of(1L, 2L, 3L), receipts.stream().map(r -> r.get("id").asLong()).toList());
    }

    @Test
    void storiesListsItWithOutletsAndLead() throws Exception {
        HttpResponse<String> response = service.get("/api/stories");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode body = JSON.readTree(response.body());
        assertEquals(1, body.get("total").asInt());
        JsonNode story = body.get("stories").get(0);
        assertEquals(3, story.get("article_count").asInt());
        assertFalse(story.get("stale").asBoolean());
        assertTrue(story.get("version").asInt() >= 1);
        List<String> outlets = new ArrayList<>();
        story.get("outlets").forEach(o -> outlets.add(o.asText()));
        assertTrue(outlets.containsAll(OUTLETS.values()), outlets.toString());
        // the lead is the summary's first sentence, whichever the summarizer puts first
        assertTrue(story.get("lead").asText().toLowerCase(java.util.Locale.ROOT).contains("bridge"), story.toString());
    }

    @Test
    void aStoryHasItsCitedSummaryComparisonAndVersions() throws Exception {
        long id = receipts.get(0).get("story").asLong();
        JsonNode story = JSON.readTree(service.get("/api/stories/" + id).body());
        JsonNode summary = story.get("summary").get("summary");
        assertTrue(summary.size() >= 2, story.toPrettyString());
        JsonNode first = summary.get(0);
        assertTrue(first.get("support").asInt() >= 2, first.toString());
        // every citation points at a stored article and its span is that article's text
        for (JsonNode sentence : summary) {
            for (JsonNode source : sentence.get("sources")) {
                JsonNode article = JSON.readTree(service.get("/api/articles/" + source.get("article").asText()).body());
                String text = article.get("text").asText();
                String cited = text.substring(source.get("start").asInt(), source.get("end").asInt());
                assertFalse(cited.isBlank());
            }
        }
        assertTrue(story.get("comparison").toString().contains("claims"), story.get("comparison").toString());
        assertTrue(story.get("versions").size() >= 1);
        assertEquals(story.get("version").asInt(), story.get("versions").get(0).get("version").asInt());
    }

    @Test
    void articlesKeepTheirOriginalTextAndRemovedSpans() throws Exception {
        long id = receipts.get(1).get("id").asLong();
        JsonNode article = JSON.readTree(service.get("/api/articles/" + id).body());
        String original = Files.readString(TestService.root().resolve("examples/harbor-bridge/courier.txt"));
        assertEquals(original, article.get("text").asText());
        assertEquals("Alder Valley Courier", article.get("outlet").asText());
        List<String> reasons = new ArrayList<>();
        article.get("removed").forEach(r -> reasons.add(r.get("reason").asText()));
        assertTrue(reasons.contains("byline") && reasons.contains("share_line"), reasons.toString());
        JsonNode list = JSON.readTree(service.get("/api/stories/" + article.get("story").asLong() + "/articles").body());
        assertEquals(3, list.get("articles").size());
        assertFalse(list.get("articles").get(0).has("text"));
    }

    @Test
    void searchFindsArticlesByWordsAndStoriesFilter() throws Exception {
        JsonNode hits = JSON.readTree(service.get("/api/search?q=ferry").body());
        assertTrue(hits.get("total").asInt() >= 1, hits.toString());
        assertEquals(0, JSON.readTree(service.get("/api/search?q=zeppelin").body()).get("total").asInt());
        assertEquals(1, JSON.readTree(service.get("/api/stories?q=cracked+beam").body()).get("total").asInt());
        assertEquals(0, JSON.readTree(service.get("/api/stories?q=zeppelin").body()).get("total").asInt());
        assertEquals(1, JSON.readTree(service.get("/api/stories?outlet=Meridian+Wire").body()).get("total").asInt());
        assertEquals(0, JSON.readTree(service.get("/api/stories?outlet=Nobody").body()).get("total").asInt());
        assertEquals(0, JSON.readTree(service.get("/api/stories?since=2999-01-01").body()).get("total").asInt());
    }

    @Test
    void sendingAnArticleAgainStoresNothingNew() throws Exception {
        ObjectNode again = JSON.createObjectNode();
        again.put("text", "whatever the text is now");
        again.put("url", "https://example.org/courier.txt");
        HttpResponse<String> response = service.post("/api/articles", again.toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode receipt = JSON.readTree(response.body());
        assertTrue(receipt.get("duplicate").asBoolean());
        assertEquals(2, receipt.get("id").asLong());
    }

    @Test
    void healthMetricsAndOpenApi() throws Exception {
        JsonNode health = JSON.readTree(service.get("/healthz").body());
        assertEquals("ok", health.get("status").asText());
        assertEquals(3, health.get("articles").asInt());
        HttpResponse<String> metrics = service.get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("newsfuse_articles_stored_total"), metrics.body());
        JsonNode openapi = JSON.readTree(service.get("/api/openapi.json").body());
        for (String path : List.of("/api/articles", "/api/articles/batch", "/api/articles/{id}", "/api/stories", "/api/stories/{id}",
                "/api/stories/{id}/articles", "/api/search", "/api/events", "/api/stories/{id}/events", "/healthz", "/metrics")) {
            assertTrue(openapi.get("paths").has(path), "openapi.json lacks " + path);
        }
    }
}
