package org.newsfuse.spark;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.CompareOptions;
import org.newsfuse.GroupOptions;
import org.newsfuse.NewsFuse;
import org.newsfuse.SummaryOptions;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.group.Clustering;
import org.newsfuse.ingest.HtmlPage;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.render.Format;

/**
 * The newsfuse library as one executor JVM holds it: every call the job makes into newsfuse goes
 * through here, and from here only through the {@link NewsFuse} front door and render. Loading the
 * models is the expensive part, so each JVM loads them once, on first use, and every task of that JVM
 * shares them (the front door is immutable and thread-safe).
 */
final class ExecutorLibrary {

    /** Fewer words than this on a page is navigation, a paywall or an error page, not an article (the CLI's limit for a saved page). */
    static final int MIN_PAGE_WORDS = 30;

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private final NewsFuse newsfuse = NewsFuse.load();
    // the comparison aligns claims on wording: no sentence-embedding model on a cluster's executors
    private final CompareOptions compareOptions = CompareOptions.defaults().withEmbeddings(false);

    private ExecutorLibrary() {
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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return ParsedRecord.rejected(new RecordProblem("error", file, "line " + lineNumber, "invalid UTF-8", "line skipped"));
        }
        IngestResult read = newsfuse.readLine(text, file, Math.toIntExact(lineNumber));
        List<RecordProblem> problems = new ArrayList<>(read.diagnostics().size());
        for (Diagnostic d : read.diagnostics()) {
            problems.add(new RecordProblem(d.severity().name().toLowerCase(Locale.ROOT), d.source(), d.location(), d.message(), d.outcome()));
        }
        if (read.stories().isEmpty()) {
            return new ParsedRecord(null, problems);
        }
        StoryInput story = read.stories().get(0);
        List<ArticleRow> articles = new ArrayList<>(story.documents().size());
        for (int i = 0; i < story.documents().size(); i++) {
            SourceDocument d = story.documents().get(i);
            articles.add(new ArticleRow(d.id(), d.origin(), d.outlet().orElse(null), d.title().orElse(null),
                    d.date().map(LocalDate::toString).orElse(null), d.text(), ArticleRow.order(fileIndex, lineNumber, i)));
        }
        return new ParsedRecord(new StoryRow(story.id(), articles.get(0).order(), articles), problems);
    }

    /**
     * Extracts and cleans the article of one archived web page; a page with no article on it is a
     * rejected record. The page's own publication date wins over the date it was archived.
     */
    ParsedRecord parsePage(byte[] html, String file, String location, String url, String archivedDate, long order) {
        HtmlPage page = newsfuse.extract(new String(html, charsetOf(html)), url);
        int words = countWords(page.text());
        if (words < MIN_PAGE_WORDS) {
            return ParsedRecord.rejected(new RecordProblem("error", file, location, words == 0 ? "empty page: no article text on "
                    + url : "no article on " + url + " (" + words + " words of text)", "record skipped"));
        }
        Optional<String> language = newsfuse.unsupportedLanguage(page.text());
        if (language.isPresent()) {
            return ParsedRecord.rejected(new RecordProblem("error", file, location, language.get() + ": " + url, "record skipped"));
        }
        String date = page.published().or(() -> Optional.ofNullable(archivedDate)).map(DATE_PREFIX::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).orElse(null);
        ArticleRow article = new ArticleRow(url, file + ":" + location, page.siteName().orElse(null), page.title().orElse(null), date,
                page.text(), order);
        return new ParsedRecord(new StoryRow(url, order, List.of(article)), List.of());
    }

    /** The page's encoding: UTF-8 unless its head declares another (most news pages are UTF-8). */
    private static java.nio.charset.Charset charsetOf(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("charset=[\"']?([a-z0-9_\\-]+)").matcher(head);
        if (m.find()) {
            try {
                return java.nio.charset.Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
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

    /** Groups articles, in the order given, as {@code newsfuse cluster} groups a whole input with these options. */
    Grouping group(List<ArticleRow> articles, GroupOptions options) {
        List<SourceDocument> documents = articles.stream().map(ExecutorLibrary::document).toList();
        Clustering clustering = newsfuse.group(documents, options).clustering();
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
        SummaryOptions summary = new SummaryOptions(options.algorithm(), options.words(), options.sentences());
        List<String> ids = row.articles().stream().map(ArticleRow::id).toList();
        // one story the library cannot handle must not fail a run over millions: its row says what failed
        String summaryJson;
        AnalyzedStory analyzed;
        try {
            // analyzed once for the summary and the comparison both
            analyzed = newsfuse.analyze(story);
            summaryJson = NewsFuse.render(newsfuse.summarize(analyzed, summary), Format.JSON);
        } catch (RuntimeException e) {
            return new StoryOutput(row.id(), row.order(), row.articles().size(), ids, null, null, "summarize failed: " + e);
        }
        if (!options.compare()) {
            return new StoryOutput(row.id(), row.order(), row.articles().size(), ids, summaryJson, null, null);
        }
        try {
            return new StoryOutput(row.id(), row.order(), row.articles().size(), ids, summaryJson,
                    NewsFuse.render(newsfuse.compare(analyzed, compareOptions), Format.JSON), null);
        } catch (RuntimeException e) {
            return new StoryOutput(row.id(), row.order(), row.articles().size(), ids, summaryJson, null, "compare failed: " + e);
        }
    }

    private static SourceDocument document(ArticleRow a) {
        return new SourceDocument(a.id(), a.origin(), a.text(), Optional.ofNullable(a.source()), Optional.ofNullable(a.title()),
                Optional.ofNullable(a.date()).map(LocalDate::parse));
    }
}
