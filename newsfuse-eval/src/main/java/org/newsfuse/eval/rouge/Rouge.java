package org.newsfuse.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ROUGE as ROUGE-1.5.5 computes it, for one summary against its references: ROUGE-N, ROUGE-L
 * (summary-level union LCS with the script's unigram clipping) and ROUGE-S/SU, with {@code -f A}
 * (hits and totals summed over references) or {@code -f B} (the best reference). Immutable and
 * thread-safe; reproduces the script's published per-topic scores to the 5th decimal.
 */
public final class Rouge {

    private final RougeOptions options;
    private final RougeStemmer stemmer;

    public Rouge(RougeOptions options, RougeStemmer stemmer) {
        this.options = Objects.requireNonNull(options, "options");
        this.stemmer = options.stem() ? Objects.requireNonNull(stemmer, "stemmer is required with -m") : null;
    }

    public RougeOptions options() {
        return options;
    }

    /**
     * Scores a summary.
     *
     * @param peer   the summary, one sentence per line
     * @param models the references, each one sentence per line
     * @return one score per metric, in {@link RougeOptions#metrics()} order
     */
    public List<RougeScore> score(List<String> peer, List<List<String>> models) {
        Prepared p = prepare(peer);
        List<Prepared> m = new ArrayList<>(models.size());
        for (List<String> model : models) {
            m.add(prepare(model));
        }
        List<RougeScore> scores = new ArrayList<>();
        for (int n = 1; n <= options.maxN(); n++) {
            final int size = n;
            scores.add(countScore("ROUGE-" + n, ngrams(p.tokens, n), m.stream().map(model -> ngrams(model.tokens, size)).toList()));
        }
        if (options.lcs()) {
            scores.add(lcsScore(p, m));
        }
        if (options.skipDistance() >= 0) {
            String name = (options.skipUnigrams() ? "ROUGE-SU" : "ROUGE-S") + options.skipDistance();
            scores.add(countScore(name, skipBigrams(p.tokens), m.stream().map(model -> skipBigrams(model.tokens)).toList()));
        }
        return scores;
    }

    private static final String COUNT = "\u0000count";

    /** A text read both ways ROUGE reads it. */
    private record Prepared(List<String> tokens, List<List<String>> sentenceTokens) {
    }

    private Prepared prepare(List<String> lines) {
        List<String> sentences = RougeText.sentences(lines);
        List<String> tokens = RougeText.tokens(RougeText.joined(sentences, options.wordLimit(), options.byteLimit()), stemmer);
        List<List<String>> sentenceTokens = new ArrayList<>();
        if (options.lcs()) {
            for (String s : RougeText.separate(sentences, options.wordLimit(), options.byteLimit())) {
                sentenceTokens.add(RougeText.tokens(s, stemmer));
            }
        }
        return new Prepared(tokens, sentenceTokens);
    }

    /** Clipped hits of the summary's units against each reference's, summed (-f A) or from the best reference (-f B). */
    private RougeScore countScore(String name, Map<String, Integer> peerGrams, List<Map<String, Integer>> models) {
        int hitTotal = 0;
        int modelTotal = 0;
        int peerTotal = 0;
        double best = -1;
        for (Map<String, Integer> modelGrams : models) {
            int hit = clippedHits(modelGrams, peerGrams);
            int count = modelGrams.get(COUNT);
            if (accumulate(hit, count, best)) {
                best = count == 0 ? 0 : round5(hit / (double) count);
                hitTotal = options.bestModel() ? hit : hitTotal + hit;
                modelTotal = options.bestModel() ? count : modelTotal + count;
                peerTotal = options.bestModel() ? peerGrams.get(COUNT) : peerTotal + peerGrams.get(COUNT);
            }
        }
        return finish(name, hitTotal, modelTotal, peerTotal);
    }

    /** With -f A every reference counts; with -f B only one that beats the best so far (by rounded recall). */
    private boolean accumulate(int hit, int count, double best) {
        if (!options.bestModel()) {
            return true;
        }
        double score = count == 0 ? 0 : round5(hit / (double) count);
        return score > best;
    }

    private RougeScore lcsScore(Prepared peer, List<Prepared> models) {
        Map<String, Integer> peerUnigrams = ngrams(peer.tokens, 1);
        int hitTotal = 0;
        int baseTotal = 0;
        int peerTotal = 0;
        double best = -1;
        for (Prepared model : models) {
            Map<String, Integer> peerLeft = new HashMap<>(peerUnigrams);
            Map<String, Integer> modelLeft = ngrams(model.tokens, 1);
            int hit = 0;
            int base = 0;
            for (List<String> modelSentence : model.sentenceTokens) {
                boolean[] mask = new boolean[modelSentence.size()];
                base += modelSentence.size();
                for (List<String> peerSentence : peer.sentenceTokens) {
                    markLcs(modelSentence, peerSentence, mask);
                }
                for (int j = 0; j < mask.length; j++) {
                    if (mask[j]) {
                        String token = modelSentence.get(j);
                        Integer inModel = modelLeft.get(token);
                        Integer inPeer = peerLeft.get(token);
                        if (inModel != null && inPeer != null && inModel > 0 && inPeer > 0) {
                            hit++;
                            modelLeft.put(token, inModel - 1);
                            peerLeft.put(token, inPeer - 1);
                        }
                    }
                }
            }
            boolean take = !options.bestModel() || (base > 0 ? hit / (double) base : 0) > best;
            if (take) {
                best = base > 0 ? hit / (double) base : 0;
                hitTotal = options.bestModel() ? hit : hitTotal + hit;
                baseTotal = options.bestModel() ? base : baseTotal + base;
                peerTotal = options.bestModel() ? peerUnigrams.get(COUNT) : peerTotal + peerUnigrams.get(COUNT);
            }
        }
        return finish("ROUGE-L", hitTotal, baseTotal, peerTotal);
    }

    /** ROUGE-1.5.5's LCS table and back-trace, tie-breaking included, marking hit positions of the model sentence. */
    private static void markLcs(List<String> model, List<String> peer, boolean[] mask) {
        int m = model.size();
        int n = peer.size();
        if (m == 0) {
            return;
        }
        int[][] c = new int[m + 1][n + 1];
        byte[][] b = new byte[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            String mi = model.get(i - 1);
            for (int j = 1; j <= n; j++) {
                if (mi.equals(peer.get(j - 1))) {
                    c[i][j] = c[i - 1][j - 1] + 1;
                    b[i][j] = 1; // diagonal
                } else if (c[i - 1][j] >= c[i][j - 1]) {
                    c[i][j] = c[i - 1][j];
                    b[i][j] = 2; // up
                } else {
                    c[i][j] = c[i][j - 1];
                    b[i][j] = 3; // left
                }
            }
        }
        int i = m;
        int j = n;
        while (i != 0 && j != 0) {
            if (b[i][j] == 1) {
                i--;
                j--;
                mask[i] = true;
            } else if (b[i][j] == 2) {
                i--;
            } else {
                j--;
            }
        }
    }

    private RougeScore finish(String name, int hits, int modelCount, int peerCount) {
        double recall = modelCount != 0 ? round5(hits / (double) modelCount) : 0;
        double precision = peerCount != 0 ? round5(hits / (double) peerCount) : 0;
        double alpha = options.alpha();
        double denominator = (1 - alpha) * precision + alpha * recall;
        double f = denominator > 0 ? round5(precision * recall / denominator) : 0;
        return new RougeScore(name, recall, precision, f);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        int count = 0;
        for (int i = 0; i + n <= tokens.size(); i++) {
            String gram = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
            grams.merge(gram, 1, Integer::sum);
            count++;
        }
        grams.put(COUNT, count);
        return grams;
    }

    private Map<String, Integer> skipBigrams(List<String> tokens) {
        Map<String, Integer> grams = new HashMap<>();
        int count = 0;
        int last = tokens.size() - 1;
        int skip = options.skipDistance();
        for (int i = 0; i < last; i++) {
            if (options.skipUnigrams()) {
                // ROUGE-1.5.5 adds the unigram of every token but the last
                grams.merge(tokens.get(i), 1, Integer::sum);
                count++;
            }
            for (int j = i + 1; j <= last && j <= i + skip + 1; j++) {
                grams.merge(tokens.get(i) + " " + tokens.get(j), 1, Integer::sum);
                count++;
            }
        }
        grams.put(COUNT, count);
        return grams;
    }

    private static int clippedHits(Map<String, Integer> model, Map<String, Integer> peer) {
        int hits = 0;
        for (Map.Entry<String, Integer> e : model.entrySet()) {
            if (e.getKey().equals(COUNT)) {
                continue;
            }
            Integer inPeer = peer.get(e.getKey());
            if (inPeer != null) {
                hits += Math.min(inPeer, e.getValue());
            }
        }
        return hits;
    }

    /**
     * Rounds as Perl's {@code sprintf("%7.5f")} does: the exact binary value, ties to even (C's printf),
     * which differs from Java's {@code String.format} on exact ties such as 1/64.
     */
    public static double round5(double value) {
        return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }
}
