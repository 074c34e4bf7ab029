package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.clean.Article;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

class StorySummarizerTest {

    private static Pipeline pipeline;

    private static final String A = "Council backs new tram line\n\nBy Ivo Marsh, Lakeside Post\n\n"
            + "The city council approved a new tram line to the airport on Wednesday by a vote of 9 to 2. "
            + "Construction will start next spring, the transport office said.\n\n"
            + "The line will have eleven stops and cost about 310 million euros.\n";
    private static final String B = "Tram line to airport approved\n\n"
            + "The city council on Wednesday approved a tram line to the airport by a 9 to 2 vote. "
            + "Critics said the route skips the northern districts entirely.\n\n"
            + "Officials put the cost at 280 million euros.\n";

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static AnalyzedStory story() {
        return pipeline.analyze(StoryInput.of("tram", List.of(SourceDocument.of("a.txt", A),
                new SourceDocument("b.txt", "b.txt", B, Optional.of("Metro Daily"), Optional.empty(), Optional.empty()))));
    }

    @Test
    void citesEveryArticleThatReportsTheSentenceWithExactSpans() {
        AnalyzedStory story = story();
        Summary summary = pipeline.summarize(story, "default", Budget.words(60));
        Map<String, String> texts = story.articles().stream().collect(Collectors.toMap(Article::id, Article::text));
        boolean citedByBoth = false;
        for (SummarySentence s : summary.sentences()) {
            Citation own = s.citations().get(0);
            assertEquals(s.text(), own.span().of(texts.get(own.article())).replaceAll("\\s+", " "),
                    "the first citation is the sentence itself, span for span");
            for (Citation c : s.citations()) {
                String cited = c.span().of(texts.get(c.article()));
                assertTrue(!cited.isBlank() && Character.isUpperCase(cited.charAt(0)) && cited.endsWith("."), cited);
            }
            if (s.text().contains("approved")) {
                // whichever article's version was chosen, the other article's version is cited, span for span
                assertEquals(2, s.citations().size(), s.toString());
                Citation other = s.citations().get(1);
                String otherText = other.span().of(texts.get(other.article()));
                assertTrue(otherText.equals("The city council approved a new tram line to the airport on Wednesday by a vote of 9 to 2.")
                        || otherText.equals("The city council on Wednesday approved a tram line to the airport by a 9 to 2 vote."), otherText);
                assertEquals(other.article().equals("b.txt") ? "Metro Daily" : "Lakeside Post", other.outlet());
                citedByBoth = true;
            }
        }
        assertTrue(citedByBoth, summary::toString);
    }

    @Test
    void conflictingFiguresAreNotCitedAsSupport() {
        AnalyzedStory story = story();
        int cost = -1;
        for (int i = 0; i < story.sentences().size(); i++) {
            if (story.sentences().get(i).text().contains("310 million")) {
                cost = i;
            }
        }
        StorySummarizer summarizer = new StorySummarizer("default", Summarizers.require("default"), pipeline.aligner());
        assertEquals(1, summarizer.cite(story, cost).size(), "280 million does not confirm 310 million");
    }

    @Test
    void staysWithinTheBudget() {
        AnalyzedStory story = story();
        for (int words = 10; words <= 80; words += 7) {
            Summary summary = pipeline.summarize(story, "default", Budget.words(words));
            assertTrue(summary.words() <= words, () -> summary.words() + " words");
        }
        assertEquals(1, pipeline.summarize(story, "default", new Budget(0, 1, false)).sentences().size());
    }
}
