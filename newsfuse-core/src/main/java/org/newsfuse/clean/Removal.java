package org.newsfuse.clean;

import java.util.Objects;
import org.newsfuse.base.Span;

/**
 * A piece of the original text that cleaning took out of the article body, and why.
 *
 * @param span   where it was, in the original text
 * @param text   what it said (the span's text)
 * @param reason the kind of noise it is
 * @param detail a short human explanation (which rule, what it duplicates)
 */
public record Removal(Span span, String text, Reason reason, String detail) {

    /** Kinds of non-body text. */
    public enum Reason {
        TITLE, SECTION_LABEL, BYLINE, DATELINE, PHOTO_CREDIT, CAPTION, COPYRIGHT, SHARE_LINE, WIDGET,
        RELATED_LINK, DUPLICATE_PARAGRAPH;

        /** The lower-case name used in JSON output. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Removal {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
