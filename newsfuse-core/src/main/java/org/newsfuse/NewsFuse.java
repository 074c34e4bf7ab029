package org.newsfuse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.compare.SpeakerParser;
import org.newsfuse.group.Clustering;
import org.newsfuse.group.StoryClusterer;
import org.newsfuse.group.StoryStream;
import org.newsfuse.ingest.ArticleReader;
import org.newsfuse.ingest.ExtractedPage;
import org.newsfuse.ingest.HtmlArticleExtractor;
import org.newsfuse.ingest.HtmlPage;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.LanguageCheck;
import org.newsfuse.ingest.PublicationDates;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.ingest.StoryJsonlReader;
import org.newsfuse.ingest.WebPageReader;
import org.newsfuse.render.ClusterRenderer;
import org.newsfuse.render.ClusterReport;
import org.newsfuse.render.ComparisonRenderer;
import org.newsfuse.render.ComparisonReport;
import org.newsfuse.render.ExtractionRenderer;
import org.newsfuse.render.ExtractionReport;
import org.newsfuse.render.Format;
import org.newsfuse.render.StoryReport;
import org.newsfuse.render.SummaryRenderer;
import org.newsfuse.summarize.Budget;

/**
 * The front door: the one API that the command line, the service and the Spark job call. Build it
 * once with {@link #load()} (it loads the sentence model and, when installed, the sentence encoder) and
 * share it: it is immutable and thread-safe. One method per capability, each taking an options record
 * with {@code defaults()}:
 *
 * <ul>
 *   <li>read: {@link #read} (files, directories, stories/articles JSONL, web pages, standard input),
 *       {@link #readLine} (one JSONL line), {@link #article} (one article held in memory);</li>
 *   <li>{@link #extract}: the article text and metadata of saved web pages;</li>
 *   <li>{@link #clean}: one article's body, with every piece of page furniture it took out;</li>
 *   <li>{@link #analyze}: a story cleaned and analyzed once, for both of the next two;</li>
 *   <li>{@link #summarize}: a story's cited summary;</li>
 *   <li>{@link #compare}: what outlets confirm, what only one reports, where they disagree;</li>
 *   <li>{@link #group}: a batch of articles into stories; {@link #stream} and {@link #restoreStream}:
 *       the same one article at a time, with state that can be saved;</li>
 *   <li>{@code render}: any result in a {@link Format}, as a string or to a {@link Writer}.</li>
 * </ul>
 *
 * Evaluation (ROUGE, clustering scores) lives in the {@code newsfuse-eval} module, which builds on this class.
 *
 * <pre>{@code
 * NewsFuse newsfuse = NewsFuse.load();
 * IngestResult input = newsfuse.read(List.of("articles/"), ReadOptions.defaults());
 * StoryReport summary = newsfuse.summarize(input.stories().get(0), SummaryOptions.defaults().withWords(120));
 * ComparisonReport comparison = newsfuse.compare(input.stories().get(0), CompareOptions.defaults());
 * String json = NewsFuse.render(summary, Format.JSON);
 * String html = NewsFuse.render(comparison, Format.HTML);
 * }</pre>
 */
public final class NewsFuse {

    private final Pipeline pipeline;
    private final Pipeline withoutEncoder;
    private final TermAnalyzer terms;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final StoryJsonlReader jsonl = new StoryJsonlReader();
    /** Found on first request ({@link #speakerParser()}); null until then. */
    private Optional<SpeakerParser> speakerParser;

    private NewsFuse(Pipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.withoutEncoder = pipeline.withEncoder(Optional.empty());
        this.terms = new TermAnalyzer();
    }

    /**
     * Loads the models once: the sentence model now, the sentence encoder (when {@code newsfuse-embeddings}
     * is on the class path) on the first comparison that uses it.
     */
    public static NewsFuse load() {
        return new NewsFuse(Pipeline.load());
    }

    /**
     * The speaker parser on the class path ({@code newsfuse-nlp4j}), found once; empty when none is installed.
     * It loads its model on first use.
     */
    public synchronized Optional<SpeakerParser> speakerParser() {
        if (speakerParser == null) {
            speakerParser = SpeakerParser.installed();
        }
        return speakerParser;
    }

    /**
     * The stages behind this front door, for the evaluation harness and benchmarks in this project
     * (they score the stages one by one); not for applications.
     */
    public Pipeline pipeline() {
        return pipeline;
    }

    // ---- read

