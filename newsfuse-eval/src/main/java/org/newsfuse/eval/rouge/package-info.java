/**
 * ROUGE exactly as the ROUGE-1.5.5 Perl script computes it: {@link org.newsfuse.eval.rouge.Rouge} for one
 * summary, {@link org.newsfuse.eval.rouge.RougeEvaluation} over peer and model directories. Consumes
 * summaries one sentence per line; produces per-summary scores rounded as the script rounds them.
 * Guarantees: the DUC 2004 test vectors match to the 5th decimal (docs/ROUGE.md).
 */
package org.newsfuse.eval.rouge;
