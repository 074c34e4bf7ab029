package org.newsfuse.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.newsfuse.base.Span;

/**
 * What the article page shows: the original text, character for character, cut into segments at every
 * removed span and at the cited span, so the template can grey out what cleaning removed (with its
 * reason) and highlight what a citation points at.
 *
 * @param id        the article's id
 * @param title     its headline, or empty
 * @param outlet    its outlet, or "unknown"
 * @param byline    its authors joined, or empty
 * @param date      its publication date (ISO), or empty
 * @param url       where it was published, as given, or empty
 * @param urlIsLink whether {@code url} is http or https and may be a link (anything else is shown as text)
 * @param storyHref its story's page, or empty
 * @param storyTitle its story's title, or empty
 * @param segments  the original text in order; their texts concatenated are the original text
 * @param removals  what was removed, in text order
 * @param cited     the highlighted span, if any
 */
public record ArticlePage(String id, String title, String outlet, String byline, String date, String url, boolean urlIsLink, String storyHref,
                          String storyTitle, List<Segment> segments, List<RemovalLine> removals, Optional<Span> cited) {

    public ArticlePage {
        segments = List.copyOf(segments);
        removals = List.copyOf(removals);
    }

    /**
     * A run of the original text.
     *
     * @param text   the characters, exactly as in the original
     * @param cited  whether it lies in the cited span
     * @param first  whether it is the first cited segment (the one the page scrolls to)
     * @param reason the removal's reason ({@code caption}, {@code byline}, ...), or empty for body text
     * @param detail the removal's explanation, or empty
     */
    public record Segment(String text, boolean cited, boolean first, String reason, String detail) {
        public boolean removed() {
            return !reason.isEmpty();
        }

        /** The reason as people read it: {@code share line}, not {@code share_line}. */
        public String reasonShown() {
            return reason.replace('_', ' ');
        }
    }

    /** One removal for the list under the text. */
    public record RemovalLine(String reason, String detail, String text) {
    }

    /**
     * The page of {@code article}; {@code cited} is clipped to the text and ignored when empty.
     */
    public static ArticlePage of(ArticleText article, Optional<Span> cited, String storyHref, String storyTitle) {
        String text = article.text();
        Optional<Span> clipped = cited.map(s -> new Span(Math.min(s.start(), text.length()), Math.min(s.end(), text.length())))
                .filter(s -> s.length() > 0);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (ArticleText.Removed r : article.removed()) {
            cuts.add(Math.min(r.span().start(), text.length()));
            cuts.add(Math.min(r.span().end(), text.length()));
        }
        clipped.ifPresent(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        boolean firstCited = true;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                Span piece = new Span(from, cut);
                Optional<ArticleText.Removed> removal = article.removed().stream().filter(r -> r.span().contains(piece)).findFirst();
                boolean isCited = clipped.map(s -> s.contains(piece)).orElse(false);
                segments.add(new Segment(piece.of(text), isCited, isCited && firstCited,
                        removal.map(ArticleText.Removed::reason).orElse(""), removal.map(ArticleText.Removed::detail).orElse("")));
                firstCited &= !isCited;
            }
            from = cut;
        }
        List<RemovalLine> removals = article.removed().stream()
                .map(r -> new RemovalLine(r.reason().replace('_', ' '), r.detail(),
                        new Span(Math.min(r.span().start(), text.length()), Math.min(r.span().end(), text.length())).of(text).strip()))
                .toList();
        String url = article.url().orElse("").strip();
        return new ArticlePage(article.id(), article.title().orElse(""), article.outlet(), String.join(", ", article.authors()),
                article.date().map(Object::toString).orElse(""), url, isWebLink(url), storyHref, storyTitle, segments, removals, clipped);
    }

    /** Only http and https addresses become links; {@code javascript:}, {@code data:} and the rest stay text. */
    static boolean isWebLink(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && url.chars().noneMatch(c -> c < 0x21 || c == '"' || c == '\\');
    }
}
