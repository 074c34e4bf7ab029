package org.newsfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.newsfuse.NewsFuse;
import org.newsfuse.analyze.NewsSentenceSplitter;
import org.newsfuse.eval.rouge.RougeScore;
import org.newsfuse.eval.rouge.RougeStemmer;
import org.newsfuse.eval.run.AlgorithmResult;
import org.newsfuse.eval.run.DatasetEvaluation;
import org.newsfuse.eval.run.Protocol;
import org.newsfuse.summarize.Summarizers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval}: score summarizers on a stories JSONL dataset with the project's ROUGE. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Summarize every story of a dataset with each algorithm and score it against the human references.")
public final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "Stories JSONL with references.")
    Path data;

    @Option(names = "--algorithm", split = ",", defaultValue = Summarizers.DEFAULT, paramLabel = "A[,B...]",
            description = "Algorithms to compare (default: ${DEFAULT-VALUE}); 'all' for every one.")
    List<String> algorithms = new ArrayList<>();

    @Option(names = "--protocol", required = true, paramLabel = "P", description = "hong2014 (DUC/TAC: 100 words, ROUGE-1/2 recall) or multinews (300 words, F).")
    String protocolName;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N stories.")
    int limit;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path outFile;

    @Option(names = "--dump", paramLabel = "DIR", description = "Write every summary (DIR/peers/TOPIC.ALGORITHM) and reference (DIR/models) for 'newsfuse rouge'.")
    Path dump;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    private final Main.Environment environment;

    EvalCommand(Main.Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Protocol protocol = Protocol.find(protocolName).orElse(null);
        if (protocol == null) {
            err.println("newsfuse: unknown protocol '" + protocolName + "'; known: " + String.join(", ", Protocol.names()));
            return ExitCode.USAGE;
        }
        if (algorithms.equals(List.of("all"))) {
            algorithms = Summarizers.names().stream().filter(n -> !n.equals(Summarizers.DEFAULT)).toList();
            algorithms = new ArrayList<>(algorithms);
            algorithms.add(0, Summarizers.DEFAULT);
        }
        for (String algorithm : algorithms) {
            if (Summarizers.find(protocol.resolve(algorithm)).isEmpty()) {
                err.println("newsfuse: unknown algorithm '" + algorithm + "'; known: " + String.join(", ", Summarizers.names()));
                return ExitCode.USAGE;
            }
        }
        if (!List.of("text", "json").contains(format) || limit < 0 || threads < 1) {
            err.println("newsfuse: --format must be text or json, --limit >= 0, --threads >= 1");
            return ExitCode.USAGE;
        }
        Path file = environment.workingDirectory().resolve(data);
        if (!Files.isRegularFile(file)) {
            err.println("newsfuse: " + data + ": no such file");
            return ExitCode.NO_INPUT;
        }
        DatasetEvaluation evaluation = new DatasetEvaluation(NewsFuse.pipeline(), NewsSentenceSplitter.load(), RougeStemmer.load());
        DatasetEvaluation.Result result;
        try {
            result = evaluation.run(file, protocol, algorithms,
                    new DatasetEvaluation.Settings(limit, threads, dump == null ? null : environment.workingDirectory().resolve(dump)),
                    progress(err));
        } catch (IOException e) {
            err.println("newsfuse: cannot read " + data + ": " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
        Diagnostics.print(result.diagnostics(), err);
        if (result.linesRejected() > 0) {
            err.println("newsfuse: " + result.linesRejected() + " of " + result.linesRead() + " lines skipped");
        }
        String json = json(result, protocol);
        if (outFile != null) {
            try {
                Files.writeString(environment.workingDirectory().resolve(outFile), json);
            } catch (IOException e) {
                err.println("newsfuse: cannot write " + outFile + ": " + e.getMessage());
                return ExitCode.CANT_CREATE;
            }
        }
        out.print(format.equals("json") ? json : table(result, protocol));
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

    private static String table(DatasetEvaluation.Result result, Protocol protocol) {
        StringBuilder out = new StringBuilder();
        String measure = protocol.recall() ? "recall" : "F";
        out.append(String.format(Locale.ROOT, "%nprotocol %s (ROUGE %s x100)%n", protocol.name(), measure));
        out.append(String.format(Locale.ROOT, "%-14s", "algorithm"));
        for (String metric : protocol.headline()) {
            out.append(String.format(Locale.ROOT, "%10s", metric.replace("ROUGE-", "R-")));
        }
        out.append(String.format(Locale.ROOT, "%9s%9s%11s%n", "stories", "seconds", "stories/s"));
        for (AlgorithmResult r : result.results()) {
            out.append(String.format(Locale.ROOT, "%-14s", r.algorithm()));
            for (String metric : protocol.headline()) {
                RougeScore s = r.metric(metric);
                out.append(String.format(Locale.ROOT, "%10.2f", 100 * (protocol.recall() ? s.recall() : s.f())));
            }
            out.append(String.format(Locale.ROOT, "%9d%9.1f%11.1f%n", r.stories(), r.seconds(), r.storiesPerSecond()));
        }
        return out.toString();
    }

    private static String json(DatasetEvaluation.Result result, Protocol protocol) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode results = root.putArray("results");
        for (AlgorithmResult r : result.results()) {
            ObjectNode node = results.addObject();
            node.put("algorithm", r.algorithm());
            node.put("protocol", r.protocol());
            node.put("stories", r.stories());
            node.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
            node.put("stories_per_second", Math.round(r.storiesPerSecond() * 10) / 10.0);
            ObjectNode rouge = node.putObject("rouge");
            for (RougeScore s : r.rouge()) {
                ObjectNode m = rouge.putObject(s.metric());
                m.put("recall", s.recall());
                m.put("precision", s.precision());
                m.put("f", s.f());
            }
        }
        root.put("lines_read", result.linesRead());
        root.put("lines_skipped", result.linesRejected());
        ArrayNode diagnostics = root.putArray("diagnostics");
        result.diagnostics().forEach(d -> diagnostics.add(d.toLine()));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
