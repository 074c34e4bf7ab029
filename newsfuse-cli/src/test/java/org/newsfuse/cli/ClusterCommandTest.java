package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {

    @TempDir
    Path dir;

    @Test
    void clustersAnArticlesJsonlStreamAndFlagsCopies() throws IOException {
        String body = "The island ferry resumed service on Friday after a two-day strike by its crews ended with a pay deal. "
                + "Passengers had waited at both harbours for hours, and the operator apologised for the disruption to travel.";
        Path data = dir.resolve("articles.jsonl");
        Files.write(data, List.of(
                "{\"id\":\"a1\",\"source\":\"Island Times\",\"title\":\"Ferry strike ends\",\"date\":\"2031-03-02\",\"text\":\"" + body + "\"}",
                "{\"id\":\"a2\",\"source\":\"Coast FM\",\"title\":\"Ferries sail again\",\"date\":\"2031-03-03\",\"text\":\"" + body + "\"}",
                "not json"));
        CliRun run = CliRun.of("cluster", data.toString(), "--format", "json");
        assertEquals(ExitCode.DATA_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().contains("articles.jsonl:line 3: error: malformed JSON"), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode story = json.get("stories").get(0);
        assertEquals(1, json.get("stories").size());
        assertEquals("story-1", story.get("id").asText());
        assertEquals("Ferry strike ends", story.get("title").asText());
        assertEquals("[\"a1\",\"a2\"]", story.get("articles").toString());
        assertEquals("[\"Island Times\",\"Coast FM\"]", story.get("outlets").toString());
        assertEquals("2031-03-02", story.get("first_seen").asText());
        assertEquals("2031-03-03", story.get("last_seen").asText());
        JsonNode copy = json.get("duplicates").get(0);
        assertEquals("a2", copy.get("article").asText());
        assertEquals("a1", copy.get("duplicate_of").asText());
        assertEquals(1.0, copy.get("similarity").asDouble());
    }

    @Test
    void aSpanLimitCutsASubjectThatNeverGoesQuietIntoStoriesOfAtMostThatManyDays() throws IOException {
        String[] drought = {
                "The regional water authority declared a drought emergency after reservoirs fell to a third of capacity.",
                "Reservoirs at a third of capacity led the water authority to declare a drought emergency and ban garden watering.",
                "Drought emergency: water authority bans garden watering as reservoirs fall to a third of capacity."};
        List<String> lines = new java.util.ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.parse("2031-01-01");
        for (int i = 0; i < 12; i++) {
            lines.add("{\"id\":\"d" + i + "\",\"source\":\"Outlet " + i % 3 + "\",\"title\":\"Drought\",\"date\":\"" + day.plusDays(15L * i)
                    + "\",\"text\":\"" + drought[i % 3] + " " + drought[(i + 1) % 3] + " Council bulletin number " + (200 + i)
                    + " listed the wells that still pump and the streets where tankers will stop this week.\"}");
        }
        Path data = dir.resolve("drought.jsonl");
        Files.write(data, lines);
        CliRun unlimited = CliRun.of("cluster", data.toString(), "--format", "json");
        assertEquals(0, unlimited.exitCode(), unlimited.err());
        assertEquals(1, new ObjectMapper().readTree(unlimited.out()).get("stories").size(), unlimited.out());
        CliRun limited = CliRun.of("cluster", data.toString(), "--format", "json", "--max-span-days", "45");
        assertEquals(0, limited.exitCode(), limited.err());
        JsonNode stories = new ObjectMapper().readTree(limited.out()).get("stories");
        // 165 days in stories of at most 45: days 0-45, 60-105, 120-165
        assertEquals(3, stories.size(), limited.out());
        for (JsonNode story : stories) {
            long span = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(story.get("first_seen").asText()),
                    java.time.LocalDate.parse(story.get("last_seen").asText()));
            assertTrue(span <= 45, story.toString());
        }
        CliRun wrong = CliRun.of("cluster", data.toString(), "--max-span-days", "-1");
        assertEquals(ExitCode.USAGE, wrong.exitCode());
        assertEquals("newsfuse: --decay-days, --close-after-days and --max-span-days must be >= 0\n", wrong.err());
    }

    @Test
    void summarizeGroupsAMixedStreamIntoStories() throws IOException {
        Path root = org.newsfuse.SharedData.repositoryRoot();
        for (String f : List.of("courier.txt", "coastline.txt", "meridian.txt")) {
            Files.copy(root.resolve("examples/harbor-bridge").resolve(f), dir.resolve(f));
        }
        for (String f : List.of("ledger.txt", "wire.txt", "sun.txt")) {
            Files.copy(root.resolve("newsfuse-core/src/test/resources/compare/mill-fire").resolve(f), dir.resolve(f));
        }
        CliRun run = CliRun.of("summarize", dir.toString(), "--group", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode stories = new ObjectMapper().readTree(run.out()).get("stories");
        assertEquals(2, stories.size(), run.out());
        for (JsonNode story : stories) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            story.get("articles").forEach(a -> ids.add(a.get("id").asText()));
            assertTrue(ids.equals(java.util.Set.of("courier.txt", "coastline.txt", "meridian.txt"))
                    || ids.equals(java.util.Set.of("ledger.txt", "wire.txt", "sun.txt")), ids.toString());
        }
    }
}
