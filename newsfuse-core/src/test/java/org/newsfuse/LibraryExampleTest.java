package org.newsfuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.render.ComparisonReport;
import org.newsfuse.render.Format;
import org.newsfuse.render.StoryReport;

/** The README's "Use it as a library" example, run as written (paths resolved from the repository root). */
class LibraryExampleTest {

    private static final Path ROOT = SharedData.repositoryRoot();

    @Test
    void readmeExampleRuns() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // README-BEGIN
            NewsFuse newsfuse = NewsFuse.load();
            IngestResult input = newsfuse.read(List.of("examples/harbor-bridge"), ReadOptions.defaults().withWorkingDirectory(ROOT));
            StoryInput story = input.stories().get(0);
            StoryReport summary = newsfuse.summarize(story, SummaryOptions.defaults().withWords(80));
            ComparisonReport comparison = newsfuse.compare(story, CompareOptions.defaults());
            System.out.print(NewsFuse.render(summary, Format.TEXT));
            System.out.print(NewsFuse.render(comparison, Format.JSON));
            // README-END
            assertEquals(3, summary.articles().size());
            assertTrue(summary.summary().words() <= 80 && summary.summary().words() > 0);
        } finally {
            System.setOut(console);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("Story harbor-bridge: 3 articles"), out);
        assertTrue(out.contains("\"claims\""), out);
    }

    @Test
    void readmeShowsTheCodeThisTestRuns() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("## Use it as a library");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start)).strip();
        String source = Files.readString(ROOT.resolve("newsfuse-core/src/test/java/org/newsfuse/LibraryExampleTest.java"));
        String run = source.substring(source.indexOf("// README-BEGIN") + "// README-BEGIN".length(), source.indexOf("            // README-END"));
        String normalised = run.replace(".withWorkingDirectory(ROOT)", "").lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
        assertEquals(normalised, shown, "the README's library example differs from the code LibraryExampleTest runs");
    }
}
