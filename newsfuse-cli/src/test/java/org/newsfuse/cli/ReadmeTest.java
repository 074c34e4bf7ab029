package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsfuse.SharedData;

/** The README's examples are run, so they cannot go stale. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(SharedData.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void sampleOutputsAreWhatTheCommandsPrint() throws IOException {
        Matcher m = Pattern.compile("```\\n\\$ \\./newsfuse ([^\\n]+)\\n(.*?)```", Pattern.DOTALL).matcher(readme());
        int samples = 0;
        while (m.find()) {
            CliRun run = CliRun.of(m.group(1).split(" "));
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(m.group(2), run.out(), "README sample of ./newsfuse " + m.group(1));
            samples++;
        }
        assertTrue(samples > 0, "the README shows at least one sample");
    }

    @Test
    void theTestCommandIsTheOneCiRuns() throws IOException {
        String ci = Files.readString(SharedData.repositoryRoot().resolve(".ci/run"), StandardCharsets.UTF_8);
        List<String> commands = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(mvn [^\\n#]+|\\./newsfuse [^\\n>#]+)").matcher(ci);
        while (m.find()) {
            if (!m.group(1).contains("--version")) {
                commands.add(m.group(1).strip());
            }
        }
        assertTrue(!commands.isEmpty());
        for (String command : commands) {
            assertTrue(readme().contains(command), "README must show the command CI runs: " + command);
        }
    }
}
