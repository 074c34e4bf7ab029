package org.newsfuse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.ingest.StoryJsonlReader;
import org.newsfuse.summarize.Budget;
import org.newsfuse.summarize.Summary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-story core: cleaning and analysis of a story's articles, and summarizing an analyzed story,
 * on the first story of a stories JSONL file ({@code -p data=...}; DUC 2004's first story by default).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoryBenchmark {

    @Param({"../shared/data/duc2004/duc2004_task2.jsonl"})
    public String data;

    @Param({"default", "mmr", "lexrank"})
    public String algorithm;

    private Pipeline pipeline;
    private StoryInput story;
    private AnalyzedStory analyzed;

    @Setup
    public void load() throws IOException {
        pipeline = Pipeline.load();
        try (InputStream in = Files.newInputStream(Path.of(data))) {
            List<StoryInput> stories = new StoryJsonlReader().read(in, data).stories();
            story = stories.get(0);
        }
        analyzed = pipeline.analyze(story);
    }

    /** Clean and analyze every article of the story (sentences, terms, story statistics). */
    @Benchmark
    public AnalyzedStory analyze() {
        return pipeline.analyze(story);
    }

    /** Choose, order and cite a 100-word summary of the analyzed story. */
    @Benchmark
    public Summary summarize() {
        return pipeline.summarize(analyzed, algorithm, Budget.words(100));
    }
}
