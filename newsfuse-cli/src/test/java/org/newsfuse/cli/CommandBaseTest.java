package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every command has --debug and --threads (CommandBase); a bad --format is a usage error naming the formats. */
class CommandBaseTest {

    @ParameterizedTest
    @ValueSource(strings = {"summarize", "compare", "extract", "cluster", "rouge", "eval", "eval-clusters"})
    void everyCommandTakesDebugAndThreads(String command) {
        CliRun run = CliRun.of(command, "--debug", "--threads", "1", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("--debug") && run.out().contains("--threads"), run.out());
    }

    @Test
    void compareDebugRunsAsWithout() {
        CliRun plain = CliRun.of("compare", "examples/harbor-bridge", "--no-embeddings");
        CliRun debug = CliRun.of("compare", "--debug", "examples/harbor-bridge", "--no-embeddings");
        assertEquals(0, debug.exitCode(), debug.err());
        assertEquals(plain.out(), debug.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("compare", "examples/harbor-bridge", "--format", "pdf");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown format 'pdf'; known: text, markdown, json, html"), run.err());
    }
}
