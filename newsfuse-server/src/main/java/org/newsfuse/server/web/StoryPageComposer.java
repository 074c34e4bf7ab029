package org.newsfuse.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfuse.base.Span;
import org.newsfuse.compare.Comparison;
import org.newsfuse.compare.Comparison.Claim;
import org.newsfuse.compare.Comparison.Status;
import org.newsfuse.compare.Comparison.Support;
import org.newsfuse.server.web.StoryPage.Cite;
import org.newsfuse.server.web.StoryPage.Side;
import org.newsfuse.summarize.Citation;

/**
 * Turns one story's results into the story page: numbers the articles, cuts every cited sentence out
 * of its article's original text by its span, finds each outlet's figure inside its own sentence, and
 * lays out the coverage picture. Stateless and thread-safe.
 */
public final class StoryPageComposer {

    /** How many claims the coverage matrix shows at most; the strongest-supported come first. */
    static final int MAX_MATRIX_ROWS = 40;
    /** How many colours the palette has (style.css defines {@code .c0} to {@code .c7}). */
    static final int PALETTE = 8;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final int LABEL_WIDTH = 330;
    private static final int COLUMN_WIDTH = 96;
    private static final int HEADER_HEIGHT = 44;
    private static final int ROW_HEIGHT = 24;
    private static final int BAR_WIDTH = 1000;

    private final ArticleLinks links;

    public StoryPageComposer(ArticleLinks links) {
        this.links = links;
    }

    public StoryPage compose(StoryContent story) {
        Numbering numbering = new Numbering(story.articles());
        Comparison comparison = story.comparison();
        List<Claim> confirmed = comparison.claims().stream().filter(c -> c.status() == Status.CORROBORATED).toList();
        List<Claim> single = comparison.claims().stream().filter(c -> c.status() == Status.SINGLE_SOURCE).toList();
        List<Claim> conflicting = comparison.claims().stream().filter(c -> c.status() == Status.CONFLICTING).toList();
        return new StoryPage(story.id(), story.title(), story.version(), SHOWN.format(story.updated()), story.updated().toString(),
                sources(numbering), summary(story, numbering), confirmed(confirmed, numbering), onlyIn(single, numbering),
                disagreements(conflicting, numbering), quotes(comparison, numbering),
                entities(comparison, Comparison.EntityType.PERSON), entities(comparison, Comparison.EntityType.ORGANIZATION),
                entities(comparison, Comparison.EntityType.PLACE), timeline(comparison, numbering),
                coverage(comparison.claims(), numbering));
    }

    /** When a version was computed, as the pages show it. */
    static String shown(Instant instant) {
        return SHOWN.format(instant);
    }

    private List<StoryPage.Source> sources(Numbering numbering) {
        List<StoryPage.Source> sources = new ArrayList<>();
        for (ArticleText a : numbering.articles) {
            sources.add(new StoryPage.Source(numbering.number(a.id()), a.id(), a.outlet(), a.title().orElse(""),
                    String.join(", ", a.authors()), links.article(a.id()), numbering.colour(a.outlet())));
        }
        return sources;
    }

    private List<StoryPage.SummaryLine> summary(StoryContent story, Numbering numbering) {
        List<StoryPage.SummaryLine> lines = new ArrayList<>();
        for (CitedSentence sentence : story.summary()) {
            List<Cite> cites = new ArrayList<>();
            for (Citation citation : sentence.citations()) {
                numbering.find(citation.article()).ifPresent(a -> cites.add(cite(numbering, a, citation.span())));
            }
            // readers expect [1] [2] [3]; the sentence's own article is the one whose sentence the summary shows
            cites.sort(Comparator.comparingInt(Cite::number));
            lines.add(new StoryPage.SummaryLine(key("s", sentence.text()), sentence.text(), sentence.support(), cites));
        }
        return lines;
    }

    private List<StoryPage.Confirmed> confirmed(List<Claim> claims, Numbering numbering) {
        List<StoryPage.Confirmed> out = new ArrayList<>();
        for (Claim claim : claims) {
            List<Cite> sentences = cites(claim.articles(), numbering);
            out.add(new StoryPage.Confirmed(key("c", claim.text()), claim.text(), distinctOutlets(sentences), sentences));
        }
        return out;
    }

    private List<StoryPage.OnlyIn> onlyIn(List<Claim> claims, Numbering numbering) {
        Map<String, List<Cite>> byOutlet = new LinkedHashMap<>();
        for (Claim claim : claims) {
            List<Cite> cites = cites(claim.articles(), numbering);
            if (!cites.isEmpty()) {
                byOutlet.computeIfAbsent(cites.get(0).outlet(), o -> new ArrayList<>()).add(cites.get(0));
            }
        }
        return byOutlet.entrySet().stream().map(e -> new StoryPage.OnlyIn(e.getKey(), e.getValue())).toList();
    }

