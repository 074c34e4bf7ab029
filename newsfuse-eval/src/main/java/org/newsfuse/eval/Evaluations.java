package org.newsfuse.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsfuse.compare.Comparison;
import org.newsfuse.compare.SpeakerParser;
import org.newsfuse.eval.quotes.QuoteEvaluation;
import org.newsfuse.NewsFuse;
import org.newsfuse.analyze.NewsSentenceSplitter;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.compare.Comparison;
import org.newsfuse.eval.cluster.ClusterEvaluation;
import org.newsfuse.eval.quotes.QuoteEvaluation;
import org.newsfuse.eval.rouge.Rouge;
import org.newsfuse.eval.rouge.RougeEvaluation;
import org.newsfuse.eval.rouge.RougeOptions;
import org.newsfuse.eval.rouge.RougeStemmer;
import org.newsfuse.eval.run.DatasetEvaluation;
import org.newsfuse.eval.run.Protocol;
import org.newsfuse.group.ClusterSettings;
import org.newsfuse.group.StoryClusterer;
import org.newsfuse.summarize.Summarizers;

/**
 * The evaluation front door, beside {@link NewsFuse}: scores summaries with the project's ROUGE
 * (which reproduces ROUGE-1.5.5), summarizers on a dataset, and story grouping against the true
 * stories. Immutable and thread-safe; build it once over a loaded {@link NewsFuse}. Results render
 * with {@link org.newsfuse.eval.render.EvaluationRenderer}.
 */
public final class Evaluations {

    private final NewsFuse newsfuse;

    public Evaluations(NewsFuse newsfuse) {
        this.newsfuse = Objects.requireNonNull(newsfuse, "newsfuse");
    }

    /**
     * How to score summarizers on a dataset.
     *
     * @param protocol   the length and ROUGE settings of a published evaluation ({@link #protocols()})
     * @param algorithms the algorithms to compare; {@code all} stands for every one, the default first
     * @param limit      only the first this many stories (0: all)
     * @param threads    worker threads
     * @param dump       where to write every summary and reference in ROUGE's layout, if anywhere
     */
    public record SummaryOptions(Protocol protocol, List<String> algorithms, int limit, int threads, Optional<Path> dump) {

        public SummaryOptions {
            Objects.requireNonNull(protocol, "protocol");
            algorithms = List.copyOf(algorithms);
            if (limit < 0 || threads < 1) {
                throw new IllegalArgumentException("limit must be >= 0 and threads >= 1, got " + limit + ", " + threads);
            }
            Objects.requireNonNull(dump, "dump");
        }

        /** Hong et al. (2014) on DUC 2004, the default algorithm, every story, two threads. */
        public static SummaryOptions defaults() {
            return new SummaryOptions(Protocol.HONG2014, List.of(Summarizers.DEFAULT), 0, 2, Optional.empty());
        }

        public SummaryOptions withProtocol(Protocol newProtocol) {
            return new SummaryOptions(newProtocol, algorithms, limit, threads, dump);
        }

        public SummaryOptions withAlgorithms(List<String> names) {
            return new SummaryOptions(protocol, names, limit, threads, dump);
        }

        public SummaryOptions withLimit(int stories) {
            return new SummaryOptions(protocol, algorithms, stories, threads, dump);
        }

        public SummaryOptions withThreads(int count) {
            return new SummaryOptions(protocol, algorithms, limit, count, dump);
        }

        public SummaryOptions withDump(Path directory) {
            return new SummaryOptions(protocol, algorithms, limit, threads, Optional.ofNullable(directory));
        }

        /** The algorithms to run, {@code all} expanded (the default first), names as the protocol resolves them checked. */
        public List<String> resolvedAlgorithms() {
            if (!algorithms.equals(List.of("all"))) {
                return algorithms;
            }
            List<String> all = new ArrayList<>(Summarizers.names().stream().filter(n -> !n.equals(Summarizers.DEFAULT)).toList());
            all.add(0, Summarizers.DEFAULT);
            return all;
        }

        /** The first algorithm that is unknown under the protocol, if any. */
        public Optional<String> unknownAlgorithm() {
            return resolvedAlgorithms().stream().filter(a -> Summarizers.find(protocol.resolve(a)).isEmpty()).findFirst();
        }
    }

