package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsfuse serve --demo}, started as its own process as the README says (on a free port), answers
 * {@code /api/stories} with the example story, and stops cleanly on SIGTERM.
 */
class ServeCommandTest {


    @TempDir
    Path folder;

    @Test
    void demoServesTheExampleStories() throws Exception {
        ServeProcess serve = ServeProcess.start(folder, "--demo");
        Process server = serve.process();
        try {
            int port = serve.port();
            String seen = serve.printed();
            assertTrue(port > 0, "no 'serving' line in:\n" + seen);
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            JsonNode story = null;
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stories")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                JsonNode stories = json.readTree(r.body()).get("stories");
                if (stories.size() == 1 && stories.get(0).get("version").asInt() >= 1) {
                    story = stories.get(0);
                    break;
                }
                Thread.sleep(200);
            }
            assertTrue(story != null, "the demo story was not computed in time");
            assertEquals(3, story.get("article_count").asInt());
            assertTrue(story.get("title").asText().contains("Harbor Bridge"), story.toString());
            List<String> outlets = json.convertValue(story.get("outlets"), json.getTypeFactory().constructCollectionType(List.class, String.class));
            assertTrue(outlets.containsAll(List.of("Coastline Daily", "Alder Valley Courier")), outlets.toString());
            // the lead is the summary's first sentence, whichever the summarizer puts first
            assertTrue(story.get("lead").asText().toLowerCase(java.util.Locale.ROOT).contains("bridge"), story.toString());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        }
    }
}
