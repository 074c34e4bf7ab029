package org.newsfuse.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.server.ServiceConfig;
import org.newsfuse.server.TestService;

/** Tokens, body limits, malformed JSON, a full queue, SQL and FTS injection, and no stack traces. */
class LimitsAndSecurityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ_TOKEN = "reader-token";

    @TempDir
    static Path folder;
    static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start(ServiceConfig.defaults().withDatabase(folder.resolve("limits.db")).withPort(0)
                .withWriteToken(TestService.TOKEN).withReadToken(READ_TOKEN).withMaxBodyBytes(64 * 1024).withQueueCapacity(1)
                .withDebounceMillis(20));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> request(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(service.base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = service.send(b);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"),
                "a stack trace reached the client: " + r.body());
        return r;
    }

    private static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0], r.body());
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.get("status").asInt());
        return p;
    }

    private static String article(String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", text);
        return o.toString();
    }

    @Test
    void writesNeedTheWriteTokenAndReadsTheReadToken() throws Exception {
        problem(request("POST", "/api/articles", null, article("A town council met on Monday.")), 401);
        problem(request("POST", "/api/articles", READ_TOKEN, article("A town council met on Monday.")), 401);
        problem(request("POST", "/api/articles", "wrong", article("A town council met on Monday.")), 401);
        problem(request("GET", "/api/stories", null, null), 401);
        problem(request("GET", "/api/stories", "wrong", null), 401);
        assertEquals(200, request("GET", "/api/stories", READ_TOKEN, null).statusCode());
        assertEquals(200, request("GET", "/api/stories", TestService.TOKEN, null).statusCode());
        assertEquals(200, request("GET", "/healthz", null, null).statusCode(), "health stays open for probes");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        JsonNode p = problem(request("POST", "/api/articles", TestService.TOKEN, article("word ".repeat(20_000))), 413);
        assertTrue(p.get("detail").asText().contains("65536"), p.toString());
    }

    @Test
    void malformedJsonIs400WithFieldAndLine() throws Exception {
        JsonNode syntax = problem(request("POST", "/api/articles", TestService.TOKEN, "{\n  \"text\": \"fine\",\n  \"title\": oops\n}"), 400);
        assertEquals(3, syntax.get("line").asInt(), syntax.toString());
        JsonNode type = problem(request("POST", "/api/articles", TestService.TOKEN,
                "[{\"text\": \"one\"},\n {\"text\": \"two\",\n  \"authors\": {\"name\": 5}}]"), 400);
        assertTrue(type.get("field").asText().startsWith("[1].authors"), type.toString());
        assertEquals(3, type.get("line").asInt(), type.toString());
        JsonNode date = problem(request("POST", "/api/articles", TestService.TOKEN, "{\"text\": \"x y z\", \"date\": \"yesterday\"}"), 400);
        assertEquals("date", date.get("field").asText());
        JsonNode neither = problem(request("POST", "/api/articles", TestService.TOKEN, "{\"title\": \"no text\"}"), 400);
        assertEquals("text", neither.get("field").asText());
        problem(request("POST", "/api/articles", TestService.TOKEN, ""), 400);
    }

    @Test
    void anArticleInAnotherLanguageIsRefusedByNameAndTheRestStored() throws Exception {
        String english = "The island ferry returned to its winter timetable on Monday, the harbour office said, after a storm last week"
                + " cancelled three crossings and damaged the landing stage at the north pier.";
        String french = "Le bac de l'île a repris lundi ses horaires d'hiver, a indiqué la capitainerie, après une tempête qui a annulé"
                + " trois traversées la semaine dernière et endommagé l'embarcadère de la jetée nord. Le maire a salué une bonne"
                + " nouvelle pour les habitants qui se rendent chaque jour sur le continent.";
        HttpResponse<String> r = request("POST", "/api/articles", TestService.TOKEN, "[" + article(english) + "," + article(french) + "]");
        assertEquals(207, r.statusCode(), r.body());
        JsonNode results = JSON.readTree(r.body()).get("articles");
        assertTrue(results.get(0).has("id"), r.body());
        assertEquals("text is French; newsfuse analyses English text only", results.get(1).get("error").asText());
        assertEquals("[1].text", results.get(1).get("field").asText());
    }

    @Test
    void badParametersAre400AndMissingThings404() throws Exception {
        assertEquals("id", problem(request("GET", "/api/stories/abc", READ_TOKEN, null), 400).get("field").asText());
        assertEquals("id", problem(request("GET", "/api/articles/-3", READ_TOKEN, null), 400).get("field").asText());
        assertEquals("limit", problem(request("GET", "/api/stories?limit=100000", READ_TOKEN, null), 400).get("field").asText());
        assertEquals("since", problem(request("GET", "/api/stories?since=soon", READ_TOKEN, null), 400).get("field").asText());
        problem(request("GET", "/api/stories/999999", READ_TOKEN, null), 404);
        problem(request("GET", "/api/no-such-thing", READ_TOKEN, null), 404);
        problem(request("GET", "/api/search", READ_TOKEN, null), 400);
    }

    @Test
    void injectionStringsAreDataNotSql() throws Exception {
        List<String> attacks = List.of("'; DROP TABLE articles; --", "\" OR 1=1 --", "1 OR 1=1", "title:* NEAR(a b", "*", "\") OR (\"",
                "x' UNION SELECT body FROM articles --", "<script>alert(1)</script>");
        ObjectNode body = JSON.createObjectNode();
        body.put("text", "Robert'); DROP TABLE stories; -- went to the market in Saltgate on Monday and bought bread.");
        body.put("title", "'; DELETE FROM articles; --");
        body.put("outlet", "\" OR \"1\"=\"1");
        body.put("url", "https://x.example/?q=' OR 1=1 --");
        HttpResponse<String> stored = request("POST", "/api/articles", TestService.TOKEN, body.toString());
        assertEquals(201, stored.statusCode(), stored.body());
        long id = JSON.readTree(stored.body()).get("id").asLong();
        JsonNode back = JSON.readTree(request("GET", "/api/articles/" + id, READ_TOKEN, null).body());
        assertEquals(body.get("title").asText(), back.get("title").asText());
        assertEquals(body.get("outlet").asText(), back.get("outlet").asText());
        assertEquals(body.get("text").asText(), back.get("text").asText());
        for (String attack : attacks) {
            String q = URLEncoder.encode(attack, StandardCharsets.UTF_8);
            for (String path : List.of("/api/search?q=" + q, "/api/stories?q=" + q, "/api/stories?outlet=" + q)) {
                HttpResponse<String> r = request("GET", path, READ_TOKEN, null);
                assertTrue(r.statusCode() == 200 || r.statusCode() == 400, path + " -> " + r.statusCode() + " " + r.body());
            }
            assertEquals(400, request("GET", "/api/stories/" + q, READ_TOKEN, null).statusCode());
            assertEquals(400, request("GET", "/api/articles/" + q, READ_TOKEN, null).statusCode());
        }
        // the outlet filter matches the stored string exactly, nothing more
        assertEquals(1, JSON.readTree(request("GET", "/api/stories?outlet=" + URLEncoder.encode("\" OR \"1\"=\"1", StandardCharsets.UTF_8),
                READ_TOKEN, null).body()).get("total").asInt());
        assertTrue(JSON.readTree(request("GET", "/api/search?q=Saltgate", READ_TOKEN, null).body()).get("total").asInt() >= 1);
        assertTrue(JSON.readTree(request("GET", "/healthz", null, null).body()).get("articles").asInt() >= 1, "tables intact");
    }

    @Test
    void aFullQueueAnswers503WithRetryAfter() throws Exception {
        // hold the one writer connection so the writer cannot commit: the queue (1 article) fills up
        TestService.HeldWriter held = service.holdWriter();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String text = "The Fernholm bakery sold loaf number " + i + " on Tuesday morning to a queue of neighbours.";
                responses.add(pool.submit(() -> request("POST", "/api/articles", TestService.TOKEN, article(text))));
            }
            Thread.sleep(1500);
            held.release();
            int rejected = 0;
            int accepted = 0;
            for (Future<HttpResponse<String>> f : responses) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() == 503) {
                    rejected++;
                    assertTrue(r.headers().firstValue("Retry-After").isPresent(), r.headers().toString());
                    problem(r, 503);
                } else {
                    assertEquals(201, r.statusCode(), r.body());
                    accepted++;
                }
            }
            assertTrue(rejected >= 1 && accepted >= 1, "accepted " + accepted + ", rejected " + rejected);
        } finally {
            held.close();
            pool.shutdown();
        }
    }
}
