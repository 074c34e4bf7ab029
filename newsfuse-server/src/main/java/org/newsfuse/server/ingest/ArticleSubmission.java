package org.newsfuse.server.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.ArticleSource;

/**
 * One article as a client sends it: {@code text} or {@code html} (exactly one), and what it knows of
 * the article. Untrusted throughout.
 *
 * @param origin where it came from, for messages ({@code "POST /api/articles[3]"}, {@code "feed.xml"})
 */
public record ArticleSubmission(Optional<String> text, Optional<String> html, Optional<String> url, Optional<String> outlet,
                                Optional<String> title, Optional<LocalDate> date, List<String> authors, String origin) {

    public ArticleSubmission {
        text = text == null ? Optional.empty() : text;
        html = html == null ? Optional.empty() : html;
        url = blankToEmpty(url);
        outlet = blankToEmpty(outlet);
        title = blankToEmpty(title);
        date = date == null ? Optional.empty() : date;
        authors = authors == null ? List.of() : List.copyOf(authors);
        Objects.requireNonNull(origin, "origin");
        if (text.isPresent() == html.isPresent()) {
            throw new IllegalArgumentException("an article has either text or html, not " + (text.isPresent() ? "both" : "neither"));
        }
    }

    /** What the front door reads: the same content and metadata, under a placeholder id (the store assigns the real one). */
    public ArticleSource toSource() {
        return new ArticleSource("new", html.orElseGet(text::orElseThrow), html.isPresent(), url, outlet, title, date, authors);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
