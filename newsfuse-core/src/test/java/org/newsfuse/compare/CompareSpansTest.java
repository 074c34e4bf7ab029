package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsfuse.Pipeline;
import org.newsfuse.SharedData;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Article;
import org.newsfuse.clean.Removal;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.ingest.StoryJsonlReader;

/**
 * Every span {@code compare} emits covers exactly the text it cites, on the two seed articles and all
 * 505 AllSides stories: a claim's own span is its sentence, every supporting span is a whole sentence
 * with no removed noise inside it ("(RELATED: ...)" was), timeline spans likewise, and each entity's
 * articles name it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareSpansTest {

    private final List<AnalyzedStory> stories = new ArrayList<>();
    private final List<Comparison> comparisons = new ArrayList<>();

    @BeforeAll
    void compareEverything() throws IOException {
        Pipeline pipeline = Pipeline.load().withEncoder(Optional.empty());
        List<StoryInput> inputs = new ArrayList<>();
        Path seeds = SharedData.require("seeds");
        List<SourceDocument> seedDocs = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seedDocs.add(SourceDocument.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        inputs.add(StoryInput.of("seeds", seedDocs));
        try (InputStream in = Files.newInputStream(SharedData.require("data/allsides/allsides_roundups_2021.jsonl"))) {
            inputs.addAll(new StoryJsonlReader().read(in, "allsides").stories());
        }
        assertTrue(inputs.size() == 506, inputs.size() + " stories: the seeds and AllSides' 505");
        for (StoryInput input : inputs) {
            AnalyzedStory story = pipeline.analyze(input);
            stories.add(story);
            comparisons.add(pipeline.compare(story));
        }
    }

    @Test
    void claimSpansCoverTheirSentencesAndNoRemovedText() {
        List<String> wrong = new ArrayList<>();
        for (int s = 0; s < stories.size(); s++) {
            Map<String, Article> articles = byId(stories.get(s));
            for (Comparison.Claim claim : comparisons.get(s).claims()) {
                check(stories.get(s).id(), "claim", claim.text(), claim.articles(), articles, wrong);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong claim spans, e.g. " + wrong.subList(0, Math.min(5, wrong.size())));
    }

    @Test
    void timelineSpansCoverTheirSentencesAndNoRemovedText() {
        List<String> wrong = new ArrayList<>();
        for (int s = 0; s < stories.size(); s++) {
            Map<String, Article> articles = byId(stories.get(s));
            for (Comparison.TimelineEvent event : comparisons.get(s).timeline()) {
                check(stories.get(s).id(), "timeline", event.text(), event.articles(), articles, wrong);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong timeline spans, e.g. " + wrong.subList(0, Math.min(5, wrong.size())));
    }

    @Test
    void everyEntityIsNamedInTheArticlesItLists() {
        List<String> wrong = new ArrayList<>();
        for (int s = 0; s < stories.size(); s++) {
            Map<String, Article> articles = byId(stories.get(s));
            for (Comparison.Entity entity : comparisons.get(s).entities()) {
                for (String id : entity.articles()) {
                    Article article = articles.get(id);
                    String text = article == null ? "" : collapse(article.text());
                    boolean named = article != null && (text.contains(collapse(entity.name()))
                            || entity.aliases().stream().anyMatch(alias -> text.contains(collapse(alias))));
                    if (!named) {
                        wrong.add(stories.get(s).id() + ": " + entity.name() + " not in " + id);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " entities listed for articles that do not name them, e.g. "
                + wrong.subList(0, Math.min(5, wrong.size())));
    }

    /**
     * Quote spans: in bounds, whole words, and the quote's own words. TODO(issue 18): quote spans that do
     * not match their quote text and single-word quotes are the quotes branch's to fix (QuoteExtractor);
     * until it lands this counts them and holds the count to the level measured on main (20 of 1,360
     * AllSides quote spans), so it fails if quotes get worse and is tightened to zero with issue 18.
     */
    @Test
    void quoteSpansCoverTheirQuotes() {
        List<String> wrong = new ArrayList<>();
        int spans = 0;
        for (int s = 0; s < stories.size(); s++) {
            Map<String, Article> articles = byId(stories.get(s));
            for (Comparison.Quote quote : comparisons.get(s).quotes()) {
                for (Comparison.Support support : quote.articles()) {
                    spans++;
                    Article article = articles.get(support.article());
                    String cited = article == null || support.span().end() > article.text().length() ? null : support.span().of(article.text());
                    if (cited == null || !normalise(cited).equals(normalise(quote.text()))) {
                        wrong.add(stories.get(s).id() + " " + support.span() + ": '" + quote.text() + "' cites '" + cited + "'");
                    }
                }
            }
        }
        int allowedUntilIssue18 = 0;
        assertTrue(wrong.size() <= allowedUntilIssue18, wrong.size() + " of " + spans + " quote spans do not cover their quote, e.g. "
                + wrong.subList(0, Math.min(5, wrong.size())));
    }

    /** The first span is the cited sentence itself; every span is a trimmed, whole stretch of prose. */
    private static void check(String story, String kind, String text, List<Comparison.Support> supports,
                              Map<String, Article> articles, List<String> wrong) {
        for (int i = 0; i < supports.size(); i++) {
            Comparison.Support support = supports.get(i);
            Article article = articles.get(support.article());
            Span span = support.span();
            String where = story + " " + kind + " " + support.article() + " " + span;
            if (article == null || span.start() < 0 || span.end() > article.text().length() || span.length() == 0) {
                wrong.add(where + ": outside the article");
                continue;
            }
            String cited = span.of(article.text());
            if (!cited.equals(cited.strip()) || Character.isSpaceChar(cited.charAt(0)) || Character.isSpaceChar(cited.charAt(cited.length() - 1))) {
                wrong.add(where + ": not trimmed: '" + cited + "'");
            }
            for (Removal removal : article.removals()) {
                if (removal.span().start() >= span.start() && removal.span().end() <= span.end() && removal.span().length() > 0) {
                    wrong.add(where + ": holds the removed " + removal.reason() + " '" + removal.text().strip() + "'");
                }
            }
            if (i == 0 && !collapse(cited).equals(collapse(text))) {
                wrong.add(where + ": '" + text + "' cites '" + cited + "'");
            }
        }
    }

    private static Map<String, Article> byId(AnalyzedStory story) {
        return story.articles().stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String normalise(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
