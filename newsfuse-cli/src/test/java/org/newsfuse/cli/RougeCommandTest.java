package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfuse.SharedData;

class RougeCommandTest {

    /** The drop-in promise: ROUGE-1.5.5's option letters in, its per-topic numbers out. */
    @Test
    void perTopicCsvReproducesRouge155() throws IOException {
        Path sumrepo = SharedData.require("data/duc2004/sumrepo");
        CliRun run = CliRun.of("rouge", "--peers", sumrepo.resolve("peers").toString(), "--models", sumrepo.resolve("models").toString(),
                "-n", "2", "-2", "4", "-u", "-m", "-b", "665", "-p", "0.5", "-c", "95", "-r", "1000", "-f", "A", "-t", "0", "-a",
                "--per-topic", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> expected = Files.readAllLines(sumrepo.resolve("rouge155-duc665.per-topic.csv"));
        Set<String> actual = new HashSet<>(run.out().lines().toList());
        assertEquals("system,topic,metric,recall,precision,f", run.out().lines().findFirst().orElseThrow());
        for (String line : expected) {
            assertTrue(actual.contains(line), "missing or different: " + line);
        }
    }

    @Test
    void textOutputLooksLikeRouge155() throws IOException {
        Path sumrepo = SharedData.require("data/duc2004/sumrepo");
        CliRun run = CliRun.of("rouge", "--peers", sumrepo.resolve("peers").toString(), "--models", sumrepo.resolve("models").toString(),
                "-n", "1", "-x", "-r", "10");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("DPP ROUGE-1 Average_R: 0."), run.out());
        assertTrue(run.out().contains("(95%-conf.int. 0."), run.out());
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(ExitCode.USAGE, CliRun.of("rouge", "--peers", ".", "--models", ".", "-t", "1").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("rouge", "--peers", ".", "--models", ".", "-f", "C").exitCode());
        assertEquals(ExitCode.NO_INPUT, CliRun.of("rouge", "--peers", "nope", "--models", ".", "-n", "1").exitCode());
    }
}
