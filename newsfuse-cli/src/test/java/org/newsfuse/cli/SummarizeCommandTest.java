package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.SharedData;

class SummarizeCommandTest {

    @TempDir
    Path dir;

    /** The foundation issue's acceptance check, on the two real seed articles. */
    @Test
    void summarizesTheSeedsWithinBudgetWithoutNoiseAndWithSharedCitations() throws IOException {
        Path seeds = SharedData.require("seeds");
        CliRun run = CliRun.of("summarize", seeds.toString(), "--words", "120", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        int words = 0;
        boolean citedByBoth = false;
        for (JsonNode sentence : json.get("summary")) {
            String text = sentence.get("text").asText();
            words += text.split("\\s+").length;
            List<String> noises = new java.util.ArrayList<>(List.of("Photo by", "TOPSHOT", "Getty", "©", "Share this", "Font Size",
                    "RELATED", "All rights reserved", "(CNN)"));
            // the bylines, as the gold reading lists them (read at run time: third-party text stays in ../shared)
            JsonNode gold = new ObjectMapper().readTree(SharedData.require("gold/seeds.json").toFile()).get("articles");
            gold.forEach(article -> article.get("not_body").forEach(line -> {
                if (line.asText().startsWith("By ") || line.asText().endsWith("Correspondent")) {
                    noises.add(line.asText());
                }
            }));
            for (String noise : noises) {
                assertFalse(text.contains(noise), "summary holds noise '" + noise + "': " + text);
            }
            Set<String> articles = new HashSet<>();
            sentence.get("sources").forEach(s -> articles.add(s.get("article").asText()));
            citedByBoth |= articles.size() == 2;
            for (JsonNode source : sentence.get("sources")) {
                String original = Files.readString(seeds.resolve(source.get("article").asText()), StandardCharsets.UTF_8);
                String cited = original.substring(source.get("start").asInt(), source.get("end").asInt());
                assertFalse(cited.isBlank());
            }
        }
        assertTrue(words <= 120, words + " words");
        assertTrue(citedByBoth, "at least one sentence cites both articles");
        JsonNode second = json.get("articles").get(1);
        assertTrue(second.get("outlet").isNull(), "the second seed never names its outlet");
    }

    @Test
    void textOutputCitesWithNumbersAndListsSources() {
        CliRun run = CliRun.of("summarize", "examples/harbor-bridge", "--words", "80");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("[1][2][3]"), run.out());
        assertTrue(run.out().contains("Sources\n  [1] Coastline Daily"), run.out());
    }

    @Test
    void badInputsGetOneLineEachAndTheRestIsProcessed() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "The island ferry resumed service on Friday after a two-day strike by its crews ended.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("junk.bin.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        CliRun run = CliRun.of("summarize", dir.resolve("good.txt").toString(), dir.resolve("empty.txt").toString(),
                dir.resolve("junk.bin.txt").toString(), dir.resolve("missing.txt").toString());
        assertEquals(ExitCode.DATA_ERROR, run.exitCode());
        List<String> errors = run.err().lines().toList();
        assertEquals(3, errors.size(), run.err());
        assertTrue(errors.get(0).endsWith("empty.txt: error: empty file (skipped)"), errors.get(0));
        assertTrue(errors.get(1).endsWith("junk.bin.txt: error: binary content, not text (skipped)"), errors.get(1));
        assertTrue(errors.get(2).endsWith("missing.txt: error: no such file or directory (skipped)"), errors.get(2));
        assertTrue(run.out().contains("island ferry resumed service"), run.out());
    }

    @Test
    void noUsableInputExitsWithNoInput() throws IOException {
        Files.createDirectory(dir.resolve("empty-dir"));
        CliRun run = CliRun.of("summarize", dir.resolve("empty-dir").toString());
        assertEquals(ExitCode.NO_INPUT, run.exitCode());
        assertTrue(run.err().contains("directory holds no articles"), run.err());
        assertTrue(run.err().contains("newsfuse: no usable input"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void usageErrorsExitWith64() {
        assertEquals(ExitCode.USAGE, CliRun.of("summarize").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("summarize", "examples/harbor-bridge", "--words", "ten").exitCode());
        CliRun unknown = CliRun.of("summarize", "examples/harbor-bridge", "--algorithm", "nonesuch");
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown algorithm 'nonesuch'"), unknown.err());
    }

    @Test
    void manyStoriesOnSeveralThreadsGiveTheSameOutputInInputOrder() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        String[] places = {"Harlow", "Deepwater", "Kestrel Bay", "Moss Point", "Ashford", "Tarn Hill"};
        for (int i = 0; i < places.length; i++) {
            String p = places[i];
            jsonl.append("{\"id\": \"s").append(i).append("\", \"documents\": [")
                    .append("{\"id\": \"a\", \"text\": \"The ").append(p).append(" library reopened on Monday after a fire closed it in ")
                    .append(2020 + i).append(". Volunteers restored ").append(100 + i).append(" damaged books. The mayor of ").append(p)
                    .append(" thanked the volunteers.\"}, ")
                    .append("{\"id\": \"b\", \"text\": \"After a fire in ").append(2020 + i).append(", the ").append(p)
                    .append(" library reopened on Monday. Volunteers restored ").append(100 + i).append(" books damaged by smoke.\"}]}\n");
        }
        Path file = dir.resolve("many.jsonl");
        Files.writeString(file, jsonl.toString());
        CliRun one = CliRun.of("summarize", file.toString(), "--words", "25", "--threads", "1", "--format", "json");
        CliRun three = CliRun.of("summarize", file.toString(), "--words", "25", "--threads", "3", "--format", "json");
        assertEquals(0, three.exitCode(), three.err());
        assertEquals(one.out(), three.out());
        JsonNode stories = new ObjectMapper().readTree(three.out()).get("stories");
        for (int i = 0; i < places.length; i++) {
            assertEquals("s" + i, stories.get(i).get("story").asText());
            assertTrue(stories.get(i).get("summary").toString().contains(places[i]), stories.get(i).toString());
        }
        assertEquals(ExitCode.USAGE, CliRun.of("summarize", file.toString(), "--threads", "0").exitCode());
    }

    @Test
    void readsStandardInput() {
        CliRun run = CliRun.withInput("The island ferry resumed service on Friday after a two-day strike by its crews ended.\n",
                "summarize", "-", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"article\" : \"stdin\""), run.out());
    }

    @Test
    void versionAndHelp() {
        assertTrue(CliRun.of("--version").out().startsWith("newsfuse "));
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("summarize"));
    }

    @Test
    void anArticleThatIsAllNoiseIsReportedNotDropped() throws IOException {
        Files.writeString(dir.resolve("noise.txt"), "By Jane Doe, Island Times\n\nShare this article:\n");
        Files.writeString(dir.resolve("good.txt"), "The island ferry resumed service on Friday after a two-day strike by its crews ended.\n");
        CliRun run = CliRun.of("summarize", dir.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode diagnostics = new ObjectMapper().readTree(run.out()).get("diagnostics");
        assertTrue(diagnostics.toString().contains("no body text left after cleaning (2 pieces removed"), diagnostics.toString());
        CliRun text = CliRun.of("summarize", dir.toString());
        assertTrue(text.out().contains("Notes") && text.out().contains("noise.txt: warning: no body text left after cleaning"), text.out());
    }
}
