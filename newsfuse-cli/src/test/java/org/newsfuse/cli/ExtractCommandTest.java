package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.SharedData;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private Path gzippedPage(String name) throws IOException {
        Path page = SharedData.repositoryRoot().resolve("newsfuse-core/src/test/resources/html/harbor-bridge-tribune.html");
        Path gz = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(page));
        }
        return gz;
    }

    @Test
    void benchmarkFormatIsKeyedByFileId() throws IOException {
        gzippedPage("tribune.html.gz");
        CliRun run = CliRun.of("extract", dir.toString(), "--format", "benchmark");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode body = new ObjectMapper().readTree(run.out()).get("output").get("tribune").get("articleBody");
        assertTrue(body.asText().contains("The Harbor Bridge in Port Alder will stay closed") && !body.asText().contains("Share on"), body.asText());
    }

    @Test
    void summarizeAndCompareTakeADirectoryMixingTextAndWebPages() throws IOException {
        gzippedPage("tribune.html.gz");
        Files.copy(SharedData.repositoryRoot().resolve("examples/harbor-bridge/courier.txt"), dir.resolve("courier.txt"));
        CliRun run = CliRun.of("summarize", dir.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(2, json.get("articles").size());
        assertEquals("Port Alder Tribune", json.get("articles").get(1).get("outlet").asText());
        assertEquals("2031-03-06", json.get("articles").get(1).get("date").asText());
        CliRun compare = CliRun.of("compare", dir.toString(), "--format", "json");
        assertEquals(0, compare.exitCode(), compare.err());
        assertTrue(compare.out().contains("\"claims\""));
    }
}
