package org.newsfuse.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.NewsFuse;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.group.Clustering;
import org.newsfuse.group.StoryClusterer;
import org.newsfuse.ingest.HtmlArticleExtractor;
import org.newsfuse.ingest.HtmlPage;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.ingest.StoryJsonlReader;
import org.newsfuse.render.ComparisonRenderer;
import org.newsfuse.render.Renderer;
import org.newsfuse.render.StoryReport;
import org.newsfuse.summarize.Budget;

/**
 * The newsfuse library as one executor JVM holds it: every call the job makes into newsfuse goes
 * through here, and from here only through the {@link NewsFuse} front door and render. Loading the
 * models is the expensive part, so each JVM loads them once, on first use, and every task of that JVM
 * shares them (the library is immutable and thread-safe).
 */
final class ExecutorLibrary {

    /** Fewer words than this on a page is navigation, a paywall or an error page, not an article. */
    static final int MIN_PAGE_WORDS = 30;

    private static final Pattern FIRST_LINE = Pattern.compile("^line 1$");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final Pipeline pipeline;
    private final HtmlArticleExtractor pages = new HtmlArticleExtractor();
    private final StoryJsonlReader lines = new StoryJsonlReader();
    // renderers are stateless and thread-safe; made once, as each builds its own JSON mapper
    private final Renderer summaryJson = NewsFuse.renderer("json");
    private final ComparisonRenderer comparisonJson = new ComparisonRenderer("json");

    private ExecutorLibrary() {
        // the comparison aligns claims on wording: no sentence-embedding model on a cluster's executors
        this.pipeline = NewsFuse.pipeline().withEncoder(Optional.empty());
    }

    /** Loaded on first use, once per JVM (the holder idiom: lazy, and safe without locks). */
    private static final class Holder {
        static final ExecutorLibrary INSTANCE = new ExecutorLibrary();
    }

    static ExecutorLibrary get() {
        return Holder.INSTANCE;
    }

