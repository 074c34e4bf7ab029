package org.newsfuse.clean;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfuse.base.Span;

/**
 * Finds paragraphs that repeat an earlier one, exactly or nearly: the same words after normalising
 * dashes, quotes, non-breaking spaces and case, or one a trimmed version of the other (most of the
 * shorter one's word trigrams occur in the longer one).
 */
final class DuplicateDetector {

    /** A paragraph already kept, with its text on one line. */
    record Seen(Span span, String oneLine) {
    }

    private static final double CONTAINMENT = 0.8;
    private static final int MIN_WORDS = 4;

    Optional<Seen> findDuplicate(String oneLine, List<Seen> earlier) {
        List<String> words = words(oneLine);
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        Set<String> trigrams = trigrams(words);
        for (Seen seen : earlier) {
            List<String> other = words(seen.oneLine());
            if (other.size() < MIN_WORDS) {
                continue;
            }
            if (other.equals(words)) {
                return Optional.of(seen);
            }
            Set<String> otherTrigrams = trigrams(other);
            Set<String> shorter = trigrams.size() <= otherTrigrams.size() ? trigrams : otherTrigrams;
            Set<String> longer = shorter == trigrams ? otherTrigrams : trigrams;
            long shared = shorter.stream().filter(longer::contains).count();
            if (!shorter.isEmpty() && shared >= CONTAINMENT * shorter.size()) {
                return Optional.of(seen);
            }
        }
        return Optional.empty();
    }

    /** Lower-cased word tokens after normalising typography, so "Korea’s" equals "Korea's". */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032]", "'")
                .replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033]", "\"")
                .replace('\u00A0', ' ')
                .toLowerCase(java.util.Locale.ROOT);
        return List.of(normal.split("[^\\p{L}\\p{N}']+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static Set<String> trigrams(List<String> words) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            grams.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return grams;
    }
}
