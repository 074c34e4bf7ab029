package org.newsfuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.NewsSentenceSplitter;
import org.newsfuse.analyze.SentenceAligner;
import org.newsfuse.analyze.SentenceEncoder;
import org.newsfuse.analyze.StoryAnalyzer;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.clean.ArticleCleaner;
import org.newsfuse.clean.RuleBasedCleaner;
import org.newsfuse.compare.Comparison;
import org.newsfuse.compare.QuoteSpeakers;
import org.newsfuse.compare.SpeakerParser;
import org.newsfuse.compare.StoryComparer;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.render.StoryReport;
import org.newsfuse.summarize.Budget;
import org.newsfuse.summarize.StorySummarizer;
import org.newsfuse.summarize.Summarizer;
import org.newsfuse.summarize.Summarizers;
import org.newsfuse.summarize.Summary;

/**
 * Internal: the stages wired together (clean, analyze, summarize, compare), behind {@link NewsFuse}.
 * Applications and front ends call {@link NewsFuse}; only this project's evaluation harness and
 * benchmarks reach it ({@link #load()}, {@link NewsFuse#pipeline()}) to score the stages one by one (the
 * architecture rules keep front ends away from it). Immutable and thread-safe.
 */
public final class Pipeline {

    private final ArticleCleaner cleaner;
    private final StoryAnalyzer analyzer;
    private final SentenceAligner aligner;
    private final Optional<SentenceEncoder> encoder;
    private final Optional<SpeakerParser> speakerParser;

    Pipeline(ArticleCleaner cleaner, StoryAnalyzer analyzer, SentenceAligner aligner, Optional<SentenceEncoder> encoder) {
        this(cleaner, analyzer, aligner, encoder, Optional.empty());
    }

    private Pipeline(ArticleCleaner cleaner, StoryAnalyzer analyzer, SentenceAligner aligner, Optional<SentenceEncoder> encoder,
                     Optional<SpeakerParser> speakerParser) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.speakerParser = Objects.requireNonNull(speakerParser, "speakerParser");
    }

    /**
     * Loads the sentence model and builds the default stages, with the sentence encoder on the class
     * path when there is one (only the comparison uses it, and it loads its model on first use).
     */
    public static Pipeline load() {
        return new Pipeline(new RuleBasedCleaner(), new StoryAnalyzer(NewsSentenceSplitter.load(), new TermAnalyzer()),
                SentenceAligner.defaults(), SentenceEncoder.installed());
    }

    /** This pipeline with another sentence encoder, or with none (claims aligned on wording alone). */
    public Pipeline withEncoder(Optional<SentenceEncoder> other) {
        return new Pipeline(cleaner, analyzer, aligner, other, speakerParser);
    }

    /** This pipeline with a parser for the quotations the rules leave without a speaker, or with none (rules alone). */
    public Pipeline withSpeakerParser(Optional<SpeakerParser> other) {
        return new Pipeline(cleaner, analyzer, aligner, encoder, other);
    }

    /** The sentence encoder the comparison uses, if any. */
    public Optional<SentenceEncoder> encoder() {
        return encoder;
    }

    public Article clean(SourceDocument document) {
        return cleaner.clean(document);
    }

    public AnalyzedStory analyze(StoryInput story) {
        List<Article> articles = new ArrayList<>(story.documents().size());
        for (SourceDocument document : story.documents()) {
            articles.add(cleaner.clean(document));
        }
        return analyzer.analyze(story.id(), articles);
    }

    public Summary summarize(AnalyzedStory story, String algorithm, Budget budget) {
        return summarize(story, algorithm, Summarizers.require(algorithm, aligner), budget);
    }

    /** The summary's sentences in reading order, without citations (for evaluations, where citing is wasted work). */
    public List<Sentence> extract(AnalyzedStory story, String algorithm, Budget budget) {
        return storySummarizer(algorithm, Summarizers.require(algorithm, aligner)).extract(story, budget);
    }

    /** Summarizes with a summarizer configured by the caller, reported under {@code label}. */
    public Summary summarize(AnalyzedStory story, String label, Summarizer summarizer, Budget budget) {
        return storySummarizer(label, summarizer).summarize(story, budget);
    }

    /** The summarize stage around a summarizer, naming quotations' speakers as the comparison attributes them. */
    private StorySummarizer storySummarizer(String label, Summarizer summarizer) {
        return new StorySummarizer(label, summarizer, aligner, new QuoteSpeakers(new StoryComparer(aligner)));
    }

    /** Clean, analyze and summarize one story. */
    public StoryReport report(StoryInput story, String algorithm, Budget budget) {
        return report(analyze(story), algorithm, budget);
    }

    /** Summarize one analyzed story. */
    public StoryReport report(AnalyzedStory analyzed, String algorithm, Budget budget) {
        return new StoryReport(analyzed.id(), analyzed.articles(), sentencesPerArticle(analyzed), summarize(analyzed, algorithm, budget),
                emptyArticles(analyzed));
    }

    /** A warning for each article left with no body after cleaning: kept, but it contributes nothing. */
    public List<Diagnostic> emptyArticles(AnalyzedStory analyzed) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Integer> counts = sentencesPerArticle(analyzed);
        for (int a = 0; a < counts.size(); a++) {
            if (counts.get(a) == 0) {
                Article article = analyzed.articles().get(a);
                diagnostics.add(Diagnostic.warning(article.origin(), "", "no body text left after cleaning ("
                        + article.removals().size() + " pieces removed as title, byline or page furniture)",
                        "kept, contributes nothing to the summary or the comparison"));
            }
        }
        return diagnostics;
    }

    private static List<Integer> sentencesPerArticle(AnalyzedStory analyzed) {
        int[] counts = new int[analyzed.articles().size()];
        for (Sentence sentence : analyzed.sentences()) {
            counts[sentence.articleIndex()]++;
        }
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    /** Claims, quotes, entities and timeline of one analyzed story. */
    public Comparison compare(AnalyzedStory story) {
        return new StoryComparer(aligner, encoder, speakerParser).compare(story);
    }

    public SentenceAligner aligner() {
        return aligner;
    }
}
