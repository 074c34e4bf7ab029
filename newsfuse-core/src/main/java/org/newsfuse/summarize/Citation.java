package org.newsfuse.summarize;

import org.newsfuse.base.Span;

/**
 * One article's support for a summary sentence.
 *
 * @param article    the supporting article's id
 * @param outlet     its outlet, or {@code "unknown"}
 * @param span       the supporting sentence in that article's original text
 * @param similarity how closely it matches the summary sentence (1 for the sentence itself)
 */
public record Citation(String article, String outlet, Span span, double similarity) {
}
