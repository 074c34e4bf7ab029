package org.newsfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfuse.eval.rouge.Rouge;
import org.newsfuse.eval.rouge.RougeEvaluation;
import org.newsfuse.eval.rouge.RougeOptions;
import org.newsfuse.eval.rouge.RougeScore;
import org.newsfuse.eval.rouge.RougeStemmer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse rouge}: ROUGE-1.5.5 with its option letters, over peer and model directories. */
@Command(name = "rouge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score summaries with ROUGE exactly as ROUGE-1.5.5 does (same option letters, same numbers).",
                "Peers are named TOPIC.SYSTEM, models TOPIC.ANYTHING, one sentence per line."})
public final class RougeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
            result = new RougeEvaluation(new Rouge(options, stem ? RougeStemmer.load() : null)).evaluate(peers, models, threads);
        } catch (IOException e) {
            err.println("newsfuse: cannot read summaries: " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
        Diagnostics.print(result.diagnostics(), err);
        if (result.topics().isEmpty()) {
            err.println("newsfuse: no peer summary has a reference");
            return ExitCode.NO_INPUT;
        }
        switch (format) {
            case "csv" -> printCsv(result, out);
            case "json" -> printJson(result, options, out);
            default -> printText(result, options, out);
        }
        out.flush();
        return result.diagnostics().isEmpty() ? ExitCode.OK : ExitCode.DATA_ERROR;
    }

    private void printCsv(RougeEvaluation.Result result, PrintWriter out) {
        out.println("system,topic,metric,recall,precision,f");
        if (perTopic) {
            for (RougeEvaluation.TopicResult t : result.topics()) {
                for (RougeScore s : t.scores()) {
                    out.println(String.join(",", t.system(), t.topic(), s.metric(), d5(s.recall()), d5(s.precision()), d5(s.f())));
                }
            }
        } else {
            for (RougeEvaluation.Average a : result.averages()) {
                out.println(String.join(",", a.system(), "average", a.metric(), d5(a.recall()), d5(a.precision()), d5(a.f())));
            }
        }
    }

    private void printText(RougeEvaluation.Result result, RougeOptions options, PrintWriter out) {
        String level = String.format(Locale.ROOT, "%s%%", trim(options.confidence()));
        for (RougeEvaluation.Average a : result.averages()) {
            out.println("---------------------------------------------");
            out.printf(Locale.ROOT, "%s %s Average_R: %s (%s-conf.int. %s - %s)%n", a.system(), a.metric(), d5(a.recall()), level, d5(a.recallInterval()[0]), d5(a.recallInterval()[1]));
            out.printf(Locale.ROOT, "%s %s Average_P: %s (%s-conf.int. %s - %s)%n", a.system(), a.metric(), d5(a.precision()), level, d5(a.precisionInterval()[0]), d5(a.precisionInterval()[1]));
            out.printf(Locale.ROOT, "%s %s Average_F: %s (%s-conf.int. %s - %s)%n", a.system(), a.metric(), d5(a.f()), level, d5(a.fInterval()[0]), d5(a.fInterval()[1]));
            if (perTopic) {
                out.println(".............................................");
                for (RougeEvaluation.TopicResult t : result.topics()) {
                    if (t.system().equals(a.system())) {
                        RougeScore s = t.scores().stream().filter(x -> x.metric().equals(a.metric())).findFirst().orElseThrow();
                        out.printf(Locale.ROOT, "%s %s Eval %s R:%s P:%s F:%s%n", a.system(), a.metric(), t.topic(), d5(s.recall()), d5(s.precision()), d5(s.f()));
                    }
                }
            }
        }
    }

    private void printJson(RougeEvaluation.Result result, RougeOptions options, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.putPOJO("options", options);
        ArrayNode systems = root.putArray("systems");
        String current = null;
        ObjectNode rouge = null;
        for (RougeEvaluation.Average a : result.averages()) {
            if (!a.system().equals(current)) {
                current = a.system();
                ObjectNode system = systems.addObject();
                system.put("system", a.system());
                system.put("topics", a.topics());
                rouge = system.putObject("rouge");
            }
            ObjectNode m = rouge.putObject(a.metric());
            m.put("recall", a.recall());
            m.put("precision", a.precision());
            m.put("f", a.f());
            m.putPOJO("recall_ci", a.recallInterval());
            m.putPOJO("precision_ci", a.precisionInterval());
            m.putPOJO("f_ci", a.fInterval());
        }
        if (perTopic) {
            ArrayNode topics = root.putArray("per_topic");
            for (RougeEvaluation.TopicResult t : result.topics()) {
                for (RougeScore s : t.scores()) {
                    ObjectNode row = topics.addObject();
                    row.put("system", t.system());
                    row.put("topic", t.topic());
                    row.put("metric", s.metric());
                    row.put("recall", s.recall());
                    row.put("precision", s.precision());
                    row.put("f", s.f());
                }
            }
        }
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String d5(double value) {
        return Double.isNaN(value) ? "nan" : String.format(Locale.ROOT, "%.5f", value);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
