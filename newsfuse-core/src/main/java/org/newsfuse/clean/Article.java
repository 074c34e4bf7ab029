package org.newsfuse.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article after cleaning: its metadata, its body as blocks, and everything that was removed.
 * Accounting holds: every character of {@link #text()} is either in a block, in a removal, or
 * whitespace between them.
 *
 * @param id          unique within its story
 * @param origin      where it came from, for messages
 * @param text        the original text, untouched; all spans point into it
 * @param title       the headline, from the text or the corpus
 * @param outlet      the outlet, as the user gave it or as the text states it; empty when unknown
 * @param authors     the bylined authors
 * @param authorRole  the role in a byline such as "White House Correspondent"
 * @param section     a section label such as "Politics"
 * @param dateline    the dateline as written, e.g. {@code (CNN) --}
 * @param date        the publication date when known
 * @param blocks      the body: paragraphs and subheadings in reading order
 * @param removals    the non-body text taken out, in text order
 */
public record Article(String id, String origin, String text, Optional<String> title, Optional<String> outlet,
                      List<String> authors, Optional<String> authorRole, Optional<String> section,
                      Optional<String> dateline, Optional<LocalDate> date, List<Block> blocks, List<Removal> removals) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
        removals = List.copyOf(removals);
    }

    /** The subheadings, in order. */
    public List<String> subheadings() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.SUBHEADING).map(b -> b.text().text().strip()).toList();
    }

    /** The outlet for display: the outlet, or "unknown". */
    public String outletOrUnknown() {
        return outlet.orElse("unknown");
    }
}