    /**
     * Reads one line of a stories or articles JSONL file as the CLI reads it at that line: the same
     * story, the same origins ({@code file:line:document}), the same messages.
     */
    ParsedRecord parseLine(byte[] bytes, int length, String file, int fileIndex, long lineNumber) {
        List<StoryInput> stories = new ArrayList<>(1);
        List<Diagnostic> diagnostics = new ArrayList<>(1);
        try {
            lines.stream(new ByteArrayInputStream(bytes, 0, length), file, stories::add, diagnostics::add);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a line held in memory failed", e);
        }
        List<RecordProblem> problems = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            problems.add(new RecordProblem(d.severity().name().toLowerCase(Locale.ROOT), d.source(),
                    FIRST_LINE.matcher(d.location()).replaceFirst("line " + lineNumber), d.message(), d.outcome()));
        }
        if (stories.isEmpty()) {
            return new ParsedRecord(null, problems);
        }
        StoryInput story = stories.get(0);
        String lineOrigin = file + ":1:";
        List<ArticleRow> articles = new ArrayList<>(story.documents().size());
        for (int i = 0; i < story.documents().size(); i++) {
            SourceDocument d = story.documents().get(i);
            String origin = d.origin().startsWith(lineOrigin) ? file + ":" + lineNumber + ":" + d.origin().substring(lineOrigin.length())
                    : d.origin();
            articles.add(new ArticleRow(d.id(), origin, d.outlet().orElse(null), d.title().orElse(null),
                    d.date().map(LocalDate::toString).orElse(null), d.text(), ArticleRow.order(fileIndex, lineNumber, i)));
        }
        String storyId = story.id().equals(file + ":1") ? file + ":" + lineNumber : story.id();
        return new ParsedRecord(new StoryRow(storyId, articles.get(0).order(), articles), problems);
    }

    /**
     * Extracts and cleans the article of one archived web page; a page with no article on it is a
     * rejected record.
     */
    ParsedRecord parsePage(byte[] html, String file, String location, String url, String archivedDate, long order) {
        HtmlPage page = pages.extract(html, url);
        int words = countWords(page.text());
        if (words < MIN_PAGE_WORDS) {
            return ParsedRecord.rejected(new RecordProblem("error", file, location, words == 0 ? "empty page: no article text on "
                    + url : "no article on " + url + " (" + words + " words of text)", "record skipped"));
        }
        String date = page.published().flatMap(org.newsfuse.ingest.PublicationDates::parse)
                .or(() -> Optional.ofNullable(archivedDate).flatMap(org.newsfuse.ingest.PublicationDates::parse))
                .map(LocalDate::toString).orElse(null);
        ArticleRow article = new ArticleRow(url, file + ":" + location, page.siteName().orElse(null), page.title().orElse(null), date,
                page.text(), order);
        return new ParsedRecord(new StoryRow(url, order, List.of(article)), List.of());
    }

    private static int countWords(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Stories found among some articles: members are indexes into the list grouped. */
    record Grouping(List<LocalStory> stories, List<LocalDuplicate> duplicates) {
    }

    /** One story: title (or null), member indexes ascending, distinct outlets, first and last dates (or null). */
    record LocalStory(String title, List<Integer> members, List<String> outlets, String firstSeen, String lastSeen) {
    }

    /** Article {@code article} copies article {@code duplicateOf}. */
    record LocalDuplicate(int article, int duplicateOf, double similarity) {
    }

    /** Groups articles, in the order given, as {@code newsfuse cluster} groups a whole input. */
    Grouping group(List<ArticleRow> articles) {
        List<SourceDocument> documents = articles.stream().map(ExecutorLibrary::document).toList();
        Clustering clustering;
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            clustering = NewsFuse.cluster(documents, StoryClusterer.defaults(), analyzer);
        }
        List<LocalStory> stories = new ArrayList<>(clustering.stories().size());
        for (Clustering.Story s : clustering.stories()) {
            stories.add(new LocalStory(s.title().orElse(null), s.articles(), s.outlets(), s.firstSeen().map(LocalDate::toString).orElse(null),
                    s.lastSeen().map(LocalDate::toString).orElse(null)));
        }
        List<LocalDuplicate> duplicates = clustering.duplicates().stream()
                .map(d -> new LocalDuplicate(d.article(), d.duplicateOf(), Math.round(d.similarity() * 1000) / 1000.0)).toList();
        return new Grouping(stories, duplicates);
    }

    /**
     * The story's summary, exactly as {@code newsfuse summarize --format json} prints it for this story
     * alone, and its comparison as {@code newsfuse compare --format json --no-embeddings} prints it
     * (null when not asked for).
     */
    StoryOutput report(StoryRow row, JobOptions options) {
        StoryInput story = StoryInput.of(row.id(), row.articles().stream().map(ExecutorLibrary::document).toList());
        Budget budget = new Budget(options.words(), options.sentences(), false);
        StoryReport report = pipeline.report(story, options.algorithm(), budget);
        String summary = summaryJson.render(List.of(report), List.of());
        String comparison = null;
        if (options.compare()) {
            AnalyzedStory analyzed = pipeline.analyze(story);
            comparison = comparisonJson.render(
                    List.of(new ComparisonRenderer.Report(analyzed.articles(), pipeline.compare(analyzed))), pipeline.emptyArticles(analyzed));
        }
        return new StoryOutput(row.id(), row.order(), row.articles().size(), row.articles().stream().map(ArticleRow::id).toList(),
                summary, comparison);
    }

    private static SourceDocument document(ArticleRow a) {
        return new SourceDocument(a.id(), a.origin(), a.text(), Optional.ofNullable(a.source()), Optional.ofNullable(a.title()),
                Optional.ofNullable(a.date()).map(LocalDate::parse));
    }
}
