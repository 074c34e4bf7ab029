package org.newsfuse.server.web;

import java.util.List;

/**
 * What the story page shows, ready for the template: every string is plain text (the template
 * escapes it), every link and span already worked out.
 *
 * @param id          the story's id
 * @param title       its title
 * @param version     the version shown; live updates fetch newer ones
 * @param updated     when it was computed, for people
 * @param updatedIso  the same instant in ISO-8601, for {@code <time datetime>}
 * @param sources     the articles, numbered as citations number them
 * @param summary     the cited summary, in reading order
 * @param confirmed   claims two or more outlets report, each outlet's own sentence beside the others
 * @param onlyIn      claims only one outlet reports, by outlet
 * @param disagree    claims whose figures, dates or names differ between outlets
 * @param quotes      who said what, and which outlets carried it
 * @param people      people named
 * @param organisations organisations named
 * @param places      places named
 * @param timeline    dated events in date order
 * @param coverage    the claims × outlets matrix and each outlet's share
 */
public record StoryPage(String id, String title, int version, String updated, String updatedIso, List<Source> sources,
                        List<SummaryLine> summary, List<Confirmed> confirmed, List<OnlyIn> onlyIn, List<Disagreement> disagree,
                        List<QuoteLine> quotes, List<EntityLine> people, List<EntityLine> organisations, List<EntityLine> places,
                        List<TimelineLine> timeline, Coverage coverage) {

    public StoryPage {
        sources = List.copyOf(sources);
        summary = List.copyOf(summary);
        confirmed = List.copyOf(confirmed);
        onlyIn = List.copyOf(onlyIn);
        disagree = List.copyOf(disagree);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        timeline = List.copyOf(timeline);
    }

    /** The outlets, in citation order, each once. */
    public List<String> outlets() {
        return sources.stream().map(Source::outlet).distinct().toList();
    }

    /**
     * One article of the story.
     *
     * @param number  its citation number, from 1
     * @param article its id
     * @param outlet  its outlet, or "unknown"
     * @param title   its headline, or empty
     * @param byline  its authors joined, or empty
     * @param href    its article page
     * @param colour  the index of its outlet's colour in the palette
     */
    public record Source(int number, String article, String outlet, String title, String byline, String href, int colour) {
    }

    /**
     * A place in one article's original text: what a citation marker opens.
     *
     * @param number  the article's citation number
     * @param article the article's id
     * @param outlet  its outlet
     * @param start   where the sentence starts in the original text
     * @param end     where it ends (exclusive)
     * @param text    the sentence as the article writes it
     * @param href    the article page, scrolled to the sentence and highlighting it (works without JavaScript)
     */
    public record Cite(int number, String article, String outlet, int start, int end, String text, String href) {
    }

    /** A summary sentence, its number of supporting outlets, and one citation per supporting article. */
    public record SummaryLine(String key, String text, int support, List<Cite> cites) {
        public SummaryLine {
            cites = List.copyOf(cites);
        }
    }

    /** A claim several outlets report, with each outlet's own sentence. */
    public record Confirmed(String key, String text, int outlets, List<Cite> sentences) {
        public Confirmed {
            sentences = List.copyOf(sentences);
        }
    }

    /** The claims only {@code outlet} reports. */
    public record OnlyIn(String outlet, List<Cite> sentences) {
        public OnlyIn {
            sentences = List.copyOf(sentences);
        }
    }

    /** A claim whose outlets state different figures, dates or names. */
    public record Disagreement(String key, String text, List<Side> sides) {
        public Disagreement {
            sides = List.copyOf(sides);
        }
    }

    /**
     * One outlet's wording in a disagreement: {@code before + value + after} is its sentence, and
     * {@code value} the figure it states (found in the sentence; when it is not, {@code before} is the
     * whole sentence and the value stands apart).
     */
    public record Side(Cite cite, String before, String value, String after, boolean valueInSentence) {
    }

    /** A direct quotation, who said it ("" when unattributed), and the articles carrying it. */
    public record QuoteLine(String key, String speaker, String text, List<Cite> carriedBy) {
        public QuoteLine {
            carriedBy = List.copyOf(carriedBy);
        }
    }

    /** A person, organisation or place, its other names, and how many articles mention it. */
    public record EntityLine(String key, String name, List<String> aliases, int articles) {
        public EntityLine {
            aliases = List.copyOf(aliases);
        }
    }

    /** A dated event: the date (ISO when resolved, else as written), the sentence, and where it is reported. */
    public record TimelineLine(String key, String when, boolean resolved, String text, List<Cite> reportedBy) {
        public TimelineLine {
            reportedBy = List.copyOf(reportedBy);
        }
    }

    /**
     * The coverage picture: a matrix of claims (rows) by outlets (columns), and a bar of each outlet's
     * share of the story's claims. Geometry is in SVG user units of {@link #width()} × {@link #height()};
     * the claims' labels start at {@code labelX}, right of the columns.
     */
    public record Coverage(int width, int height, int labelX, List<Column> columns, List<Row> rows, List<Share> shares, int barWidth) {
        public Coverage {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            shares = List.copyOf(shares);
        }
    }

    /** An outlet's column: its name, its label in at most two short lines, where the label sits, its colour index. */
    public record Column(String outlet, List<String> label, int x, int colour) {
        public Column {
            label = List.copyOf(label);
        }
    }

    /** A claim's row: a short label, the full claim, its status, and one cell per column. */
    public record Row(String label, String claim, String status, int y, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Whether the column's outlet carries the row's claim. */
    public record Cell(int x, boolean carried, String outlet) {
    }

    /** An outlet's share of the story's claims: a segment of the bar, and the percentage. */
    public record Share(String outlet, int claims, int percent, double x, double width, int colour) {
    }
}
