package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfuse.SharedData;

/**
 * Whole outputs against golden files: the bundled (fictional) example's, in every format, byte for
 * byte; and the seed articles' (real text, kept in {@code ../shared}, so only their SHA-256 digests are
 * kept here). A refactoring must leave every one unchanged. After a deliberate change, regenerate with
 * {@code mvn verify -pl newsfuse-cli -am -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnewsfuse.regenerateGolden=true} and review the diff in the commit.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = SharedData.repositoryRoot().resolve("newsfuse-cli/src/test/resources/golden");
    private static final boolean REGENERATE = Boolean.getBoolean("newsfuse.regenerateGolden");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "harbor-bridge.txt, summarize examples/harbor-bridge",
            "harbor-bridge.json, summarize examples/harbor-bridge --words 120 --format json",
            "harbor-bridge.md, summarize examples/harbor-bridge --format markdown",
            "harbor-bridge.html, summarize examples/harbor-bridge --format html",
            "harbor-bridge-compare.txt, compare examples/harbor-bridge",
            "harbor-bridge-compare.md, compare examples/harbor-bridge --format markdown",
            "harbor-bridge-compare.json, compare examples/harbor-bridge --format json",
            "harbor-bridge-compare.html, compare examples/harbor-bridge --format html",
            "harbor-bridge-cluster.txt, cluster examples/harbor-bridge",
            "harbor-bridge-cluster.json, cluster examples/harbor-bridge --format json",
    })
    void bundledExampleOutputIsStable(String golden, String commandLine) throws IOException {
        CliRun run = CliRun.of(commandLine.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        Path file = GOLDEN.resolve(golden);
        if (REGENERATE) {
            Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), run.out(), "output of ./newsfuse " + commandLine);
    }

    /** The seeds' outputs in every format, by digest ({@code seeds.sha256}: one {@code DIGEST  COMMAND} line each). */
    @Test
    void seedOutputsAreStable() throws IOException {
        SharedData.require("seeds");
        Map<String, String> expected = new LinkedHashMap<>();
        Path file = GOLDEN.resolve("seeds.sha256");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                expected.put(line.substring(line.indexOf("  ") + 2), line.substring(0, line.indexOf("  ")));
            }
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (String command : expected.keySet()) {
            CliRun run = CliRun.of(command.split(" "));
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            actual.put(command, sha256(run.out()));
        }
        if (REGENERATE) {
            StringBuilder out = new StringBuilder();
            actual.forEach((command, digest) -> out.append(digest).append("  ").append(command).append('\n'));
            Files.writeString(file, out, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "the seeds' outputs changed");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
