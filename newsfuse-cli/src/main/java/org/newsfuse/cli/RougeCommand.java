package org.newsfuse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsfuse.eval.Evaluations;
import org.newsfuse.eval.render.EvaluationRenderer;
import org.newsfuse.eval.rouge.RougeEvaluation;
import org.newsfuse.eval.rouge.RougeOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse rouge}: ROUGE-1.5.5 with its option letters, over peer and model directories. */
@Command(name = "rouge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score summaries with ROUGE exactly as ROUGE-1.5.5 does (same option letters, same numbers).",
                "Peers are named TOPIC.SYSTEM, models TOPIC.ANYTHING, one sentence per line."})
public final class RougeCommand extends CommandBase {

    @CommandLine.Mixin
    ThreadsOption workers = new ThreadsOption();

    @Option(names = "--peers", required = true, paramLabel = "DIR", description = "System summaries, TOPIC.SYSTEM.")
    Path peers;

    @Option(names = "--models", required = true, paramLabel = "DIR", description = "Reference summaries, TOPIC.ANYTHING.")
    Path models;

    @Option(names = "-n", paramLabel = "N", defaultValue = "0", description = "ROUGE-1 .. ROUGE-N (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "-x", description = "Do not compute ROUGE-L.")
    boolean noLcs;

    @Option(names = "-m", description = "Stem: WordNet exceptions, then ROUGE's Porter stemmer.")
    boolean stem;

    @Option(names = "-l", paramLabel = "WORDS", defaultValue = "0", description = "Keep only the first WORDS words.")
    int words;

    @Option(names = "-b", paramLabel = "BYTES", defaultValue = "0", description = "Keep only the first BYTES bytes.")
    int bytes;

    @Option(names = "-2", paramLabel = "GAP", defaultValue = "-1", description = "ROUGE-S with at most GAP words between the pair.")
    int skip;

    @Option(names = "-u", description = "Add unigrams to ROUGE-S (ROUGE-SU).")
    boolean skipUnigrams;

    @Option(names = "-f", paramLabel = "A|B", defaultValue = "A", description = "A: all references together (default); B: the best one.")
    String scoring;

    @Option(names = "-p", paramLabel = "ALPHA", defaultValue = "0.5", description = "F = P*R/((1-ALPHA)*P + ALPHA*R) (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "-t", paramLabel = "0", defaultValue = "0", description = "Counting unit; only 0 (per summary, as published) is supported.")
    int unit;

    @Option(names = "-c", paramLabel = "PERCENT", defaultValue = "95", description = "Confidence interval level (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "-r", paramLabel = "N", defaultValue = "1000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "-a", description = "Evaluate all systems (always on; accepted for compatibility).")
    boolean all;

    @Option(names = "--per-topic", description = "Print every summary's scores, not only the system averages.")
    boolean perTopic;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (as ROUGE-1.5.5 prints), csv or json.")
    String format;


    RougeCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    int run() {
        PrintWriter out = out();
        PrintWriter err = err();
        if (unit != 0) {
            err.println("newsfuse: -t " + unit + " is not supported; only -t 0 (scores per summary, as papers report them)");
            return ExitCode.USAGE;
        }
        if (!scoring.equals("A") && !scoring.equals("B")) {
            err.println("newsfuse: -f must be A or B, got " + scoring);
            return ExitCode.USAGE;
        }
        if (!List.of("text", "csv", "json").contains(format)) {
            err.println("newsfuse: unknown format '" + format + "'; known: text, csv, json");
            return ExitCode.USAGE;
        }
        for (Path dir : List.of(peers, models)) {
            if (!Files.isDirectory(dir)) {
                err.println("newsfuse: " + dir + ": not a directory");
                return ExitCode.NO_INPUT;
            }
        }
        RougeOptions options;
        try {
            options = new RougeOptions(n, !noLcs, stem, words, words > 0 ? 0 : bytes, skip, skipUnigrams,
                    scoring.equals("B"), alpha, confidence, resamples);
        } catch (IllegalArgumentException e) {
            err.println("newsfuse: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (options.metrics().isEmpty()) {
            err.println("newsfuse: nothing to compute: give -n N, -2 GAP, or leave out -x");
            return ExitCode.USAGE;
        }
        RougeEvaluation.Result result;
        try {
            result = Evaluations.rouge(peers, models, options, workers.count());
        } catch (IOException e) {
            err.println("newsfuse: cannot read summaries: " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
        Diagnostics.print(result.diagnostics(), err);
        if (result.topics().isEmpty()) {
            err.println("newsfuse: no peer summary has a reference");
            return ExitCode.NO_INPUT;
        }
        out.print(EvaluationRenderer.rouge(result, options, EvaluationRenderer.RougeLayout.valueOf(format.toUpperCase(Locale.ROOT)), perTopic));
        out.flush();
        return result.diagnostics().isEmpty() ? ExitCode.OK : ExitCode.DATA_ERROR;
    }
}
