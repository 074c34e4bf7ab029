package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private static String story(int i) {
        return "{\"id\":\"lake-" + i + "\",\"documents\":["
                + "{\"id\":\"a\",\"text\":\"The lake ferry number " + i + " returned to service on Monday after repairs to its engine were finished. "
                + "Crews worked through the weekend, the operator said.\"},"
                + "{\"id\":\"b\",\"text\":\"Ferry " + i + " is running again after engine repairs, the operator said on Monday. "
                + "Passengers had used buses for a week.\"}],"
                + "\"references\":[\"Ferry " + i + " returned to service Monday after engine repairs. Passengers had taken buses for a week.\"]}";
    }

    @Test
    void reportsMalformedLinesAndScoresTheRest() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            lines.add(i == 3 ? "{\"id\": \"broken\", " : i == 5 ? "{\"id\":\"no-docs\"}" : story(i));
        }
        Path data = dir.resolve("stories.jsonl");
        Files.write(data, lines);
        Path dump = dir.resolve("dump");
        CliRun run = CliRun.of("eval", "--data", data.toString(), "--protocol", "hong2014", "--algorithm", "lead,default",
                "--format", "json", "--dump", dump.toString());
        assertEquals(ExitCode.DATA_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().contains("stories.jsonl:line 3: error: malformed JSON"), run.err());
        assertTrue(run.err().contains("stories.jsonl:line 5: error: story no-docs has no \"documents\" array"), run.err());
        assertTrue(run.err().contains("2 of 6 lines skipped"), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode lead = json.get("results").get(0);
        assertEquals("lead", lead.get("algorithm").asText());
        assertEquals("hong2014", lead.get("protocol").asText());
        assertEquals(4, lead.get("stories").asInt());
        assertTrue(lead.get("rouge").get("ROUGE-1").get("recall").asDouble() > 0.3);
        assertTrue(lead.has("seconds"));
        assertTrue(Files.exists(dump.resolve("peers/lake-1.lead")) && Files.exists(dump.resolve("models/lake-1.ref1")));

        CliRun rescore = CliRun.of("rouge", "--peers", dump.resolve("peers").toString(), "--models", dump.resolve("models").toString(),
                "-n", "4", "-x", "-m", "-l", "100", "-p", "0.5", "-f", "A", "-t", "0", "--format", "csv");
        assertEquals(0, rescore.exitCode(), rescore.err());
        String leadRow = rescore.out().lines().filter(l -> l.startsWith("lead,average,ROUGE-1,")).findFirst().orElseThrow();
        assertEquals(String.format(java.util.Locale.ROOT, "%.5f", lead.get("rouge").get("ROUGE-1").get("recall").asDouble()),
                leadRow.split(",")[3], "eval and rouge agree on the dumped summaries");
    }

    @Test
    void unknownProtocolOrAlgorithmIsAUsageError() {
        assertEquals(ExitCode.USAGE, CliRun.of("eval", "--data", "x.jsonl", "--protocol", "duc").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("eval", "--data", "x.jsonl", "--protocol", "hong2014", "--algorithm", "magic").exitCode());
        assertEquals(ExitCode.NO_INPUT, CliRun.of("eval", "--data", dir.resolve("none.jsonl").toString(), "--protocol", "hong2014").exitCode());
    }
}
