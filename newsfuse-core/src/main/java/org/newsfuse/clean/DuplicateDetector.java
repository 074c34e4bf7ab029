package org.newsfuse.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfuse.base.Span;

/**
 * Finds paragraphs that repeat an earlier one, exactly or nearly: the same words after normalising
 * dashes, quotes, non-breaking spaces and case, or one a trimmed version of the other (most of the
 * shorter one's word trigrams occur in the longer one).
 *
 * <p>Each paragraph is tokenized once, when it is offered; the kept ones are indexed by their exact
 * word sequence and by their trigrams, so a new paragraph is compared only with those sharing a
 * trigram with it. Cleaning stays linear in the paragraph count (a 2 MB article took minutes when
 * every earlier paragraph was re-tokenized for each new one).
 */
final class DuplicateDetector {

    /** A paragraph already kept, with its text on one line. */
    record Seen(Span span, String oneLine) {
    }

    private static final double CONTAINMENT = 0.8;
    private static final int MIN_WORDS = 4;
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    /** The paragraphs kept so far in one article, indexed for lookup. Not thread-safe: one per article. */
    static final class Index {
        private final List<Seen> kept = new ArrayList<>();
        private int[] trigramCounts = new int[16];
        private final Map<List<String>, Integer> byWords = new HashMap<>();
        private final Map<Long, Postings> byTrigram = new HashMap<>();
        // per kept paragraph, the trigrams it shares with the one being looked up: reset after each lookup,
        // so a lookup costs the postings it reads, with no map or boxing per shared trigram
        private int[] shared = new int[16];
        private int[] touched = new int[16];

        /** The kept paragraph {@code oneLine} repeats, if any. */
        Optional<Seen> findDuplicate(String oneLine) {
            return find(words(oneLine));
        }

        /** Looks {@code oneLine} up and, when it repeats nothing, keeps it; returns what it repeats. */
        Optional<Seen> findOrAdd(Span span, String oneLine) {
            List<String> words = words(oneLine);
            Optional<Seen> original = find(words);
            if (original.isEmpty()) {
                add(new Seen(span, oneLine), words);
            }
            return original;
        }

        /** Keeps a paragraph whether or not it repeats one (captions are all kept). */
        void add(Span span, String oneLine) {
            add(new Seen(span, oneLine), words(oneLine));
        }

        private void add(Seen seen, List<String> words) {
            if (words.size() < MIN_WORDS) {
                return;
            }
            int id = kept.size();
            kept.add(seen);
            byWords.putIfAbsent(words, id);
            Set<Long> trigrams = trigrams(words);
            if (id == trigramCounts.length) {
                trigramCounts = Arrays.copyOf(trigramCounts, id * 2);
                shared = Arrays.copyOf(shared, id * 2);
                touched = Arrays.copyOf(touched, id * 2);
            }
            trigramCounts[id] = trigrams.size();
            for (Long gram : trigrams) {
                byTrigram.computeIfAbsent(gram, g -> new Postings()).add(id);
            }
        }

        private Optional<Seen> find(List<String> words) {
            if (words.size() < MIN_WORDS) {
                return Optional.empty();
            }
            Integer exact = byWords.get(words);
            Set<Long> trigrams = trigrams(words);
            // shared trigram counts, for the kept paragraphs sharing at least one
            int touchedCount = 0;
            for (Long gram : trigrams) {
                Postings postings = byTrigram.get(gram);
                if (postings == null) {
                    continue;
                }
                for (int i = 0; i < postings.size; i++) {
                    int id = postings.ids[i];
                    if (shared[id]++ == 0) {
                        touched[touchedCount++] = id;
                    }
                }
            }
            // the earliest kept paragraph that matches, as a scan in order would find it
            int best = exact == null ? Integer.MAX_VALUE : exact;
            for (int t = 0; t < touchedCount; t++) {
                int id = touched[t];
                int shorter = Math.min(trigrams.size(), trigramCounts[id]);
                if (id < best && shorter > 0 && shared[id] >= CONTAINMENT * shorter) {
                    best = id;
                }
                shared[id] = 0;
            }
            return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(kept.get(best));
        }
    }

    /** The kept paragraphs holding one trigram, in the order they were kept: a growable int array. */
    private static final class Postings {
        int[] ids = new int[2];
        int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    /** Lower-cased word tokens after normalising typography, so "Korea’s" equals "Korea's". */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        normal = DASHES.matcher(normal).replaceAll("-");
        normal = SINGLE_QUOTES.matcher(normal).replaceAll("'");
        normal = DOUBLE_QUOTES.matcher(normal).replaceAll("\"");
        normal = normal.replace('\u00A0', ' ').toLowerCase(java.util.Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(normal)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    // A trigram as a 64-bit hash of its three words: no string built per trigram, and a collision
    // among one article's few thousand paragraphs is vanishingly unlikely.
    private static Set<Long> trigrams(List<String> words) {
        Set<Long> grams = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            long h = words.get(i).hashCode();
            h = h * 0x9E3779B97F4A7C15L + words.get(i + 1).hashCode();
            h = h * 0x9E3779B97F4A7C15L + words.get(i + 2).hashCode();
            grams.add(h);
        }
        return grams;
    }

    private DuplicateDetector() {
    }
}
