package org.newsfuse.server.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Article;

/**
 * An article as the pages show it: its original text and what cleaning removed from it, with the
 * metadata cleaning found. All text here is untrusted; the templates escape it.
 *
 * @param id      its id (the service's article number)
 * @param text    the original text; every span points into it
 * @param title   its headline
 * @param outlet  its outlet, or "unknown"
 * @param authors its bylined authors
 * @param date    its publication date
 * @param url     where it was published, as given (shown as a link only when it is http or https)
 * @param removed the spans removed as not article text, in text order
 */
public record ArticleText(String id, String text, Optional<String> title, String outlet, List<String> authors,
                          Optional<LocalDate> date, Optional<String> url, List<Removed> removed) {

    public ArticleText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outlet, "outlet");
        authors = List.copyOf(authors);
        removed = List.copyOf(removed);
    }

    /**
     * A removed span.
     *
     * @param span   where it is in the original text
     * @param reason {@code caption}, {@code byline}, {@code share_line}, ...
     * @param detail what the rule saw, for people
     */
    public record Removed(Span span, String reason, String detail) {
    }

    /** A cleaned article of the core, as the pages show it. */
    public static ArticleText of(Article article, Optional<String> url) {
        return new ArticleText(article.id(), article.text(), article.title(), article.outletOrUnknown(), article.authors(), article.date(),
                url, article.removals().stream().map(r -> new Removed(r.span(), r.reason().label(), r.detail())).toList());
    }
}
