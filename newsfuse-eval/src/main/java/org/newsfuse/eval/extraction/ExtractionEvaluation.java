package org.newsfuse.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores main-text extraction on the article-extraction benchmark layout: {@code ground-truth.json}
 * ({@code {ID: {"articleBody": ...}}}) and, for peers, files of the form {@code {"output": {ID:
 * {"articleBody": ...}}}}.
 */
public final class ExtractionEvaluation {

    /** Averages over pages, and F1 from the two averages. */
    public record Result(int pages, double precision, double recall, double f1) {
    }

    public static Map<String, String> readBodies(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode pages = root.has("output") ? root.get("output") : root;
        Map<String, String> bodies = new LinkedHashMap<>();
        pages.fields().forEachRemaining(e -> bodies.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return bodies;
    }

    public static Result score(Map<String, String> truth, Function<String, String> predicted) {
        double precision = 0;
        double recall = 0;
        for (var e : truth.entrySet()) {
            ExtractionScore.PageScore s = ExtractionScore.score(predicted.apply(e.getKey()), e.getValue());
            precision += s.precision();
            recall += s.recall();
        }
        int n = truth.size();
        precision /= Math.max(1, n);
        recall /= Math.max(1, n);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(n, precision, recall, f1);
    }

    private ExtractionEvaluation() {
    }
}
