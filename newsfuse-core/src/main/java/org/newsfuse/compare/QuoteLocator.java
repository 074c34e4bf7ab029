package org.newsfuse.compare;

import java.util.Optional;
import org.newsfuse.base.Span;

/**
 * Finds a quotation's words inside a longer quotation of another article: compared as
 * {@link StoryComparer#normalise} compares them (case, punctuation and spacing aside), on whole words only, so
 * "planner" is never found inside "planners". The span returned runs from the first letter or digit of the
 * words to the last, in the original text.
 */
final class QuoteLocator {

    private QuoteLocator() {
    }

    /**
     * @param original the article's original text
     * @param within   the longer quotation's span in it
     * @param key      the words, normalised
     * @return their span in the original, when {@code within} holds them as whole words
     */
    static Optional<Span> locate(String original, Span within, String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder normal = new StringBuilder(within.length() + 2);
        int[] at = new int[within.length() + 2];
        normal.append(' ');
        at[0] = within.start();
        for (int i = within.start(); i < within.end(); i++) {
            char c = original.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                at[normal.length()] = i;
                normal.append(Character.toLowerCase(c));
            } else if (normal.charAt(normal.length() - 1) != ' ') {
                at[normal.length()] = i;
                normal.append(' ');
            }
        }
        if (normal.charAt(normal.length() - 1) != ' ') {
            at[normal.length()] = within.end();
            normal.append(' ');
        }
        int found = normal.indexOf(' ' + key + ' ');
        if (found < 0) {
            return Optional.empty();
        }
        int first = found + 1;
        int last = found + key.length();
        return Optional.of(new Span(at[first], at[last] + 1));
    }
}
