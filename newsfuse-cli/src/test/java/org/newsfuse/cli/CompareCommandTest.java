package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.newsfuse.SharedData;

class CompareCommandTest {

    @Test
    void jsonContractOnTheBundledExample() throws IOException {
        CliRun run = CliRun.of("compare", "examples/harbor-bridge", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode conflict = null;
        for (JsonNode claim : json.get("claims")) {
            assertTrue(claim.has("text") && claim.has("status") && claim.get("articles").size() >= 1);
            for (JsonNode a : claim.get("articles")) {
                String text = Files.readString(SharedData.repositoryRoot().resolve("examples/harbor-bridge").resolve(a.get("article").asText()),
                        StandardCharsets.UTF_8);
                String cited = text.substring(a.get("start").asInt(), a.get("end").asInt());
                assertTrue(!cited.isBlank(), cited);
            }
            if (claim.get("status").asText().equals("conflicting")) {
                conflict = claim;
            }
        }
        assertTrue(conflict != null && conflict.get("values").toString().contains("$4.2 million")
                && conflict.get("values").toString().contains("$5 million"), String.valueOf(conflict));
        JsonNode quote = null;
        for (JsonNode q : json.get("quotes")) {
            if (q.get("text").asText().startsWith("We will not reopen this bridge")) {
                quote = q;
            }
        }
        assertTrue(quote != null && quote.get("kind").asText().equals("direct"), json.get("quotes").toString());
        assertEquals("Dana Whitfield", quote.get("speaker").asText());
        assertEquals(3, quote.get("articles").size(), "all three outlets carry the mayor's quote");
        assertTrue(json.get("entities").toString().contains("\"name\":\"Tomas Brandt\""), json.get("entities").toString());
        assertTrue(json.has("timeline"));
    }

    @Test
    void briefingReadsLikeOne() {
        CliRun run = CliRun.of("compare", "examples/harbor-bridge");
        assertEquals(0, run.exitCode(), run.err());
        for (String heading : new String[] {"Confirmed by several outlets", "Only in ", "Disagree (1)", "Who said what"}) {
            assertTrue(run.out().contains(heading), heading + " in\n" + run.out());
        }
    }

    @Test
    void anArticleThatIsAllNoiseIsReportedAndTheWordingOnlyFlagWorks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        Files.writeString(dir.resolve("noise.txt"), "By Jane Doe, Island Times\n\nShare this article:\n");
        Files.writeString(dir.resolve("good.txt"), "The island ferry resumed service on Friday after a two-day strike by its crews ended.\n");
        for (String[] args : new String[][] {{"compare", dir.toString(), "--format", "json"},
                {"compare", dir.toString(), "--format", "json", "--no-embeddings"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("noise.txt: warning: no body text left after cleaning"), run.err());
            JsonNode diagnostics = new ObjectMapper().readTree(run.out()).get("diagnostics");
            assertTrue(diagnostics.toString().contains("no body text left after cleaning (2 pieces removed"), diagnostics.toString());
        }
    }

    @Test
    void theSpeakerParserIsAUsageErrorWhenNoneIsInstalled() {
        // the default CLI leaves the optional NLP4J module out (it comes with -Pnlp4j)
        CliRun run = CliRun.of("compare", "examples/harbor-bridge", "--no-embeddings", "--speaker-parser");
        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--speaker-parser: no speaker parser installed (build the CLI with -Pnlp4j)"), run.err());
        assertEquals("", run.out());
    }
}