    /**
     * How to score story grouping.
     *
     * @param limit stories taken from each file (0: all)
     * @param skip  stories skipped at the start of each file first (to tune on the rest)
     * @param seed  the seed of the shuffle that mixes the articles
     * @param maxSpanDays most days a story may span (0: no limit, the default), as {@code newsfuse cluster --max-span-days}
     */
    public record ClusterOptions(int limit, int skip, long seed, int maxSpanDays) {

        public ClusterOptions {
            if (limit < 0 || skip < 0 || maxSpanDays < 0) {
                throw new IllegalArgumentException("limit, skip and maxSpanDays must be >= 0, got " + limit + ", " + skip + ", " + maxSpanDays);
            }
        }

        /** Every story, shuffled with seed 1. */
        public static ClusterOptions defaults() {
            return new ClusterOptions(0, 0, 1, 0);
        }

        public ClusterOptions withLimit(int stories) {
            return new ClusterOptions(stories, skip, seed, maxSpanDays);
        }

        public ClusterOptions withSkip(int stories) {
            return new ClusterOptions(limit, stories, seed, maxSpanDays);
        }

        public ClusterOptions withSeed(long newSeed) {
            return new ClusterOptions(limit, skip, newSeed, maxSpanDays);
        }

        public ClusterOptions withMaxSpanDays(int days) {
            return new ClusterOptions(limit, skip, seed, days);
        }
    }

    /** The evaluation protocols' names. */
    /**
     * Compares each article of a quotations file (the PolNeAR form) on its own and scores its quotations
     * of the given kinds against the gold ones; {@code predictions} receives each article's predicted
     * quotations as JSON. Quotations do not depend on the sentence encoder, so it is left out.
     */
    public QuoteEvaluation.Result quotes(Path file, Set<Comparison.QuoteKind> kinds, Consumer<ObjectNode> predictions) throws IOException {
        return quotes(file, kinds, Optional.empty(), predictions);
    }

    /** As above, with a speaker parser for the quotations the rules leave without a speaker (the ablation). */
    public QuoteEvaluation.Result quotes(Path file, Set<Comparison.QuoteKind> kinds, Optional<SpeakerParser> speakerParser,
                                         Consumer<ObjectNode> predictions) throws IOException {
        return new QuoteEvaluation(newsfuse.pipeline().withEncoder(Optional.empty()).withSpeakerParser(speakerParser), kinds)
                .run(file, predictions);
    }

    public static List<String> protocols() {
        return Protocol.names();
    }

    /** The protocol of that name. */
    public static Optional<Protocol> protocol(String name) {
        return Protocol.find(name);
    }

    /** The summarization algorithms' names. */
    public static List<String> algorithms() {
        return List.copyOf(Summarizers.names());
    }

    /**
     * Summarizes every story of a stories JSONL dataset with each algorithm and scores it against the
     * human references. {@code progress} receives the count of stories done.
     */
    public DatasetEvaluation.Result summaries(Path data, SummaryOptions options, IntConsumer progress) throws IOException {
        return new DatasetEvaluation(newsfuse.pipeline(), NewsSentenceSplitter.load(), RougeStemmer.load())
                .run(data, options.protocol(), options.resolvedAlgorithms(),
                        new DatasetEvaluation.Settings(options.limit(), options.threads(), options.dump().orElse(null)), progress);
    }

    /** Flattens stories JSONL files, shuffles the articles, groups them and scores the grouping against the true stories. */
    public ClusterEvaluation.Result clusters(List<Path> files, ClusterOptions options) throws IOException {
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            StoryClusterer clusterer = new StoryClusterer(ClusterSettings.defaults().withMaxSpanDays(options.maxSpanDays()));
            return new ClusterEvaluation(clusterer, analyzer).run(files, options.limit(), options.skip(), options.seed());
        }
    }

    /** ROUGE over peer summaries ({@code TOPIC.SYSTEM}) and references ({@code TOPIC.ANYTHING}), as ROUGE-1.5.5 computes it. */
    public static RougeEvaluation.Result rouge(Path peers, Path models, RougeOptions options, int threads) throws IOException {
        return new RougeEvaluation(new Rouge(options, options.stem() ? RougeStemmer.load() : null)).evaluate(peers, models, threads);
    }
}
