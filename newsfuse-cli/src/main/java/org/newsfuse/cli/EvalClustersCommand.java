package org.newsfuse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.NewsFuse;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.eval.Evaluations;
import org.newsfuse.eval.cluster.ClusterEvaluation;
import org.newsfuse.eval.render.EvaluationRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval-clusters}: score story clustering against the grouping of stories JSONL files. */
@Command(name = "eval-clusters", mixinStandardHelpOptions = true,
        description = "Flatten stories JSONL files, shuffle the articles (seeded), cluster them and score against the true stories.")
public final class EvalClustersCommand extends CommandBase {

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE.jsonl", description = "Stories JSONL files; story ids are qualified by file.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N stories of each file.")
    int limit;

    @Option(names = "--skip", defaultValue = "0", paramLabel = "N", description = "Skip the first N stories of each file (e.g. to tune on the rest).")
    int skip;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-span-days", defaultValue = "0", paramLabel = "DAYS",
            description = "Cluster with a story span limit, as 'cluster --max-span-days' (default: 0, no limit).")
    int maxSpanDays;

    @CommandLine.Mixin
    FormatOption output = new FormatOption();

    EvalClustersCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    int run() {
        PrintWriter out = out();
        PrintWriter err = err();
        if (limit < 0 || skip < 0 || maxSpanDays < 0) {
            err.println("newsfuse: --limit, --skip and --max-span-days must be >= 0");
            return ExitCode.USAGE;
        }
        List<Path> files = data.stream().map(environment.workingDirectory()::resolve).toList();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("newsfuse: " + f + ": no such file");
                return ExitCode.NO_INPUT;
            }
        }
        ClusterEvaluation.Result r;
        try {
            r = new Evaluations(NewsFuse.load()).clusters(files, Evaluations.ClusterOptions.defaults().withLimit(limit).withSkip(skip).withSeed(seed)
                    .withMaxSpanDays(maxSpanDays));
        } catch (IOException e) {
            err.println("newsfuse: cannot read: " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
        Diagnostics.print(r.diagnostics(), err);
        out.print(EvaluationRenderer.clusters(r, output.format));
        out.flush();
        // warnings (an empty document skipped) are reported but do not fail the run; rejected records do
        return r.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR) ? ExitCode.DATA_ERROR : ExitCode.OK;
    }
}
