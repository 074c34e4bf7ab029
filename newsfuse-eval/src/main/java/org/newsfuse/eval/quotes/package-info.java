/**
 * Quotation evaluation: reads gold quotations in the PolNeAR form of {@code ../shared/data/README.md}, runs
 * the comparison on each article, and scores quotations found, their kinds and their speakers.
 */
package org.newsfuse.eval.quotes;
