package org.newsfuse.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article exactly as it arrived, before any cleaning.
 *
 * @param id      a short identifier, unique within its story (a file name, or the corpus's document id)
 * @param origin  where it came from, for messages ({@code "seeds/a.txt"}, {@code "duc.jsonl:12"})
 * @param text    the full original text; every span newsfuse reports points into it
 * @param outlet  the outlet as the user or the corpus gave it; empty when unknown
 * @param title   a title given outside the text (corpus metadata); empty when none
 * @param date    the publication date when known
 */
public record SourceDocument(String id, String origin, String text, Optional<String> outlet,
                             Optional<String> title, Optional<LocalDate> date) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null ? Optional.empty() : outlet.filter(s -> !s.isBlank());
        title = title == null ? Optional.empty() : title.filter(s -> !s.isBlank());
        date = date == null ? Optional.empty() : date;
    }

    public static SourceDocument of(String id, String text) {
        return new SourceDocument(id, id, text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SourceDocument withOutlet(String newOutlet) {
        return new SourceDocument(id, origin, text, Optional.ofNullable(newOutlet), title, date);
    }
}
