package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.SharedData;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Article;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.ingest.ArticleReader;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

/**
 * Every quotation span {@code compare} reports, on the seeds and on all 505 AllSides stories, covers exactly the
 * quotation's words (up to case, punctuation and spacing), never starts or ends inside a word, and every report and
 * speaker mention lies inside its article.
 */
class QuoteSpansTest {

    private static final Pipeline PIPELINE = Pipeline.load();

    @Test
    void seedQuoteSpansCoverExactlyTheirWords() throws IOException {
        Path seeds = SharedData.require("seeds");
        List<SourceDocument> docs = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(SourceDocument.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        List<String> wrong = check(List.of(StoryInput.of("seeds", docs)));
        assertEquals(List.of(), wrong);
    }

    @Test
    void allSidesQuoteSpansCoverExactlyTheirWords() {
        Path file = SharedData.require("data/allsides/allsides_roundups_2021.jsonl");
        IngestResult input = new ArticleReader(ArticleReader.Options.defaults()).read(List.of(file.toString()), InputStream::nullInputStream);
        assertEquals(505, input.stories().size(), "the AllSides roundups hold 505 stories");
        List<String> wrong = check(input.stories());
        assertTrue(wrong.isEmpty(), wrong.size() + " quotation spans do not cover their words exactly, e.g. "
                + wrong.stream().limit(5).collect(Collectors.joining("\n")));
    }

    private static List<String> check(List<StoryInput> stories) {
        List<String> wrong = new ArrayList<>();
        int quotes = 0;
        for (StoryInput input : stories) {
            AnalyzedStory story = PIPELINE.analyze(input);
            Map<String, String> texts = story.articles().stream().collect(Collectors.toMap(Article::id, Article::text));
            for (Comparison.Quote quote : PIPELINE.compare(story).quotes()) {
                quotes++;
                String words = StoryComparer.normalise(quote.text());
                assertTrue(quote.text().split("\\s+").length > 1 || quote.speaker().isPresent()
                                || quote.attributions().stream().anyMatch(a -> a.speaker().isPresent()),
                        "a one-word quotation attributed to nobody is scare quotes: " + quote);
                for (Comparison.Support s : quote.articles()) {
                    String text = texts.get(s.article());
                    String covered = s.span().of(text);
                    if (!StoryComparer.normalise(covered).equals(words) || insideWord(text, s.span())) {
                        wrong.add(input.id() + " " + s.article() + " " + s.span() + ": \"" + covered + "\" for \"" + quote.text() + "\"");
                    }
                }
                for (Comparison.Attribution a : quote.attributions()) {
                    int length = texts.get(a.article()).length();
                    assertTrue(a.report().end() <= length, "report inside the article: " + a);
                    a.speaker().ifPresent(m -> assertTrue(m.end() <= length && m.length() > 0, "mention inside the article: " + a));
                }
            }
        }
        assertTrue(quotes > 0, "no quotations found at all");
        return wrong;
    }

    private static boolean insideWord(String text, Span span) {
        boolean startsInside = span.start() > 0 && Character.isLetterOrDigit(text.charAt(span.start() - 1))
                && Character.isLetterOrDigit(text.charAt(span.start()));
        boolean endsInside = span.end() < text.length() && span.end() > 0 && Character.isLetterOrDigit(text.charAt(span.end()))
                && Character.isLetterOrDigit(text.charAt(span.end() - 1));
        return startsInside || endsInside;
    }
}
