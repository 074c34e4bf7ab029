package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every command has --debug (CommandBase); --threads only where the work divides; a bad --format is a
 * usage error naming the formats.
 */
class CommandBaseTest {

    @ParameterizedTest
    @ValueSource(strings = {"summarize", "compare", "extract", "cluster", "rouge", "eval", "eval-clusters", "eval-quotes", "import", "serve"})
    void everyCommandTakesDebug(String command) {
        CliRun run = CliRun.of(command, "--debug", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("--debug"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"summarize", "compare", "rouge", "eval"})
    void theCommandsWhoseWorkDividesTakeThreads(String command) {
        CliRun run = CliRun.of(command, "--threads", "1", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("--threads"), run.out());
        CliRun zero = CliRun.of(command, "--threads", "0");
        assertEquals(ExitCode.USAGE, zero.exitCode());
        assertTrue(zero.err().contains("--threads must be >= 1"), zero.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "cluster", "eval-clusters"})
    void theOthersRefuseThreadsRatherThanIgnoreIt(String command) {
        CliRun run = CliRun.of(command, "--threads", "2",
                command.equals("eval-clusters") ? "--data=stories.jsonl" : "examples/harbor-bridge");
        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("'--threads'") && run.err().contains("Unknown option"), run.err());
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
