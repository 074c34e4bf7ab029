package org.newsfuse.eval.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.SentenceSplitter;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.eval.rouge.Rouge;
import org.newsfuse.eval.rouge.RougeScore;
import org.newsfuse.eval.rouge.RougeStemmer;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.ingest.StoryJsonlReader;

/**
 * Scores summarization algorithms on a stories JSONL dataset: each story is cleaned, analyzed,
 * summarized to the protocol's length and scored against its references with the project's ROUGE.
 * Streams the file with a bounded number of stories in flight, so memory does not grow with the
 * dataset; malformed lines are reported with their line numbers and skipped.
 */
public final class DatasetEvaluation {

    /**
     * @param limit     at most this many stories (0: all)
     * @param threads   worker threads
     * @param dump      where to write every summary and reference in ROUGE's peer/model layout, or null
     */
    public record Settings(int limit, int threads, Path dump) {
        public Settings {
            if (limit < 0 || threads < 1) {
                throw new IllegalArgumentException("limit must be >= 0 and threads >= 1, got " + limit + ", " + threads);
            }
        }
    }

    /** Everything one run produced. */
    public record Result(List<AlgorithmResult> results, List<Diagnostic> diagnostics, int linesRead, int linesRejected) {
    }

    private final Pipeline pipeline;
    private final SentenceSplitter referenceSplitter;
    private final RougeStemmer stemmer;

    public DatasetEvaluation(Pipeline pipeline, SentenceSplitter referenceSplitter, RougeStemmer stemmer) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.referenceSplitter = Objects.requireNonNull(referenceSplitter, "referenceSplitter");
        this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
    }

    /**
     * Runs every algorithm over the dataset, one full pass each (so each pass's time is the whole
     * pipeline's). {@code progress} receives the count of stories done.
     */
    public Result run(Path data, Protocol protocol, List<String> algorithms, Settings settings, IntConsumer progress)
            throws IOException {
        List<AlgorithmResult> results = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int[] accounting = new int[2];
        for (int a = 0; a < algorithms.size(); a++) {
            String algorithm = algorithms.get(a);
            List<Diagnostic> passDiagnostics = new ArrayList<>();
            results.add(pass(data, protocol, algorithm, settings, progress, passDiagnostics, accounting));
            if (a == 0) {
                diagnostics.addAll(passDiagnostics);
            }
        }
        return new Result(results, diagnostics, accounting[0], accounting[1]);
    }

    private AlgorithmResult pass(Path data, Protocol protocol, String algorithm, Settings settings, IntConsumer progress,
                                 List<Diagnostic> diagnostics, int[] accounting) throws IOException {
        String resolved = protocol.resolve(algorithm);
        Rouge rouge = new Rouge(protocol.rouge(), stemmer);
        int metrics = protocol.rouge().metrics().size();
        double[][] sums = new double[metrics][3];
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
        Semaphore inFlight = new Semaphore(settings.threads() * 4);
        long start = System.nanoTime();
        int[] counts;
        try (InputStream in = Files.newInputStream(data)) {
            AtomicInteger submitted = new AtomicInteger();
            counts = new StoryJsonlReader().stream(in, data.getFileName().toString(), story -> {
                if (settings.limit() > 0 && submitted.get() >= settings.limit()) {
                    return;
                }
                submitted.incrementAndGet();
                inFlight.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        List<RougeScore> scores = scoreStory(story, resolved, algorithm, protocol, rouge, settings.dump());
                        synchronized (sums) {
                            for (int m = 0; m < metrics; m++) {
                                sums[m][0] += scores.get(m).recall();
                                sums[m][1] += scores.get(m).precision();
                                sums[m][2] += scores.get(m).f();
                            }
                        }
                        progress.accept(done.incrementAndGet());
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
            }, diagnostics::add);
        } finally {
            workers.shutdown();
            try {
                workers.awaitTermination(1, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        accounting[0] = counts[0];
        accounting[1] = counts[1];
        double seconds = (System.nanoTime() - start) / 1e9;
        int stories = done.get();
        List<RougeScore> averages = new ArrayList<>();
        List<String> names = protocol.rouge().metrics();
        for (int m = 0; m < metrics; m++) {
            averages.add(new RougeScore(names.get(m), Rouge.round5(sums[m][0] / Math.max(1, stories)),
                    Rouge.round5(sums[m][1] / Math.max(1, stories)), Rouge.round5(sums[m][2] / Math.max(1, stories))));
        }
        return new AlgorithmResult(algorithm, protocol.name(), stories, seconds, averages);
    }

    private List<RougeScore> scoreStory(StoryInput story, String resolved, String algorithm, Protocol protocol, Rouge rouge,
                                        Path dump) {
        AnalyzedStory analyzed = pipeline.analyze(story);
        List<String> peer = pipeline.extract(analyzed, resolved, protocol.budget()).stream().map(Sentence::text).toList();
        List<List<String>> references = new ArrayList<>();
        for (String reference : story.references()) {
            references.add(referenceSplitter.split(reference).stream().map(s -> s.of(reference).replaceAll("\\s+", " ")).toList());
        }
        if (dump != null) {
            write(dump, story.id(), algorithm, peer, references);
        }
        return rouge.score(peer, references);
    }

    private static void write(Path dump, String storyId, String algorithm, List<String> peer, List<List<String>> references) {
        String topic = storyId.replaceAll("[^A-Za-z0-9_-]", "_");
        try {
            Files.createDirectories(dump.resolve("peers"));
            Files.createDirectories(dump.resolve("models"));
            Files.write(dump.resolve("peers").resolve(topic + "." + algorithm), peer, StandardCharsets.UTF_8);
            for (int r = 0; r < references.size(); r++) {
                Path model = dump.resolve("models").resolve(topic + ".ref" + (r + 1));
                if (!Files.exists(model)) {
                    Files.write(model, references.get(r), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write summaries under " + dump, e);
        }
    }
}
