package org.newsfuse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.eval.cluster.ClusterEvaluation;
import org.newsfuse.group.StoryClusterer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval-clusters}: score story clustering against the grouping of stories JSONL files. */
@Command(name = "eval-clusters", mixinStandardHelpOptions = true,
        description = "Flatten stories JSONL files, shuffle the articles (seeded), cluster them and score against the true stories.")
public final class EvalClustersCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE.jsonl", description = "Stories JSONL files; story ids are qualified by file.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N stories of each file.")
    int limit;

    @Option(names = "--skip", defaultValue = "0", paramLabel = "N", description = "Skip the first N stories of each file (e.g. to tune on the rest).")
    int skip;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    private final Main.Environment environment;

    EvalClustersCommand(Main.Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = data.stream().map(environment.workingDirectory()::resolve).toList();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("newsfuse: " + f + ": no such file");
                return ExitCode.NO_INPUT;
            }
        }
        ClusterEvaluation.Result r;
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            r = new ClusterEvaluation(StoryClusterer.defaults(), analyzer).run(files, limit, skip, seed);
        } catch (IOException e) {
            err.println("newsfuse: cannot read: " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
        Diagnostics.print(r.diagnostics(), err);
        if (format.equals("json")) {
            out.printf(Locale.ROOT, "{\"articles\": %d, \"true_stories\": %d, \"found_stories\": %d, \"bcubed\": {\"precision\": %.4f, "
                    + "\"recall\": %.4f, \"f1\": %.4f}, \"pairwise\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}, "
                    + "\"duplicates\": %d, \"seconds\": %.3f, \"articles_per_second\": %.1f}%n", r.articles(), r.trueStories(),
                    r.foundStories(), r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1(), r.pairPrecision(), r.pairRecall(),
                    r.pairF1(), r.duplicates(), r.seconds(), r.articlesPerSecond());
        } else {
            out.printf(Locale.ROOT, "articles %d, true stories %d, found %d%n", r.articles(), r.trueStories(), r.foundStories());
            out.printf(Locale.ROOT, "B-cubed   P %.4f  R %.4f  F1 %.4f%n", r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1());
            out.printf(Locale.ROOT, "pairwise  P %.4f  R %.4f  F1 %.4f%n", r.pairPrecision(), r.pairRecall(), r.pairF1());
            out.printf(Locale.ROOT, "syndicated copies flagged %d; %.0f articles/second (clustering only)%n", r.duplicates(),
                    r.articlesPerSecond());
        }
        out.flush();
        // warnings (an empty document skipped) are reported but do not fail the run; rejected records do
        return r.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR) ? ExitCode.DATA_ERROR : ExitCode.OK;
    }
}
