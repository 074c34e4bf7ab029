package org.newsfuse.summarize;

import java.util.Objects;
import org.newsfuse.base.Span;

/**
 * An editorial insertion into a summary sentence, shown in square brackets: the speaker of a quotation
 * that names none ({@code [Mayor Dana Whitfield:] "We will not reopen ..."}), or the person an opening
 * pronoun stands for, shown in its place ({@code [Tomas Brandt] said the crack ...} for "He said the
 * crack ..."). The sentence's citation still points at the original words; the insertion says where
 * its own words were found.
 *
 * @param at          where in the extracted sentence's text the insertion goes (0: before its first word)
 * @param text        the inserted words, without the brackets
 * @param fromArticle the id of the article the words were found in
 * @param from        where they are in that article's original text
 * @param replaces    how many characters of the extracted text, from {@code at}, the insertion stands in
 *                    for (the pronoun it resolves); 0 when it only adds words
 */
public record Insertion(int at, String text, String fromArticle, Span from, int replaces) {

    public Insertion {
        if (at < 0 || replaces < 0) {
            throw new IllegalArgumentException("at and replaces must be >= 0, got " + at + ", " + replaces);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fromArticle, "fromArticle");
        Objects.requireNonNull(from, "from");
    }

    /** An insertion that adds words and replaces none. */
    public Insertion(int at, String text, String fromArticle, Span from) {
        this(at, text, fromArticle, from, 0);
    }

    /** The insertion as a reader sees it. */
    public String shown() {
        return "[" + text + "]";
    }

    /** The words it adds to {@code sentence} (the extracted text it goes into): its own, less those it stands in for. */
    public int addedWords(String sentence) {
        return count(text) - count(sentence.substring(at, Math.min(sentence.length(), at + replaces)));
    }

    private static int count(String words) {
        String t = words.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
