package org.newsfuse.eval.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure: both texts split into word tokens ({@code \w+}), 4-token
 * shingles with counts; true positives are shared shingles, false positives extra predicted ones,
 * false negatives missed ones. Precision and recall are per page; a page with nothing true and nothing
 * predicted scores 1; an empty prediction has precision 1 and recall 0.
 */
public final class ExtractionScore {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** One page's precision and recall. */
    public record PageScore(double precision, double recall) {
    }

    private ExtractionScore() {
    }

    public static PageScore score(String predicted, String truth) {
        Map<String, Integer> p = shingles(predicted == null ? "" : predicted);
        Map<String, Integer> t = shingles(truth == null ? "" : truth);
        int tp = 0;
        for (var e : p.entrySet()) {
            tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        int predictedCount = p.values().stream().mapToInt(Integer::intValue).sum();
        int trueCount = t.values().stream().mapToInt(Integer::intValue).sum();
        int fp = predictedCount - tp;
        int fn = trueCount - tp;
        if (tp + fp + fn == 0) {
            return new PageScore(1, 1);
        }
        // an extractor that returns nothing is not charged for precision, only for recall (as the benchmark scores it)
        double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return new PageScore(precision, recall);
    }

    static Map<String, Integer> shingles(String text) {
        Matcher m = WORD.matcher(text);
        java.util.List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            counts.merge(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2) + ' ' + tokens.get(i + 3), 1, Integer::sum);
        }
        return counts;
    }
}
