package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsfuse serve --demo}, started as its own process as the README says (on a free port), answers
 * {@code /api/stories} with the example story, and stops cleanly on SIGTERM.
 */
class ServeCommandTest {

    private static final Pattern LISTENING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path folder;

    @Test
    void demoServesTheExampleStories() throws Exception {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.newsfuse.cli.Main", "serve", "--demo", "--port", "0")
                .directory(folder.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            StringBuilder seen = new StringBuilder();
            for (String line; port < 0 && (line = out.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
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
