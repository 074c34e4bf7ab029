package org.newsfuse.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsfuse.NewsFuse;
import org.newsfuse.Pipeline;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.render.Renderer;
import org.newsfuse.render.StoryReport;
import org.newsfuse.summarize.Budget;
import org.newsfuse.summarize.Summarizers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse summarize}: one cited summary per story. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Summarize one story told by several articles, citing every outlet that reports each sentence.",
                "Plain-text files given together form one story; each line of a stories .jsonl file is a story."})
public final class SummarizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ArticleInputs inputs = new ArticleInputs();

    @Option(names = "--words", paramLabel = "N", description = "At most N words (default: ${DEFAULT-VALUE}).", defaultValue = "100")
    int words;

    @Option(names = "--sentences", paramLabel = "N", description = "At most N sentences (default: no limit).", defaultValue = "0")
    int sentences;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = Summarizers.DEFAULT,
            description = "Summarization algorithm (default: ${DEFAULT-VALUE}); see 'newsfuse summarize --list-algorithms'.")
    String algorithm;

    @Option(names = "--list-algorithms", description = "List the algorithms and exit.")
    boolean listAlgorithms;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Stories summarized at once, for inputs of many stories (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    private final Main.Environment environment;

    SummarizeCommand(Main.Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (listAlgorithms) {
            Summarizers.names().forEach(out::println);
            return ExitCode.OK;
        }
        if (words < 0 || sentences < 0 || (words == 0 && sentences == 0)) {
            err.println("newsfuse: --words and --sentences must be >= 0, and one of them > 0");
            return ExitCode.USAGE;
        }
        if (threads < 1) {
            err.println("newsfuse: --threads must be >= 1");
            return ExitCode.USAGE;
        }
        if (Summarizers.find(algorithm).isEmpty()) {
            err.println("newsfuse: unknown algorithm '" + algorithm + "'; known: " + String.join(", ", Summarizers.names()));
            return ExitCode.USAGE;
        }
        if (!List.of("text", "markdown", "md", "json").contains(format)) {
            err.println("newsfuse: unknown format '" + format + "'; known: text, markdown, json");
            return ExitCode.USAGE;
        }
        IngestResult input = inputs.read(environment, err);
        if (input.stories().isEmpty()) {
            err.println("newsfuse: no usable input");
            return ExitCode.NO_INPUT;
        }
        Pipeline pipeline = NewsFuse.pipeline();
        Budget budget = new Budget(words, sentences, false);
        Renderer.Output output;
        try {
            output = NewsFuse.renderer(format).open(out, input.stories().size());
            write(pipeline, input.stories(), budget, output);
            output.finish(format.equals("json") ? input.diagnostics() : List.of());
        } catch (IOException e) {
            err.println("newsfuse: cannot write the output: " + e.getMessage());
            return ExitCode.CANT_CREATE;
        }
        out.flush();
        return ArticleInputs.exitCode(input);
    }

    /**
     * Summarizes the stories on {@code threads} workers and writes each report, in input order, as soon
     * as it and those before it are done; at most a few reports per worker wait in memory.
     */
    private void write(Pipeline pipeline, List<StoryInput> stories, Budget budget, Renderer.Output output) throws IOException {
        if (threads == 1 || stories.size() == 1) {
            for (StoryInput story : stories) {
                output.story(pipeline.report(story, algorithm, budget));
            }
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, stories.size()));
        try {
            Deque<Future<StoryReport>> pending = new ArrayDeque<>();
            int window = threads * 4;
            for (StoryInput story : stories) {
                pending.add(workers.submit(() -> pipeline.report(story, algorithm, budget)));
                if (pending.size() >= window) {
                    output.story(pending.removeFirst().get());
                }
            }
            while (!pending.isEmpty()) {
                output.story(pending.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }
}
