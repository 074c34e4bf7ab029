/**
 * Dataset runners: summarize every story of a stories JSONL file with each algorithm under a
 * {@link org.newsfuse.eval.run.Protocol} (length, ROUGE options) and average the scores. Streams the
 * file; malformed lines are reported and counted, never fatal.
 */
package org.newsfuse.eval.run;
