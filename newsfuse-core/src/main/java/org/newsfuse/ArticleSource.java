package org.newsfuse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article held in memory, as a service or a job receives it: plain text or a web page's HTML, with
 * what the caller knows about it. {@link NewsFuse#article} turns it into a document without touching
 * files. Immutable: {@link #text} or {@link #html}, then {@code withX} copies.
 *
 * @param id      unique within its story
 * @param content the article's plain text, or the page's HTML
 * @param html    whether {@code content} is a web page (the article is extracted from it)
 * @param url     where it was published
 * @param outlet  the outlet, when known
 * @param title   the headline, when given outside the text
 * @param date    the publication date
 * @param authors the authors, when given outside the text (a byline in the text wins)
 */
public record ArticleSource(String id, String content, boolean html, Optional<String> url, Optional<String> outlet,
                            Optional<String> title, Optional<LocalDate> date, List<String> authors) {

    public ArticleSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        authors = List.copyOf(authors);
    }

    /** A plain-text article. */
    public static ArticleSource text(String id, String text) {
        return new ArticleSource(id, text, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** A web page, from which the article is extracted. */
    public static ArticleSource html(String id, String html) {
        return new ArticleSource(id, html, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    public ArticleSource withUrl(String newUrl) {
        return new ArticleSource(id, content, html, Optional.ofNullable(newUrl), outlet, title, date, authors);
    }

    public ArticleSource withOutlet(String newOutlet) {
        return new ArticleSource(id, content, html, url, Optional.ofNullable(newOutlet), title, date, authors);
    }

    public ArticleSource withTitle(String newTitle) {
        return new ArticleSource(id, content, html, url, outlet, Optional.ofNullable(newTitle), date, authors);
    }

    public ArticleSource withDate(LocalDate newDate) {
        return new ArticleSource(id, content, html, url, outlet, title, Optional.ofNullable(newDate), authors);
    }

    public ArticleSource withAuthors(List<String> newAuthors) {
        return new ArticleSource(id, content, html, url, outlet, title, date, newAuthors);
    }
}
