package org.newsfuse.eval.rouge;

/**
 * One ROUGE metric's scores, rounded to 5 decimals exactly as ROUGE-1.5.5 prints them (its F-measure
 * is computed from the rounded recall and precision, so it is here too).
 *
 * @param metric    "ROUGE-1", "ROUGE-L", "ROUGE-SU4", ...
 * @param recall    hits / reference units
 * @param precision hits / summary units
 * @param f         P*R / ((1-alpha)*P + alpha*R)
 */
public record RougeScore(String metric, double recall, double precision, double f) {
}
