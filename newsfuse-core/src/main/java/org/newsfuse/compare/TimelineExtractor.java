package org.newsfuse.compare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.SentenceAligner;
import org.newsfuse.clean.Article;

/**
 * Dated events: sentences with a time expression, resolved against the article's publication date
 * when it is known ("Friday" is the last Friday on or before it, "seven months ago" that month, "in
 * June" the last June), and left as written when it is not. Events stated by several articles are
 * merged.
 */
final class TimelineExtractor {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern FULL_DATE = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2}),\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{4})\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:in|since|until|by|(?:end|beginning|middle|start) of)\\s+(?:late\\s+|early\\s+|mid-?)?(" + MONTHS + ")\\b(?!\\s+\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(\\s+(?:morning|afternoon|evening|night))?\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\s+(day|week|month|year)s?\\s+ago\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(yesterday|today|tomorrow|(?:last|this|next)\\s+(?:week|month|year))\\b");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private final SentenceAligner aligner;

    TimelineExtractor(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    private static final int MAX_EVENTS_TRIED = 256;

    /** A candidate event: when (resolved or as written), from which sentence. */
    private record Candidate(String when, boolean resolved, int sentence, LocalDate sortKey) {
    }

    List<Comparison.TimelineEvent> extract(AnalyzedStory story) {
        List<Candidate> candidates = new ArrayList<>();
        List<Sentence> sentences = story.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            Optional<LocalDate> published = story.articleOf(sentence).date();
            for (Candidate c : candidatesIn(sentence.text(), published, s)) {
                candidates.add(c);
            }
        }
        // merge: same "when" and aligned wording in different articles
        List<List<Candidate>> events = new ArrayList<>();
        // events by their "when": only those can take a candidate, and at most MAX_EVENTS_TRIED of them
        // are tried, so a story of thousands of articles all saying "Monday" stays linear
        java.util.Map<String, List<List<Candidate>>> eventsByWhen = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            List<Candidate> home = null;
            List<List<Candidate>> sameWhen = eventsByWhen.computeIfAbsent(c.when(), w -> new ArrayList<>());
            for (List<Candidate> event : sameWhen.subList(0, Math.min(sameWhen.size(), MAX_EVENTS_TRIED))) {
                Candidate first = event.get(0);
                if (first.when().equals(c.when()) && sentences.get(first.sentence()).articleIndex() != sentences.get(c.sentence()).articleIndex()
                        && aligner.wordingSimilarity(story, first.sentence(), c.sentence()) > 0) {
                    home = event;
                    break;
                }
            }
            if (home == null) {
                List<Candidate> event = new ArrayList<>(List.of(c));
                events.add(event);
                sameWhen.add(event);
            } else if (home.stream().noneMatch(x -> x.sentence() == c.sentence())) {
                home.add(c);
            }
        }
        List<Comparison.TimelineEvent> timeline = new ArrayList<>();
        events.sort(Comparator.comparing((List<Candidate> e) -> !e.get(0).resolved())
                .thenComparing(e -> e.get(0).sortKey() == null ? LocalDate.MAX : e.get(0).sortKey()));
        for (List<Candidate> event : events) {
            List<Comparison.Support> support = new ArrayList<>();
            for (Candidate c : event) {
                Sentence s = sentences.get(c.sentence());
                Article a = story.articleOf(s);
                support.add(new Comparison.Support(a.id(), a.outletOrUnknown(), s.span()));
            }
            Candidate first = event.get(0);
            timeline.add(new Comparison.TimelineEvent(first.when(), first.resolved(), sentences.get(first.sentence()).text(), support));
        }
        return timeline;
    }

    private static List<Candidate> candidatesIn(String text, Optional<LocalDate> published, int sentence) {
        List<Candidate> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher m = FULL_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(2)));
            out.add(new Candidate(d.toString(), true, sentence, d));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (inside(taken, m.start())) {
                continue;
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
            out.add(new Candidate(ym.toString(), true, sentence, ym.atDay(1)));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = MONTH_ONLY.matcher(text);
        while (m.find()) {
            if (inside(taken, m.start(1))) {
                continue;
            }
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            if (published.isPresent()) {
                YearMonth ym = YearMonth.of(published.get().getYear(), month);
                boolean future = text.substring(m.start()).toLowerCase(Locale.ROOT).startsWith("by") || text.contains("will");
                if (!future && ym.isAfter(YearMonth.from(published.get()))) {
                    ym = ym.minusYears(1);
                } else if (future && ym.isBefore(YearMonth.from(published.get()))) {
                    ym = ym.plusYears(1);
                }
                out.add(new Candidate(ym.toString(), true, sentence, ym.atDay(1)));
            } else {
                out.add(new Candidate(m.group().strip(), false, sentence, null));
            }
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            if (published.isPresent()) {
                LocalDate d = published.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))));
                out.add(new Candidate(d.toString(), true, sentence, d));
            } else {
                out.add(new Candidate(m.group().strip(), false, sentence, null));
            }
        }
        m = AGO.matcher(text);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int count = n.equals("a") || n.equals("an") ? 1 : NUMBER_WORDS.contains(n) ? NUMBER_WORDS.indexOf(n) : Integer.parseInt(n);
            if (published.isPresent()) {
                LocalDate p = published.get();
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                LocalDate d = switch (unit) {
                    case "day" -> p.minusDays(count);
                    case "week" -> p.minusWeeks(count);
                    case "month" -> p.minusMonths(count);
                    default -> p.minusYears(count);
                };
                String when = unit.equals("day") ? d.toString() : unit.equals("year") ? String.valueOf(d.getYear()) : YearMonth.from(d).toString();
                out.add(new Candidate(when, true, sentence, d));
            } else {
                out.add(new Candidate(m.group().strip(), false, sentence, null));
            }
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            out.add(published.isPresent() ? relative(m.group().toLowerCase(Locale.ROOT).split("\\s+"), published.get(), sentence)
                    : new Candidate(m.group().strip(), false, sentence, null));
        }
        return out;
    }

    /**
     * "yesterday", "this week", "last year" against the publication date, at the precision they have:
     * a day, an ISO week ("2031-W10", sorted by its Monday), a month, a year.
     */
    private static Candidate relative(String[] words, LocalDate published, int sentence) {
        if (words.length == 1) {
            LocalDate d = switch (words[0]) {
                case "yesterday" -> published.minusDays(1);
                case "tomorrow" -> published.plusDays(1);
                default -> published;
            };
            return new Candidate(d.toString(), true, sentence, d);
        }
        int shift = switch (words[0]) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (words[1]) {
            case "week" -> {
                LocalDate monday = published.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Candidate(String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), true, sentence, monday);
            }
            case "month" -> {
                YearMonth month = YearMonth.from(published).plusMonths(shift);
                yield new Candidate(month.toString(), true, sentence, month.atDay(1));
            }
            default -> {
                int year = published.getYear() + shift;
                yield new Candidate(String.valueOf(year), true, sentence, LocalDate.of(year, 1, 1));
            }
        };
    }

    private static boolean inside(List<int[]> taken, int at) {
        return taken.stream().anyMatch(t -> t[0] <= at && at < t[1]);
    }
}
