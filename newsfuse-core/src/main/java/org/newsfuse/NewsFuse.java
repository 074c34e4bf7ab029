package org.newsfuse;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.group.Clustering;
import org.newsfuse.group.StoryClusterer;
import org.newsfuse.ingest.ArticleReader;
import org.newsfuse.ingest.HtmlArticleExtractor;
import org.newsfuse.ingest.HtmlPage;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.render.Renderer;

/**
 * The front door. Each method delegates to the stage that does the work, so the internals can move
 * behind it.
 *
 * <pre>{@code
 * Pipeline pipeline = NewsFuse.pipeline();
 * IngestResult input = NewsFuse.read(List.of("articles/"), ArticleReader.Options.defaults(), System::in);
 * StoryReport report = pipeline.report(input.stories().get(0), "default", Budget.words(120));
 * String json = NewsFuse.renderer("json").render(List.of(report), input.diagnostics());
 * }</pre>
 */
public final class NewsFuse {

    private NewsFuse() {
    }

    /** Loads the models once; the pipeline is thread-safe and meant to be shared. */
    public static Pipeline pipeline() {
        return Pipeline.load();
    }

    /** Reads files, directories ({@code .txt}, {@code .jsonl}) and {@code -} for standard input. */
    public static IngestResult read(List<String> inputs, ArticleReader.Options options, Supplier<InputStream> stdin) {
        return new ArticleReader(options).read(inputs, stdin);
    }

    /** Groups articles into stories and finds syndicated copies. */
    public static Clustering cluster(List<SourceDocument> articles, StoryClusterer clusterer, TermAnalyzer analyzer) {
        return clusterer.cluster(articles, analyzer);
    }

    /**
     * Groups a stream that has no end, one article at a time as it arrives (the service's stories);
     * adding the same articles in the same order again restores it exactly.
     */
    public static StoryClusterer.Online groupOnline(StoryClusterer clusterer) {
        return clusterer.online(new TermAnalyzer());
    }

    /** The article text and metadata of one web page (never throws for odd markup: the worst case is empty text). */
    public static HtmlPage extractPage(String html, String baseUri) {
        return new HtmlArticleExtractor().extract(html, baseUri);
    }

    /** {@code text}, {@code markdown} or {@code json}. */
    public static Renderer renderer(String format) {
        return Renderer.forFormat(format);
    }
}
