package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures in a sentence, normalised so that different wordings compare: "more than 90 minutes",
 * "an hour-and-a-half" and "two hours" become ranges of minutes; "$4.2 million" and "more than $5
 * million" ranges of dollars. Two figures of one kind disagree when their ranges do not overlap.
 */
final class Quantities {

    /** What a figure measures. */
    enum Kind { DURATION_MINUTES, MONEY, PERCENT, COUNT, DAY }

    /** A figure: its kind, the range it allows, and the words that state it. */
    record Quantity(Kind kind, double low, double high, String text, String unit) {
        boolean agreesWith(Quantity other) {
            return low <= other.high && other.low <= high;
        }
    }

    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0),
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
            Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0),
            Map.entry("dozen", 12.0), Map.entry("half", 0.5));

    private static final String NUMBER = "((?<![\\d.,])\\d+(?:[.,]\\d+)*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|fifty|hundred|dozen)";
    private static final String QUALIFIER = "(more than|over|at least|nearly|almost|about|around|roughly|some|up to|less than|under)?\\s*";

    private static final Pattern HOUR_AND_HALF = Pattern.compile("(?i)\\b" + QUALIFIER + "(an|one|a)[ -]hour[ -]and[ -]a[ -]half\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)\\b" + QUALIFIER + NUMBER + "(?:[ -]and[ -]a[ -]half)?[ -](minutes?|hours?|days?|weeks?)\\b");
    private static final Pattern MONEY = Pattern.compile("(?i)" + QUALIFIER + "(\\$|€|£)\\s?(\\d+(?:[.,]\\d+)*)\\s*(trillion|million|billion|thousand|m|bn)?\\b"
            + "|\\b" + QUALIFIER + "((?<![\\d.,])\\d+(?:[.,]\\d+)*)\\s*(trillion|million|billion|thousand)?\\s*(dollars|euros|pounds)\\b");
    private static final Pattern PERCENT = Pattern.compile("(?i)\\b" + QUALIFIER + "((?<![\\d.,])\\d+(?:\\.\\d+)?)\\s*(%|percent|per cent)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this|next)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(January|February|March|April|May|June|July|August|September"
            + "|October|November|December)\\s+(\\d{1,2})\\b(?!,?\\s*\\d{3})|\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\s+(\\d{1,2}),\\s+\\d{4}");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b" + QUALIFIER
            + "((?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|fifty|hundred|dozen)\\s+(?:(million|billion|thousand|trillion)\\s+)?([a-z]{3,})");
    /** The number words {@link #COUNT} reads. */
    private static final String[] COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen"};
    /** Matches nothing: stands in for a pattern that cannot match the sentence. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");
    /** Words after a number that are not what it counts. */
    private static final java.util.Set<String> NOT_UNITS = java.util.Set.of("and", "the", "from", "for", "with", "that", "than",
            "was", "were", "are", "has", "had", "who", "which", "when", "into", "over", "after", "before", "during", "since",
            "this", "last", "next", "per", "out", "each", "older", "younger", "years", "year", "old", "times");

    private Quantities() {
    }

    static List<Quantity> in(String sentence) {
        List<Quantity> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        // Each pattern runs only on a sentence holding a word or character it cannot match without: the
        // patterns try their qualifiers at every word, and most sentences state no figure of most kinds.
        // (The patterns' (?i) is ASCII-only, so a lower-cased copy finds every sentence they could match.)
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean digits = hasDigit(sentence);
        Matcher m = (lower.contains("half") ? HOUR_AND_HALF : NOTHING).matcher(sentence);
        while (m.find()) {
            found.add(range(Kind.DURATION_MINUTES, 90, m.group(1), m.group().strip(), "minutes"));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = (containsAny(lower, "minute", "hour", "day", "week") ? DURATION : NOTHING).matcher(sentence);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            double value = number(m.group(2));
            if (m.group().toLowerCase(Locale.ROOT).contains("and a half") || m.group().toLowerCase(Locale.ROOT).contains("and-a-half")) {
                value += 0.5;
            }
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            double minutes = unit.startsWith("minute") ? value : unit.startsWith("hour") ? value * 60
                    : unit.startsWith("day") ? value * 1440 : value * 10080;
            found.add(range(Kind.DURATION_MINUTES, minutes, m.group(1), m.group().strip(), "minutes"));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = (containsAny(lower, "$", "€", "£", "dollars", "euros", "pounds") ? MONEY : NOTHING).matcher(sentence);
        while (m.find()) {
            boolean symbol = m.group(2) != null;
            String qualifier = symbol ? m.group(1) : m.group(5);
            double value = number(symbol ? m.group(3) : m.group(6)) * scale(symbol ? m.group(4) : m.group(7));
            String currency = symbol ? m.group(2) : m.group(8).toLowerCase(Locale.ROOT);
            found.add(range(Kind.MONEY, value, qualifier, m.group().strip(), currency));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = (digits && containsAny(lower, "%", "percent", "per cent") ? PERCENT : NOTHING).matcher(sentence);
        while (m.find()) {
            found.add(range(Kind.PERCENT, number(m.group(2)), m.group(1), m.group().strip(), "percent"));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = (sentence.contains("day") ? WEEKDAY : NOTHING).matcher(sentence);
        while (m.find()) {
            double day = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
            found.add(new Quantity(Kind.DAY, day, day, m.group(1), "weekday"));
        }
        m = (digits ? MONTH_DAY : NOTHING).matcher(sentence);
        while (m.find()) {
            String month = m.group(1) != null ? m.group(1) : m.group(3);
            String day = m.group(2) != null ? m.group(2) : m.group(4);
            double value = java.time.Month.valueOf(month.toUpperCase(Locale.ROOT)).getValue() * 100 + Integer.parseInt(day);
            found.add(new Quantity(Kind.DAY, value, value, m.group().strip(), "date"));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = (digits || containsAny(lower, COUNT_WORDS) ? COUNT : NOTHING).matcher(sentence);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String noun = m.group(4).toLowerCase(Locale.ROOT);
            if (NOT_UNITS.contains(noun)
                    || noun.matches("(january|february|march|april|may|june|july|august|september|october|november|december|percent|a|p)")) {
                continue;
            }
            double value = number(m.group(2)) * scale(m.group(3));
            if (value >= 1900 && value <= 2100 && !m.group(2).contains(",") && Character.isDigit(m.group(2).charAt(0))) {
                continue; // a year
            }
            found.add(range(Kind.COUNT, value, m.group(1), m.group().strip(), noun.replaceAll("s$", "")));
            taken.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, String... needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static Quantity range(Kind kind, double value, String qualifier, String text, String unit) {
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT).strip();
        double low;
        double high;
        switch (q) {
            case "more than", "over" -> {
                low = value * 1.0001;
                high = value * 1.25;
            }
            case "at least" -> {
                low = value;
                high = value * 1.5;
            }
            case "less than", "under", "nearly", "almost", "up to" -> {
                low = value * 0.8;
                high = value;
            }
            case "about", "around", "roughly", "some" -> {
                low = value * 0.85;
                high = value * 1.15;
            }
            default -> {
                low = value * 0.95;
                high = value * 1.05;
            }
        }
        return new Quantity(kind, low, high, text, unit);
    }

    private static double number(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        Double word = WORDS.get(t);
        if (word != null) {
            return word;
        }
        return Double.parseDouble(t.replace(",", ""));
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "trillion" -> 1e12;
            case "million", "m" -> 1e6;
            case "billion", "bn" -> 1e9;
            case "thousand" -> 1e3;
            default -> 1;
        };
    }
}
