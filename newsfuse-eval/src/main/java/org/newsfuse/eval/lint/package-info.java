/**
 * Reader-side checks of summaries, measured on their JSON: how many sentences lean on text the reader
 * never saw. The project's own counterpart of the shared summary lint, so that tests guard the rates.
 */
package org.newsfuse.eval.lint;
