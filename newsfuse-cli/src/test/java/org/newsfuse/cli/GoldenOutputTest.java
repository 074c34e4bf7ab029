package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfuse.SharedData;

/**
 * The bundled example's whole output, against golden files. After a deliberate change, regenerate with
 * {@code mvn test -pl newsfuse-cli -am -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnewsfuse.regenerateGolden=true} and review the diff in the commit.
 */
class GoldenOutputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "harbor-bridge.txt, summarize examples/harbor-bridge",
            "harbor-bridge.json, summarize examples/harbor-bridge --words 120 --format json",
            "harbor-bridge.md, summarize examples/harbor-bridge --format markdown",
    })
    void bundledExampleOutputIsStable(String golden, String commandLine) throws IOException {
        CliRun run = CliRun.of(commandLine.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        Path file = SharedData.repositoryRoot().resolve("newsfuse-cli/src/test/resources/golden").resolve(golden);
        if (Boolean.getBoolean("newsfuse.regenerateGolden")) {
            Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), run.out(), "output of ./newsfuse " + commandLine);
    }
}
