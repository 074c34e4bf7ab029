package org.newsfuse.eval.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.group.StoryClusterer;

class ClusterEvaluationTest {

    @TempDir
    Path dir;

    private static String story(String id, String first, String second) {
        return "{\"id\": \"" + id + "\", \"documents\": [{\"id\": \"" + id + "-a\", \"text\": \"" + first + "\"}, {\"id\": \""
                + id + "-b\", \"text\": \"" + second + "\"}]}\n";
    }

    private Path corpus() throws IOException {
        Path file = dir.resolve("stories.jsonl");
        Files.writeString(file, story("s1", "The Orwell river flooded the market town of Dunmere after three days of rain.",
                "Floodwater from the Orwell covered the streets of Dunmere on Sunday after days of heavy rain.")
                + story("s2", "The Kestrel Aviation strike grounded forty flights at Halden airport.",
                "Forty Kestrel Aviation flights were cancelled at Halden as cabin crews walked out.")
                + story("s3", "Voters in Brannock elected Ida Varga as mayor by a narrow margin.", "")
                + story("s4", "A rare white stag was photographed in the Corrin forest by a hiker.",
                "The white stag of Corrin forest, seen by a hiker, drew crowds of wildlife watchers."),
                StandardCharsets.UTF_8);
        return file;
    }

    private static ClusterEvaluation.Result run(Path file, int limit, int skip) throws IOException {
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            return new ClusterEvaluation(StoryClusterer.defaults(), analyzer).run(List.of(file), limit, skip, 1);
        }
    }

    @Test
    void evaluatesOnlyTheStoriesAskedForAndTheirProblems() throws IOException {
        ClusterEvaluation.Result firstTwo = run(corpus(), 2, 0);
        assertEquals(2, firstTwo.trueStories());
        assertEquals(4, firstTwo.articles());
        assertEquals(List.of(), firstTwo.diagnostics(), "story 3's empty document is outside the first two stories");

        ClusterEvaluation.Result rest = run(corpus(), 0, 2);
        assertEquals(2, rest.trueStories());
        assertEquals(3, rest.articles(), "story 3's empty document is skipped");
        assertEquals(1, rest.diagnostics().size());
        Diagnostic skipped = rest.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.WARNING, skipped.severity());
        assertTrue(skipped.message().contains("s3"), skipped.message());
    }

    @Test
    void separatesTwoUnrelatedStoriesPerfectly() throws IOException {
        ClusterEvaluation.Result r = run(corpus(), 2, 0);
        assertEquals(1.0, r.bcubedPrecision(), 1e-9);
        assertEquals(1.0, r.bcubedRecall(), 1e-9);
    }
}