    /**
     * Reads files, directories, stories or articles {@code .jsonl} files, saved web pages and {@code -}
     * (standard input, opened only then). Never throws for bad input: each problem is a diagnostic.
     */
    public IngestResult read(List<String> inputs, ReadOptions options, Supplier<InputStream> stdin) {
        return new ArticleReader(readerOptions(options)).read(inputs, stdin);
    }

    /** {@link #read} without standard input ({@code -} reads nothing). */
    public IngestResult read(List<String> inputs, ReadOptions options) {
        return read(inputs, options, () -> new ByteArrayInputStream(new byte[0]));
    }

    private static ArticleReader.Options readerOptions(ReadOptions options) {
        ArticleReader.Options reader = ArticleReader.Options.defaults().withOutlets(options.outlets())
                .withWorkingDirectory(options.workingDirectory()).withMaxArticleBytes(options.maxArticleBytes());
        return options.storyId().map(reader::withStoryId).orElse(reader);
    }

    /**
     * One line of a stories JSONL file ({@code {"id", "documents": [...]}}) or of an articles JSONL file
     * (one article object per line): at most one story, or a diagnostic naming {@code source} and the line.
     */
    public IngestResult readLine(String line, String source, int lineNumber) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<StoryInput> story = line.isBlank() ? Optional.empty() : jsonl.parse(line, source, lineNumber, diagnostics::add);
        if (line.isBlank()) {
            diagnostics.add(Diagnostic.error(source, "line " + lineNumber, "blank line", "line skipped"));
        }
        return new IngestResult(story.stream().toList(), diagnostics, 1, story.isPresent() ? 0 : 1);
    }

    /** One article held in memory, as a document; a web page's article is extracted from its HTML. */
    public ArticleResult article(ArticleSource source) {
        String text = source.content();
        Optional<String> title = source.title();
        Optional<String> outlet = source.outlet();
        Optional<String> url = source.url();
        var date = source.date();
        List<String> authors = source.authors();
        if (source.html()) {
            HtmlPage page = extractor.extract(source.content(), source.url().orElse("about:blank"));
            if (page.text().isBlank()) {
                return new ArticleResult(Optional.empty(),
                        List.of(Diagnostic.error(source.id(), "", "no article text found on the page", "skipped")));
            }
            text = page.text();
            title = title.or(page::title);
            outlet = outlet.or(page::siteName);
            url = url.or(page::canonicalUrl);
            date = date.or(() -> page.published().flatMap(PublicationDates::parse));
            authors = authors.isEmpty() ? page.authors() : authors;
        }
        if (text.isBlank()) {
            return new ArticleResult(Optional.empty(), List.of(Diagnostic.error(source.id(), "", "empty article", "skipped")));
        }
        Optional<String> language = LanguageCheck.unsupportedLanguage(text);
        if (language.isPresent()) {
            return new ArticleResult(Optional.empty(), List.of(Diagnostic.error(source.id(), "", language.get(), "skipped")));
        }
        return new ArticleResult(Optional.of(new SourceDocument(source.id(), source.id(), text, outlet, title, date, url, authors)),
                List.of());
    }

    // ---- extract

    /** The article text and metadata of saved web pages (files, or the pages in directories). */
    public ExtractionReport extract(List<String> inputs, ExtractOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<ExtractedPage> pages = new WebPageReader(extractor).readAll(inputs, options.workingDirectory(), options.minWords(), diagnostics);
        return new ExtractionReport(pages, diagnostics);
    }

    /**
     * Why newsfuse cannot analyse {@code text}, naming its language ("text is French; newsfuse analyses
     * English text only"), or empty when it is English. The readers and {@link #article} apply it already;
     * this is for callers that extract pages themselves.
     */
    public Optional<String> unsupportedLanguage(String text) {
        return LanguageCheck.unsupportedLanguage(text);
    }

    /** The article text and metadata of one page held in memory; {@code baseUri} resolves its relative links. */
    public HtmlPage extract(String html, String baseUri) {
        return extractor.extract(html, baseUri);
    }

    // ---- clean

    /** The article's body, metadata, and every piece of non-article text taken out; the input is not modified. */
    public Article clean(SourceDocument document) {
        return pipeline.clean(document);
    }

    // ---- summarize

    /** Cleans, analyzes and summarizes one story: what the summary writers render. */
    public StoryReport summarize(StoryInput story, SummaryOptions options) {
        return summarize(analyze(story), options);
    }

    /** Summarizes a story {@link #analyze analyzed} already: the same report as {@link #summarize(StoryInput, SummaryOptions)}. */
    public StoryReport summarize(AnalyzedStory story, SummaryOptions options) {
        return pipeline.report(story, options.algorithm(), new Budget(options.maxWords(), options.maxSentences(), false));
    }

    // ---- analyze

    /**
     * Cleans one story's articles and analyzes them (sentences, terms): the work {@link #summarize} and
     * {@link #compare} both start with. A caller that wants both analyzes once and passes the result to
     * each; the reports are the same as from the story itself.
     */
    public AnalyzedStory analyze(StoryInput story) {
        return pipeline.analyze(story);
    }

    // ---- compare

    /** Claims, quotes, entities and timeline of one story, with a warning for each article left with no body. */
    public ComparisonReport compare(StoryInput story, CompareOptions options) {
        return compare(analyze(story), options);
    }

    /** Compares a story {@link #analyze analyzed} already: the same report as {@link #compare(StoryInput, CompareOptions)}. */
    public ComparisonReport compare(AnalyzedStory analyzed, CompareOptions options) {
        Pipeline stages = options.embeddings() ? pipeline : withoutEncoder;
        if (options.speakerParser()) {
            stages = stages.withSpeakerParser(speakerParser());
        }
        return new ComparisonReport(analyzed.articles(), stages.compare(analyzed), stages.emptyArticles(analyzed));
    }

    // ---- group

    /** Groups articles into stories (in date order, reading ahead to learn which words matter) and finds syndicated copies. */
    public ClusterReport group(List<SourceDocument> articles, GroupOptions options) {
        Clustering clustering = new StoryClusterer(options.settings()).cluster(articles, terms);
        return new ClusterReport(articles, clustering);
    }

    /**
     * The input's articles grouped into stories ({@code --group}): each story of the result holds the
     * articles {@link #group} puts together, with the input's diagnostics and accounting.
     */
    public IngestResult group(IngestResult input, GroupOptions options) {
        if (input.stories().isEmpty()) {
            return input;
        }
        List<SourceDocument> articles = new ArrayList<>();
        input.stories().forEach(s -> articles.addAll(s.documents()));
        Clustering clustering = group(articles, options).clustering();
        List<StoryInput> stories = new ArrayList<>();
        for (Clustering.Story story : clustering.stories()) {
            stories.add(StoryInput.of(story.id(), story.articles().stream().map(articles::get).toList()));
        }
        return new IngestResult(stories, input.diagnostics(), input.recordsRead(), input.recordsRejected());
    }

    /**
     * An empty stream that groups articles one at a time, as a service receives them: each joins a story
     * at once. Its state can be {@linkplain StoryStream#save saved} and {@linkplain #restoreStream restored}.
     */
    public StoryStream stream(GroupOptions options) {
        return StoryStream.open(options.settings(), terms);
    }

    /** A stream in the state {@link StoryStream#save} wrote. */
    public StoryStream restoreStream(InputStream saved) throws IOException {
        return StoryStream.restore(saved, terms);
    }

    // ---- render

    /** A summary in {@code format}. */
    public static String render(StoryReport report, Format format) {
        return SummaryRenderer.of(format).render(List.of(report), List.of());
    }

    /** A comparison in {@code format}. */
    public static String render(ComparisonReport report, Format format) {
        return new ComparisonRenderer(format).render(List.of(report), List.of());
    }

    /** Stories found by {@link #group} in {@code format}. */
    public static String render(ClusterReport report, Format format) {
        return new ClusterRenderer(format).render(report);
    }

    /** Pages read by {@link #extract} in {@code format}. */
    public static String render(ExtractionReport report, Format format) {
        return new ExtractionRenderer(format).render(report);
    }

    /** Writes {@link #render(StoryReport, Format)}'s text to {@code out}. */
    public static void write(StoryReport report, Format format, Writer out) throws IOException {
        SummaryRenderer.Output output = SummaryRenderer.of(format).open(out, 1);
        output.story(report);
        output.finish(List.of());
    }

    /** Writes {@link #render(ComparisonReport, Format)}'s text to {@code out}. */
    public static void write(ComparisonReport report, Format format, Writer out) throws IOException {
        new ComparisonRenderer(format).write(List.of(report), List.of(), out);
    }

    /** Writes {@link #render(ClusterReport, Format)}'s text to {@code out}. */
    public static void write(ClusterReport report, Format format, Writer out) throws IOException {
        new ClusterRenderer(format).write(report, out);
    }

    /** Writes {@link #render(ExtractionReport, Format)}'s text to {@code out}. */
    public static void write(ExtractionReport report, Format format, Writer out) throws IOException {
        new ExtractionRenderer(format).write(report, out);
    }

}
