package org.newsfuse.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.newsfuse.Pipeline;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.base.Span;
import org.newsfuse.compare.Comparison;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

/**
 * Runs the comparison on each article of a quotations JSONL file (the PolNeAR form: {@code id, text, quotes:
 * [{start, end, speaker, speaker_start, speaker_end, direct}]}) and scores its quotations with {@link QuoteScorer}.
 * A line that cannot be read, or an article the comparison fails on, is reported as a diagnostic and its gold
 * quotations count as missed; the rest of the run goes on.
 */
public final class QuoteEvaluation {

    /**
     * The scores of one run.
     *
     * @param scores      the counts, overall and by kind
     * @param articles    articles read
     * @param failed      articles read but not processed (reported in {@code diagnostics})
     * @param quotes      quotations predicted
     * @param seconds     time spent comparing (reading excluded)
     * @param diagnostics lines skipped and articles failed
     */
    public record Result(QuoteScorer scores, int articles, int failed, int quotes, double seconds, List<Diagnostic> diagnostics) {
        public double quotesPerSecond() {
            return seconds > 0 ? quotes / seconds : 0;
        }

        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : 0;
        }
    }

    private final Pipeline pipeline;
    private final Set<Comparison.QuoteKind> kinds;

    /**
     * @param pipeline the pipeline whose comparison is scored
     * @param kinds    the kinds of predicted quotation scored (a data set that annotates only quotations in marks is
     *                 scored on direct and mixed ones)
     */
    public QuoteEvaluation(Pipeline pipeline, Set<Comparison.QuoteKind> kinds) {
        this.pipeline = pipeline;
        this.kinds = Set.copyOf(kinds);
    }

    /** Scores every article of {@code file}; {@code predictions} receives one JSON object per article, for reading errors. */
    public Result run(Path file, Consumer<ObjectNode> predictions) throws IOException {
        ObjectMapper json = new ObjectMapper();
        QuoteScorer scorer = new QuoteScorer();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int articles = 0;
        int failed = 0;
        int quotes = 0;
        long nanos = 0;
        String origin = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record;
                String text;
                List<QuoteScorer.Gold> gold;
                try {
                    record = json.readTree(line);
                    text = record.path("text").isTextual() ? record.get("text").asText() : null;
                    if (text == null) {
                        throw new IllegalArgumentException("no \"text\" string");
                    }
                    gold = gold(record, text.length());
                } catch (IOException | IllegalArgumentException e) {
                    diagnostics.add(Diagnostic.error(origin, "line " + number, "not a quotations record: " + firstLine(e.getMessage()),
                            "skipped"));
                    continue;
                }
                articles++;
                String id = record.path("id").asText("line-" + number);
                long started = System.nanoTime();
                List<QuoteScorer.Predicted> predicted;
                try {
                    predicted = predict(id, origin + ":" + number, record, text);
                } catch (RuntimeException | StackOverflowError e) {
                    failed++;
                    diagnostics.add(Diagnostic.error(origin, "line " + number, "article " + id + " failed: " + e,
                            "its gold quotations count as missed; the rest of the run goes on"));
                    predicted = List.of();
                }
                nanos += System.nanoTime() - started;
                quotes += predicted.size();
                scorer.add(text, gold, predicted);
                predictions.accept(describe(json, id, text, predicted));
            }
        }
        return new Result(scorer, articles, failed, quotes, nanos / 1e9, diagnostics);
    }

    private List<QuoteScorer.Predicted> predict(String id, String origin, JsonNode record, String text) {
        Optional<LocalDate> date;
        try {
            date = Optional.of(LocalDate.parse(record.path("date").asText("")));
        } catch (DateTimeParseException e) {
            date = Optional.empty();
        }
        SourceDocument document = new SourceDocument(id, origin, text, Optional.ofNullable(record.path("source").asText(null)),
                Optional.ofNullable(record.path("title").asText(null)), date);
        Comparison comparison = pipeline.compare(pipeline.analyze(StoryInput.of(id, List.of(document))));
        List<QuoteScorer.Predicted> predicted = new ArrayList<>();
        for (Comparison.Quote quote : comparison.quotes()) {
            if (!kinds.contains(quote.kind())) {
                continue;
            }
            for (Comparison.Attribution a : quote.attributions()) {
                predicted.add(new QuoteScorer.Predicted(a.report(), quote.kind().label(), quote.speaker(), a.speaker()));
            }
        }
        return predicted;
    }

    private static List<QuoteScorer.Gold> gold(JsonNode record, int length) {
        List<QuoteScorer.Gold> gold = new ArrayList<>();
        for (JsonNode q : record.path("quotes")) {
            int start = q.path("start").asInt(-1);
            int end = q.path("end").asInt(-1);
            if (start < 0 || end < start || end > length) {
                throw new IllegalArgumentException("quotation [" + start + ", " + end + ") outside the text");
            }
            Optional<String> speaker = q.path("speaker").isTextual() ? Optional.of(q.get("speaker").asText()) : Optional.empty();
            Optional<Span> speakerSpan = Optional.empty();
            if (q.path("speaker_start").isInt() && q.path("speaker_end").isInt()) {
                int s = q.get("speaker_start").asInt();
                int e = q.get("speaker_end").asInt();
                if (s >= 0 && e >= s && e <= length) {
                    speakerSpan = Optional.of(new Span(s, e));
                }
            }
            String kind = q.path("kind").isTextual() ? q.get("kind").asText() : q.path("direct").asBoolean(true) ? "direct" : "mixed";
            gold.add(new QuoteScorer.Gold(new Span(start, end), kind, speaker, speakerSpan));
        }
        return gold;
    }

    private static ObjectNode describe(ObjectMapper json, String id, String text, List<QuoteScorer.Predicted> predicted) {
        ObjectNode n = json.createObjectNode();
        n.put("id", id);
        ArrayNode quotes = n.putArray("quotes");
        for (QuoteScorer.Predicted p : predicted) {
            ObjectNode q = quotes.addObject();
            q.put("kind", p.kind());
            q.put("start", p.span().start());
            q.put("end", p.span().end());
            q.put("text", p.span().of(text));
            q.put("speaker", p.speaker().orElse(null));
            p.speakerSpan().ifPresent(s -> {
                q.put("speakerStart", s.start());
                q.put("speakerEnd", s.end());
                q.put("speakerMention", s.of(text));
            });
        }
        return n;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
