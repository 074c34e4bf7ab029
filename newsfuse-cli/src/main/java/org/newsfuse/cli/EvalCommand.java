package org.newsfuse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.newsfuse.NewsFuse;
import org.newsfuse.SummaryOptions;
import org.newsfuse.eval.Evaluations;
import org.newsfuse.eval.render.EvaluationRenderer;
import org.newsfuse.eval.run.DatasetEvaluation;
import org.newsfuse.eval.run.Protocol;
import org.newsfuse.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval}: score summarizers on a stories JSONL dataset with the project's ROUGE. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Summarize every story of a dataset with each algorithm and score it against the human references.")
public final class EvalCommand extends CommandBase {

    @CommandLine.Mixin
    ThreadsOption workers = new ThreadsOption();

    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "Stories JSONL with references.")
    Path data;

    @Option(names = "--algorithm", split = ",", defaultValue = SummaryOptions.DEFAULT_ALGORITHM, paramLabel = "A[,B...]",
            description = "Algorithms to compare (default: ${DEFAULT-VALUE}); 'all' for every one.")
    List<String> algorithms = new ArrayList<>();

    @Option(names = "--protocol", required = true, paramLabel = "P", description = "hong2014 (DUC/TAC: 100 words, ROUGE-1/2 recall) or multinews (300 words, F).")
    String protocolName;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N stories.")
    int limit;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path outFile;

    @Option(names = "--dump", paramLabel = "DIR", description = "Write every summary (DIR/peers/TOPIC.ALGORITHM) and reference (DIR/models) for 'newsfuse rouge'.")
    Path dump;

    @CommandLine.Mixin
    FormatOption output = new FormatOption();

    EvalCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    int run() {
        PrintWriter out = out();
        PrintWriter err = err();
        Protocol protocol = Evaluations.protocol(protocolName).orElse(null);
        if (protocol == null) {
            err.println("newsfuse: unknown protocol '" + protocolName + "'; known: " + String.join(", ", Evaluations.protocols()));
            return ExitCode.USAGE;
        }
        if (limit < 0) {
            err.println("newsfuse: --limit must be >= 0");
            return ExitCode.USAGE;
        }
        Evaluations.SummaryOptions options = Evaluations.SummaryOptions.defaults().withProtocol(protocol).withAlgorithms(algorithms)
                .withLimit(limit).withThreads(workers.count()).withDump(dump == null ? null : environment.workingDirectory().resolve(dump));
        if (options.unknownAlgorithm().isPresent()) {
            err.println("newsfuse: unknown algorithm '" + options.unknownAlgorithm().get() + "'; known: "
                    + String.join(", ", Evaluations.algorithms()));
            return ExitCode.USAGE;
        }
        Path file = environment.workingDirectory().resolve(data);
        if (!Files.isRegularFile(file)) {
            err.println("newsfuse: " + data + ": no such file");
            return ExitCode.NO_INPUT;
        }
        DatasetEvaluation.Result result;
        try {
            result = new Evaluations(NewsFuse.load()).summaries(file, options, progress(err));
        } catch (IOException e) {
            err.println("newsfuse: cannot read " + data + ": " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
        Diagnostics.print(result.diagnostics(), err);
        if (result.linesRejected() > 0) {
            err.println("newsfuse: " + result.linesRejected() + " of " + result.linesRead() + " lines skipped");
        }
        if (outFile != null) {
            try {
                Files.writeString(environment.workingDirectory().resolve(outFile), EvaluationRenderer.summaries(result, protocol, Format.JSON));
            } catch (IOException e) {
                err.println("newsfuse: cannot write " + outFile + ": " + e.getMessage());
                return ExitCode.CANT_CREATE;
            }
        }
        out.print(EvaluationRenderer.summaries(result, protocol, output.format));
        out.flush();
        if (result.results().stream().allMatch(r -> r.stories() == 0)) {
            return ExitCode.NO_INPUT;
        }
        return result.linesRejected() > 0 ? ExitCode.DATA_ERROR : ExitCode.OK;
    }

    /** A bar redrawn in place on a terminal; a plain line every tenth of a second's worth of stories otherwise. */
    private IntConsumer progress(PrintWriter err) {
        boolean terminal = System.console() != null;
        AtomicLong last = new AtomicLong(System.nanoTime());
        return done -> {
            long now = System.nanoTime();
            if (now - last.get() < (terminal ? 200_000_000L : 5_000_000_000L)) {
                return;
            }
            last.set(now);
            synchronized (err) {
                if (terminal) {
                    err.print("\r  " + done + (limit > 0 ? "/" + limit : "") + " stories scored");
                } else {
                    err.println("newsfuse: " + done + " stories scored");
                }
                err.flush();
            }
        };
    }
}
