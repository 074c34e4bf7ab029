package org.newsfuse.eval.rouge;

/**
 * ROUGE-1.5.5's options, by their letters.
 *
 * @param maxN          {@code -n}: ROUGE-1 .. ROUGE-maxN (0: none)
 * @param lcs           ROUGE-L, unless {@code -x}
 * @param stem          {@code -m}: WordNet exceptions, then ROUGE's Porter stemmer, for tokens over 3 characters
 * @param wordLimit     {@code -l}: keep the first N words of peers and models (0: no limit)
 * @param byteLimit     {@code -b}: keep the first N bytes (0: no limit); ignored when wordLimit is set
 * @param skipDistance  {@code -2}: ROUGE-S with at most this many words between the pair (-1: off)
 * @param skipUnigrams  {@code -u}: add unigrams to ROUGE-S (reported as ROUGE-SU)
 * @param bestModel     {@code -f B}: score against the best reference instead of all together ({@code -f A})
 * @param alpha         {@code -p}: F = P*R / ((1-alpha)*P + alpha*R)
 * @param confidence    {@code -c}: confidence level of the bootstrap interval, in percent
 * @param resamples     {@code -r}: bootstrap resamples
 */
public record RougeOptions(int maxN, boolean lcs, boolean stem, int wordLimit, int byteLimit, int skipDistance,
                           boolean skipUnigrams, boolean bestModel, double alpha, double confidence, int resamples) {

    public RougeOptions {
        if (maxN < 0 || wordLimit < 0 || byteLimit < 0 || skipDistance < -1 || resamples < 0) {
            throw new IllegalArgumentException("ROUGE options must be non-negative: n=" + maxN + " l=" + wordLimit
                    + " b=" + byteLimit + " 2=" + skipDistance + " r=" + resamples);
        }
        if (alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("alpha (-p) must be in [0, 1], got " + alpha);
        }
        if (confidence <= 0 || confidence >= 100) {
            throw new IllegalArgumentException("confidence (-c) must be in (0, 100), got " + confidence);
        }
    }

    /** ROUGE-1.5.5's own defaults: {@code -n 0}, ROUGE-L on, no stemming, no limit, {@code -f A -p 0.5 -c 95 -r 1000}. */
    public static RougeOptions defaults() {
        return new RougeOptions(0, true, false, 0, 0, -1, false, false, 0.5, 95, 1000);
    }

    /** The {@code hong2014} setting: {@code -n 4 -x -m -l 100 -p 0.5 -f A}. */
    public static RougeOptions hong2014() {
        return new RougeOptions(4, false, true, 100, 0, -1, false, false, 0.5, 95, 1000);
    }

    /** The Multi-News setting: {@code -n 2 -2 4 -u -m -l 300 -f A -p 0.5} (ROUGE-L on). */
    public static RougeOptions multinews() {
        return new RougeOptions(2, true, true, 300, 0, 4, true, false, 0.5, 95, 1000);
    }

    public RougeOptions withResamples(int r) {
        return new RougeOptions(maxN, lcs, stem, wordLimit, byteLimit, skipDistance, skipUnigrams, bestModel, alpha, confidence, r);
    }

    /** The metrics these options compute, in ROUGE-1.5.5's order. */
    public java.util.List<String> metrics() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int n = 1; n <= maxN; n++) {
            names.add("ROUGE-" + n);
        }
        if (lcs) {
            names.add("ROUGE-L");
        }
        if (skipDistance >= 0) {
            names.add((skipUnigrams ? "ROUGE-SU" : "ROUGE-S") + skipDistance);
        }
        return names;
    }
}
