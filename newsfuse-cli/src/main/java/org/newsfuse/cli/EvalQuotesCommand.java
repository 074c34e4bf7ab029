package org.newsfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfuse.NewsFuse;
import org.newsfuse.compare.Comparison;
import org.newsfuse.compare.SpeakerParser;
import org.newsfuse.eval.Evaluations;
import org.newsfuse.eval.quotes.QuoteEvaluation;
import org.newsfuse.eval.quotes.QuoteScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval-quotes}: score quotation extraction and speaker attribution against gold quotations. */
@Command(name = "eval-quotes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare each article of a quotations JSONL file (the PolNeAR form of ../shared/data/README.md) and score "
                + "its quotations: precision, recall and F1 (a gold quotation is found when predictions cover at least half its "
                + "letters and digits; a prediction is right when at least half of its letters and digits lie in gold quotations), "
                + "speaker accuracy over found quotations (the mention overlaps the gold one, or the resolved surname is among the "
                + "gold speaker's capitalised words), all also by kind."})
public final class EvalQuotesCommand extends CommandBase {


    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "Quotations JSONL: id, text, quotes[start, end, speaker, speaker_start, speaker_end, direct].")
    Path data;

    @Option(names = "--kinds", split = ",", defaultValue = "direct,mixed,indirect", paramLabel = "K[,K...]",
            description = "Kinds of predicted quotation scored (default: ${DEFAULT-VALUE}); 'direct,mixed' for data that, like "
                    + "PolNeAR here, annotates only quotations in quotation marks.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--predictions", paramLabel = "FILE.jsonl", description = "Also write each article's predicted quotations to FILE.jsonl.")
    Path predictions;

    @CommandLine.Mixin
    SpeakerParserOption speakerParser = new SpeakerParserOption();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;


    EvalQuotesCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    int run() {
        PrintWriter out = out();
        PrintWriter err = err();
        Set<Comparison.QuoteKind> scored = EnumSet.noneOf(Comparison.QuoteKind.class);
        for (String k : kinds) {
            try {
                scored.add(Comparison.QuoteKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                err.println("newsfuse: unknown kind '" + k + "'; known: direct, mixed, indirect");
                return ExitCode.USAGE;
            }
        }
        if (!List.of("text", "json").contains(format)) {
            err.println("newsfuse: --format must be text or json");
            return ExitCode.USAGE;
        }
        Path file = environment.workingDirectory().resolve(data);
        if (!Files.isRegularFile(file)) {
            err.println("newsfuse: " + data + ": no such file");
            return ExitCode.NO_INPUT;
        }
        QuoteEvaluation.Result result;
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter predicted = predictions == null ? null
                : Files.newBufferedWriter(environment.workingDirectory().resolve(predictions), StandardCharsets.UTF_8)) {
            NewsFuse newsfuse = NewsFuse.load();
            Optional<SpeakerParser> parser = Optional.empty();
            if (speakerParser.missing(newsfuse, err)) {
                return ExitCode.USAGE;
            }
            if (speakerParser.wanted) {
                parser = newsfuse.speakerParser();
                long loading = System.nanoTime();
                parser.get().parse("The model loads on the first paragraph, she said.");
                err.printf(Locale.ROOT, "newsfuse: %s loaded in %.1f s%n", parser.get().name(), (System.nanoTime() - loading) / 1e9);
            }
            result = new Evaluations(newsfuse).quotes(file, scored, parser, article -> {
                if (predicted != null) {
                    try {
                        predicted.write(article.toString());
                        predicted.newLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (IOException | UncheckedIOException e) {
            err.println("newsfuse: cannot read " + data + " or write the predictions: " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
        Diagnostics.print(result.diagnostics(), err);
        if (format.equals("json")) {
            out.println(json(json, result).toString());
        } else {
            out.print(table(result));
        }
        out.flush();
        if (result.articles() == 0) {
            return ExitCode.NO_INPUT;
        }
        return result.diagnostics().isEmpty() ? ExitCode.OK : ExitCode.DATA_ERROR;
    }

    private static ObjectNode json(ObjectMapper json, QuoteEvaluation.Result r) {
        ObjectNode n = json.createObjectNode();
        n.put("articles", r.articles());
        n.put("failed", r.failed());
        counts(n.putObject("all"), r.scores().all());
        ObjectNode kinds = n.putObject("by_kind");
        for (Map.Entry<String, QuoteScorer.Counts> e : r.scores().byKind().entrySet()) {
            counts(kinds.putObject(e.getKey()), e.getValue());
        }
        n.put("seconds", round(r.seconds()));
        n.put("quotes_per_second", round(r.quotesPerSecond()));
        n.put("articles_per_second", round(r.articlesPerSecond()));
        return n;
    }

    private static void counts(ObjectNode n, QuoteScorer.Counts c) {
        n.put("gold", c.gold());
        n.put("found", c.goldFound());
        n.put("predicted", c.predicted());
        n.put("right", c.predictedRight());
        n.put("precision", round(c.precision()));
        n.put("recall", round(c.recall()));
        n.put("f1", round(c.f1()));
        n.put("speaker_right", c.speakerRight());
        n.put("speaker_accuracy", round(c.speakerAccuracy()));
        n.put("named", c.named());
        n.put("name_right", c.namedRight());
        n.put("name_accuracy", round(c.nameAccuracy()));
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private static String table(QuoteEvaluation.Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles %d (%d failed), quotations predicted %d, %.1f quotes/s, %.1f articles/s%n",
                r.articles(), r.failed(), r.quotes(), r.quotesPerSecond(), r.articlesPerSecond()));
        out.append(String.format(Locale.ROOT, "%-9s %6s %6s %6s %6s %6s %6s %8s %8s%n", "kind", "gold", "found", "pred", "P", "R", "F1",
                "speaker", "name"));
        row(out, "all", r.scores().all());
        r.scores().byKind().forEach((kind, c) -> row(out, kind, c));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, QuoteScorer.Counts c) {
        out.append(String.format(Locale.ROOT, "%-9s %6d %6d %6d %6.3f %6.3f %6.3f %8.3f %8.3f%n", label, c.gold(), c.goldFound(),
                c.predicted(), c.precision(), c.recall(), c.f1(), c.speakerAccuracy(), c.nameAccuracy()));
    }
}
