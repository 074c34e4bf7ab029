package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

/**
 * Two fictional outlets report one dock strike (src/test/resources/dock-strike): the collapse of the
 * talks in different words, and one fact each that the other lacks.
 */
class ParaphraseClaimsTest {

    private static AnalyzedStory story;
    private static Pipeline pipeline;

    @BeforeAll
    static void analyze() throws IOException {
        Path dir = Path.of("src/test/resources/dock-strike");
        pipeline = Pipeline.load();
        story = pipeline.analyze(StoryInput.of("dock-strike", List.of(
                SourceDocument.of("gazette.txt", Files.readString(dir.resolve("gazette.txt"), StandardCharsets.UTF_8))
                        .withOutlet("Aldren Gazette"),
                SourceDocument.of("courier.txt", Files.readString(dir.resolve("courier.txt"), StandardCharsets.UTF_8))
                        .withOutlet("Keswater Courier"))));
    }

    private static Comparison.Claim claimContaining(Comparison comparison, String words) {
        return comparison.claims().stream().filter(c -> c.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + comparison.claims()));
    }

    private static Set<String> articles(Comparison.Claim claim) {
        return claim.articles().stream().map(Comparison.Support::article).collect(Collectors.toSet());
    }

    @Test
    void paraphrasedFactIsCorroboratedByBothOutlets() {
        Comparison.Claim talks = claimContaining(pipeline.compare(story), "collapsed on Tuesday");
        assertEquals(Comparison.Status.CORROBORATED, talks.status());
        assertEquals(Set.of("gazette.txt", "courier.txt"), articles(talks));
    }

    @Test
    void wordingAloneMissesTheParaphrase() {
        Comparison wordsOnly = pipeline.withEncoder(Optional.empty()).compare(story);
        assertEquals(Comparison.Status.SINGLE_SOURCE, claimContaining(wordsOnly, "collapsed on Tuesday").status());
    }

    @Test
    void factsOnlyOneOutletReportsStaySingleSource() {
        Comparison comparison = pipeline.compare(story);
        for (String fact : List.of("vote on any new offer", "four percent pay rise", "rival port of Keswater", "emptier than usual")) {
            assertEquals(Comparison.Status.SINGLE_SOURCE, claimContaining(comparison, fact).status(), fact);
        }
    }

    @Test
    void aParaphraseIsNotEvidenceOfAConflict() {
        assertEquals(List.of(), pipeline.compare(story).claims().stream().filter(c -> c.status() == Comparison.Status.CONFLICTING).toList());
    }
}
