package org.newsfuse.ingest;

import java.time.LocalDate;
import java.util.List;
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
 * @param url     where the article was published, when the caller knows it
 * @param authors authors given outside the text (a feed's or a page's metadata); the cleaner uses them
 *                when the text names none in a byline
 */
public record SourceDocument(String id, String origin, String text, Optional<String> outlet,
                             Optional<String> title, Optional<LocalDate> date, Optional<String> url, List<String> authors) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null ? Optional.empty() : outlet.filter(s -> !s.isBlank());
        title = title == null ? Optional.empty() : title.filter(s -> !s.isBlank());
        date = date == null ? Optional.empty() : date;
        url = url == null ? Optional.empty() : url.filter(s -> !s.isBlank());
        authors = authors == null ? List.of() : authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
    }

    /** An article without url or authors given outside its text (files and corpora). */
    public SourceDocument(String id, String origin, String text, Optional<String> outlet, Optional<String> title,
                          Optional<LocalDate> date) {
        this(id, origin, text, outlet, title, date, Optional.empty(), List.of());
    }

    /** An article known only by its id and text. */
    public static SourceDocument of(String id, String text) {
        return new SourceDocument(id, id, text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This article with another outlet (null: unknown). */
    public SourceDocument withOutlet(String newOutlet) {
        return new SourceDocument(id, origin, text, Optional.ofNullable(newOutlet), title, date, url, authors);
    }
}