    private List<StoryPage.Disagreement> disagreements(List<Claim> claims, Numbering numbering) {
        List<StoryPage.Disagreement> out = new ArrayList<>();
        for (Claim claim : claims) {
            List<Side> sides = new ArrayList<>();
            for (Comparison.Value value : claim.values()) {
                ArticleText article = numbering.find(value.article()).orElse(null);
                Support support = claim.articles().stream().filter(s -> s.article().equals(value.article())).findFirst().orElse(null);
                if (article == null || support == null) {
                    continue;
                }
                Cite cite = cite(numbering, article, support.span());
                sides.add(side(cite, value.text()));
            }
            if (!sides.isEmpty()) {
                out.add(new StoryPage.Disagreement(key("d", claim.text()), claim.text(), sides));
            }
        }
        return out;
    }

    /** Splits an outlet's sentence around the figure it states, so the template can highlight it. */
    static Side side(Cite cite, String value) {
        String sentence = cite.text();
        int at = sentence.indexOf(value);
        if (at < 0) {
            at = sentence.toLowerCase(Locale.ROOT).indexOf(value.toLowerCase(Locale.ROOT));
        }
        if (at < 0 || value.isEmpty()) {
            return new Side(cite, sentence, value, "", false);
        }
        return new Side(cite, sentence.substring(0, at), sentence.substring(at, at + value.length()),
                sentence.substring(at + value.length()), true);
    }

    private List<StoryPage.QuoteLine> quotes(Comparison comparison, Numbering numbering) {
        List<StoryPage.QuoteLine> out = new ArrayList<>();
        for (Comparison.Quote quote : comparison.quotes()) {
            out.add(new StoryPage.QuoteLine(key("q", quote.text()), quote.speaker().orElse(""), quote.text(),
                    cites(quote.articles(), numbering)));
        }
        return out;
    }

    private static List<StoryPage.EntityLine> entities(Comparison comparison, Comparison.EntityType type) {
        return comparison.entities().stream().filter(e -> e.type() == type)
                .sorted(Comparator.comparingInt((Comparison.Entity e) -> -e.articles().size()).thenComparing(Comparison.Entity::name))
                .map(e -> new StoryPage.EntityLine(key("e", e.name()), e.name(), e.aliases(), e.articles().size()))
                .toList();
    }

    private List<StoryPage.TimelineLine> timeline(Comparison comparison, Numbering numbering) {
        List<Comparison.TimelineEvent> events = new ArrayList<>(comparison.timeline());
        // ISO dates sort as strings; dates the comparer could not resolve keep their order, after the dated ones
        events.sort(Comparator.comparing((Comparison.TimelineEvent e) -> !e.resolved())
                .thenComparing(e -> e.resolved() ? e.when() : ""));
        List<StoryPage.TimelineLine> out = new ArrayList<>();
        for (Comparison.TimelineEvent event : events) {
            out.add(new StoryPage.TimelineLine(key("t", event.when() + event.text()), event.when(), event.resolved(), event.text(),
                    cites(event.articles(), numbering)));
        }
        return out;
    }

