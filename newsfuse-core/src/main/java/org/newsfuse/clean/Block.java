package org.newsfuse.clean;

import java.util.Objects;
import org.newsfuse.base.MappedText;
import org.newsfuse.base.Span;

/**
 * One paragraph or subheading of an article's body after cleaning.
 *
 * @param kind  paragraph or subheading
 * @param span  the whole block in the original text (including any insert cut out of it)
 * @param text  the kept text, mapped back to the original character by character
 */
public record Block(Kind kind, Span span, MappedText text) {

    /** What a block is in the article's structure. */
    public enum Kind { PARAGRAPH, SUBHEADING }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
