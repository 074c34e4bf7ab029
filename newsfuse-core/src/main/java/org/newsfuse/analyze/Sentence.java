package org.newsfuse.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;
import org.newsfuse.base.Span;

/**
 * One sentence of an article's body.
 *
 * @param articleIndex the article's index in its story
 * @param index        the sentence's position in its article, from 0
 * @param paragraph    the index of its block in the article
 * @param span         where it is in the article's original text
 * @param text         its text, whitespace runs collapsed to single spaces
 * @param terms        its stemmed content terms ({@link TermAnalyzer#terms})
 * @param stems        all its words in order, stemmed, stop words kept ({@link TermAnalyzer#words})
 * @param numbers      the figures written in digits, commas dropped ("18,000" is "18000")
 * @param words        its length in whitespace-separated words
 */
public record Sentence(int articleIndex, int index, int paragraph, Span span, String text, List<String> terms,
                       List<String> stems, List<String> numbers, int words) {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        terms = List.copyOf(terms);
        stems = List.copyOf(stems);
        numbers = List.copyOf(numbers);
    }

    /** The figures in {@code text}, as {@link #numbers()} lists them. */
    public static List<String> numbersIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(",", "").replaceAll("\\.$", ""));
        }
        return found;
    }
}