    private StoryPage.Coverage coverage(List<Claim> claims, Numbering numbering) {
        List<String> outlets = numbering.outlets();
        List<StoryPage.Column> columns = new ArrayList<>();
        for (int i = 0; i < outlets.size(); i++) {
            columns.add(new StoryPage.Column(outlets.get(i), twoLines(outlets.get(i), 14), 4 + i * COLUMN_WIDTH + COLUMN_WIDTH / 2,
                    numbering.colour(outlets.get(i))));
        }
        List<Claim> shown = new ArrayList<>(claims);
        if (shown.size() > MAX_MATRIX_ROWS) {
            shown.sort(Comparator.comparingInt((Claim c) -> -c.articles().size()));
            shown = shown.subList(0, MAX_MATRIX_ROWS);
        }
        Map<String, Integer> claimsPerOutlet = new LinkedHashMap<>();
        outlets.forEach(o -> claimsPerOutlet.put(o, 0));
        List<StoryPage.Row> rows = new ArrayList<>();
        for (int r = 0; r < shown.size(); r++) {
            Claim claim = shown.get(r);
            Set<String> carried = new LinkedHashSet<>();
            for (Support s : claim.articles()) {
                numbering.find(s.article()).ifPresent(a -> carried.add(a.outlet()));
            }
            List<StoryPage.Cell> cells = new ArrayList<>();
            for (StoryPage.Column column : columns) {
                cells.add(new StoryPage.Cell(column.x(), carried.contains(column.outlet()), column.outlet()));
            }
            carried.forEach(o -> claimsPerOutlet.merge(o, 1, Integer::sum));
            rows.add(new StoryPage.Row((r + 1) + ". " + shorten(claim.text(), 44), claim.text(), claim.status().label(),
                    HEADER_HEIGHT + r * ROW_HEIGHT, cells));
        }
        // every claim counts toward the share, also those the matrix leaves out
        if (claims.size() > shown.size()) {
            outlets.forEach(o -> claimsPerOutlet.put(o, 0));
            for (Claim claim : claims) {
                claim.articles().stream().map(s -> numbering.find(s.article()).map(ArticleText::outlet).orElse(null))
                        .filter(java.util.Objects::nonNull).distinct().forEach(o -> claimsPerOutlet.merge(o, 1, Integer::sum));
            }
        }
        int total = claimsPerOutlet.values().stream().mapToInt(Integer::intValue).sum();
        List<StoryPage.Share> shares = new ArrayList<>();
        double x = 0;
        for (Map.Entry<String, Integer> e : claimsPerOutlet.entrySet()) {
            double width = total == 0 ? (double) BAR_WIDTH / outlets.size() : (double) BAR_WIDTH * e.getValue() / total;
            int percent = total == 0 ? 0 : (int) Math.round(100.0 * e.getValue() / total);
            shares.add(new StoryPage.Share(e.getKey(), e.getValue(), percent, x, width, numbering.colour(e.getKey())));
            x += width;
        }
        // the cells come first and the claims' labels after them, so a phone shows every outlet's column
        // and the start of each label without scrolling sideways
        int labelX = 4 + Math.max(1, columns.size()) * COLUMN_WIDTH + 10;
        int width = labelX + LABEL_WIDTH;
        int height = HEADER_HEIGHT + Math.max(1, rows.size()) * ROW_HEIGHT + 6;
        return new StoryPage.Coverage(width, height, labelX, columns, rows, shares, BAR_WIDTH);
    }

    private List<Cite> cites(List<Support> supports, Numbering numbering) {
        List<Cite> cites = new ArrayList<>();
        for (Support s : supports) {
            numbering.find(s.article()).ifPresent(a -> cites.add(cite(numbering, a, s.span())));
        }
        return cites;
    }

    private Cite cite(Numbering numbering, ArticleText article, Span span) {
        Span inText = new Span(Math.min(span.start(), article.text().length()), Math.min(span.end(), article.text().length()));
        return new Cite(numbering.number(article.id()), article.id(), article.outlet(), inText.start(), inText.end(),
                inText.of(article.text()).strip().replaceAll("\\s+", " "), links.citation(article.id(), inText));
    }

    /** Outlets behind these sentences; articles of unknown outlet count once each, as the summary counts them. */
    private static int distinctOutlets(List<Cite> cites) {
        return (int) cites.stream().map(c -> c.outlet().equals("unknown") ? "?" + c.article() : c.outlet()).distinct().count();
    }

    /** A stable key for an item, so live updates can tell which items are new since the page was opened. */
    static String key(String kind, String text) {
        return kind + Integer.toHexString(text.hashCode());
    }

    /** An outlet's name in at most two lines of about {@code width} characters, the second shortened if need be. */
    static List<String> twoLines(String name, int width) {
        String flat = name.strip().replaceAll("\\s+", " ");
        if (flat.length() <= width) {
            return List.of(flat);
        }
        int cut = flat.lastIndexOf(' ', width);
        if (cut <= 0) {
            return List.of(shorten(flat, width));
        }
        return List.of(flat.substring(0, cut), shorten(flat.substring(cut + 1), width));
    }

    static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /** Citation numbers and outlet colours of one story's articles. */
    private static final class Numbering {
        private final List<ArticleText> articles;
        private final Map<String, Integer> numbers = new HashMap<>();
        private final Map<String, Integer> colours = new LinkedHashMap<>();

        Numbering(List<ArticleText> articles) {
            this.articles = articles;
            for (int i = 0; i < articles.size(); i++) {
                numbers.putIfAbsent(articles.get(i).id(), i + 1);
                colours.putIfAbsent(articles.get(i).outlet(), colours.size() % PALETTE);
            }
        }

        int number(String article) {
            return numbers.get(article);
        }

        java.util.Optional<ArticleText> find(String article) {
            Integer n = numbers.get(article);
            return n == null ? java.util.Optional.empty() : java.util.Optional.of(articles.get(n - 1));
        }

        int colour(String outlet) {
            return colours.getOrDefault(outlet, 0);
        }

        List<String> outlets() {
            return List.copyOf(colours.keySet());
        }
    }
}
