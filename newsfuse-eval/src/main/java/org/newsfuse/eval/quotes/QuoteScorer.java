package org.newsfuse.eval.quotes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsfuse.base.Span;

/**
 * The quotation scores of issue 18, for one article or summed over many.
 *
 * <ul>
 *   <li>A gold quotation is found when the predicted quotations together cover at least half of its letters
 *       and digits; a prediction is right when at least half of its letters and digits lie inside gold
 *       quotations.</li>
 *   <li>Speaker accuracy is over found gold quotations, judged on the prediction covering most of it: right when
 *       the predicted mention overlaps the gold one, or the resolved name's surname (its last word) is among the
 *       gold speaker's capitalised words. A gold quotation with no speaker is right when none is predicted.</li>
 *   <li>"Name right" is the same judgement over the found quotations whose gold speaker is a name (has a capitalised
 *       word other than a pronoun).</li>
 * </ul>
 * Everything is also counted by kind: gold quotations by their gold kind, predictions by their predicted kind.
 */
public final class QuoteScorer {

    /** A gold quotation. */
    public record Gold(Span span, String kind, Optional<String> speaker, Optional<Span> speakerSpan) {
    }

    /** A predicted quotation. */
    public record Predicted(Span span, String kind, Optional<String> speaker, Optional<Span> speakerSpan) {
    }

    /** Counts that add up across articles. */
    public static final class Counts {
        int gold;
        int goldFound;
        int predicted;
        int predictedRight;
        int speakerRight;
        int named;
        int namedRight;

        void add(Counts o) {
            gold += o.gold;
            goldFound += o.goldFound;
            predicted += o.predicted;
            predictedRight += o.predictedRight;
            speakerRight += o.speakerRight;
            named += o.named;
            namedRight += o.namedRight;
        }

        public int gold() {
            return gold;
        }

        public int goldFound() {
            return goldFound;
        }

        public int predicted() {
            return predicted;
        }

        public int predictedRight() {
            return predictedRight;
        }

        public int speakerRight() {
            return speakerRight;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) predictedRight / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) goldFound / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Speaker right, over found gold quotations. */
        public double speakerAccuracy() {
            return goldFound == 0 ? 0 : (double) speakerRight / goldFound;
        }

        /** Speaker name right, over found gold quotations whose speaker is a name. */
        public double nameAccuracy() {
            return named == 0 ? 0 : (double) namedRight / named;
        }

        public int named() {
            return named;
        }

        public int namedRight() {
            return namedRight;
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its",
            "our", "my", "him", "them", "us", "me");

    private final Counts all = new Counts();
    private final Map<String, Counts> byKind = new LinkedHashMap<>();

    public Counts all() {
        return all;
    }

    /** Counts by kind: gold quotations by their gold kind, predictions by their own. */
    public Map<String, Counts> byKind() {
        return byKind;
    }

    /** Scores one article and adds it to the totals. */
    public void add(String text, List<Gold> gold, List<Predicted> predicted) {
        boolean[] inGold = mark(text, gold.stream().map(Gold::span).toList());
        boolean[] inPredicted = mark(text, predicted.stream().map(Predicted::span).toList());
        for (Predicted p : predicted) {
            Counts k = kind(p.kind());
            all.predicted++;
            k.predicted++;
            if (share(text, p.span(), inGold) * 2 >= letters(text, p.span()) && letters(text, p.span()) > 0) {
                all.predictedRight++;
                k.predictedRight++;
            }
        }
        for (Gold g : gold) {
            Counts k = kind(g.kind());
            all.gold++;
            k.gold++;
            int size = letters(text, g.span());
            if (size == 0 || share(text, g.span(), inPredicted) * 2 < size) {
                continue;
            }
            all.goldFound++;
            k.goldFound++;
            Predicted best = null;
            int bestShare = 0;
            for (Predicted p : predicted) {
                int shared = overlapLetters(text, p.span(), g.span());
                if (shared > bestShare) {
                    best = p;
                    bestShare = shared;
                }
            }
            boolean right = speakerRight(text, g, best);
            if (right) {
                all.speakerRight++;
                k.speakerRight++;
            }
            if (g.speaker().isPresent() && !capitalised(g.speaker().get()).isEmpty()) {
                all.named++;
                k.named++;
                if (best != null && best.speaker().isPresent() && surnameAmong(best.speaker().get(), g.speaker().get())) {
                    all.namedRight++;
                    k.namedRight++;
                }
            }
        }
    }

    /** Adds another scorer's counts (articles scored apart). */
    public void add(QuoteScorer other) {
        all.add(other.all);
        other.byKind.forEach((kind, counts) -> kind(kind).add(counts));
    }

    private Counts kind(String kind) {
        return byKind.computeIfAbsent(kind, k -> new Counts());
    }

    static boolean speakerRight(String text, Gold g, Predicted p) {
        if (g.speaker().isEmpty()) {
            return p == null || p.speaker().isEmpty() && p.speakerSpan().isEmpty();
        }
        if (p == null) {
            return false;
        }
        if (p.speakerSpan().isPresent() && g.speakerSpan().isPresent() && p.speakerSpan().get().overlaps(g.speakerSpan().get())) {
            return true;
        }
        return p.speaker().isPresent() && surnameAmong(p.speaker().get(), g.speaker().get());
    }

    /** Whether the last word of a predicted name is among the capitalised words of the gold speaker. */
    static boolean surnameAmong(String predicted, String goldSpeaker) {
        String[] words = predicted.strip().split("\\s+");
        String surname = clean(words[words.length - 1]).toLowerCase(Locale.ROOT);
        return !surname.isEmpty() && capitalised(goldSpeaker).contains(surname);
    }

    private static Set<String> capitalised(String s) {
        Set<String> words = new TreeSet<>();
        for (String w : s.split("\\s+")) {
            String c = clean(w);
            // a capitalised pronoun opening a sentence ("He said") is no name
            if (!c.isEmpty() && Character.isUpperCase(c.charAt(0)) && !PRONOUNS.contains(c.toLowerCase(Locale.ROOT))) {
                words.add(c.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String clean(String word) {
        String w = word.replaceAll("(?:['’]s)$", "").replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        return w;
    }

    private static boolean[] mark(String text, List<Span> spans) {
        boolean[] marked = new boolean[text.length()];
        for (Span s : spans) {
            for (int i = Math.max(0, s.start()); i < Math.min(text.length(), s.end()); i++) {
                marked[i] = true;
            }
        }
        return marked;
    }

    private static int letters(String text, Span span) {
        int n = 0;
        for (int i = Math.max(0, span.start()); i < Math.min(text.length(), span.end()); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int share(String text, Span span, boolean[] marked) {
        int n = 0;
        for (int i = Math.max(0, span.start()); i < Math.min(text.length(), span.end()); i++) {
            if (marked[i] && Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int overlapLetters(String text, Span a, Span b) {
        int start = Math.max(a.start(), b.start());
        int end = Math.min(a.end(), b.end());
        return end > start ? letters(text, new Span(start, end)) : 0;
    }
}
