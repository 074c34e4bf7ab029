package org.newsfuse.summarize;

import java.util.Objects;
import org.newsfuse.base.Span;

/**
 * An editorial insertion into a summary sentence, shown in square brackets: the speaker of a quotation
 * that names none ({@code [Mayor Dana Whitfield:] "We will not reopen ..."}). The sentence's citation
 * still points at the original words; the insertion says where its own words were found.
 *
 * @param at          where in the extracted sentence's text the insertion goes (0: before its first word)
 * @param text        the inserted words, without the brackets
 * @param fromArticle the id of the article the words were found in
 * @param from        where they are in that article's original text
 */
public record Insertion(int at, String text, String fromArticle, Span from) {

    public Insertion {
        if (at < 0) {
            throw new IllegalArgumentException("at must be >= 0, got " + at);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fromArticle, "fromArticle");
        Objects.requireNonNull(from, "from");
    }

    /** The insertion as a reader sees it. */
    public String shown() {
        return "[" + text + "]";
    }
}
