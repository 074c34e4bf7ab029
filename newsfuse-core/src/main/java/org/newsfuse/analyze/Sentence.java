package org.newsfuse.analyze;

import java.util.List;
import java.util.Objects;
import org.newsfuse.base.Span;

/**
 * One sentence of an article's body.
 *
 * @param articleIndex the article's index in its story
 * @param index        the sentence's position in its article, from 0
 * @param paragraph    the index of its block in the article
 * @param span         where it is in the article's original text
 * @param text         its text, whitespace runs collapsed to single spaces
 * @param terms        its stemmed content terms ({@link TermAnalyzer})
 * @param words        its length in whitespace-separated words
 */
public record Sentence(int articleIndex, int index, int paragraph, Span span, String text, List<String> terms, int words) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        terms = List.copyOf(terms);
    }
}
