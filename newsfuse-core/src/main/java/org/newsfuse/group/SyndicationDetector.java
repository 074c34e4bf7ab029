package org.newsfuse.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds copies of one text among many with MinHash over word 5-gram shingles and locality-sensitive
 * hashing (bands of rows), then confirms each candidate by exact containment: the share of the shorter
 * text's shingles found in the longer one. A wire story republished with a new headline or a trimmed
 * ending keeps most of its shingles; two reports of the same event in different words share few.
 * Not thread-safe: one detector per stream.
 */
public final class SyndicationDetector {

    /**
     * The share of the shorter text's shingles that makes it a copy, wherever copies are looked for: a
     * wire story republished with a new headline or a trimmed ending keeps more than this.
     */
    public static final double COPY_CONTAINMENT = 0.8;

    private static final int SHINGLE = 5;
    private static final int BANDS = 16;
    private static final int ROWS = 4;
    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private final double minContainment;
    private final List<Set<Long>> shingles = new ArrayList<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    /** @param minContainment share of the shorter text's shingles that must occur in the other */
    public SyndicationDetector(double minContainment) {
        if (minContainment <= 0 || minContainment > 1) {
            throw new IllegalArgumentException("minContainment must be in (0, 1], got " + minContainment);
        }
        this.minContainment = minContainment;
    }

    /**
     * Each text's group: a text that copies an earlier one joins that text's group, any other opens its
     * own (numbered by its first text). Copies of one wire story are one report, not independent
     * confirmation, wherever reports are counted.
     */
    public static int[] independentGroups(List<String> texts) {
        int[] groups = new int[texts.size()];
        SyndicationDetector detector = new SyndicationDetector(COPY_CONTAINMENT);
        for (int t = 0; t < texts.size(); t++) {
            Optional<Clustering.Duplicate> copy = detector.add(texts.get(t));
            groups[t] = copy.isPresent() ? groups[copy.get().duplicateOf()] : t;
        }
        return groups;
    }

    /** Adds the next text; returns the earlier text it copies, if any, with the containment. */
    public Optional<Clustering.Duplicate> add(String text) {
        int index = shingles.size();
        Set<Long> own = shingle(text);
        shingles.add(own);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        long[] signature = minHash(own);
        Set<Integer> candidates = new HashSet<>();
        for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int r = 0; r < ROWS; r++) {
                key = key * 0x9E3779B97F4A7C15L + signature[b * ROWS + r];
            }
            List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(2));
            candidates.addAll(bucket);
            bucket.add(index);
        }
        int best = -1;
        double bestContainment = 0;
        for (int candidate : candidates) {
            double containment = containment(own, shingles.get(candidate));
            if (containment > bestContainment || (containment == bestContainment && candidate < best)) {
                bestContainment = containment;
                best = candidate;
            }
        }
        return best >= 0 && bestContainment >= minContainment
                ? Optional.of(new Clustering.Duplicate(index, best, bestContainment)) : Optional.empty();
    }

    static double containment(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        if (small.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (long s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return shared / (double) small.size();
    }

    static Set<Long> shingle(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>(words.length);
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= kept.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + kept.get(j).hashCode();
                h ^= h >>> 29;
            }
            out.add(h);
        }
        return out;
    }

    private static long[] minHash(Set<Long> shingles) {
        long[] signature = new long[SEEDS.length];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < SEEDS.length; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long[] seeds(int n) {
        long[] seeds = new long[n];
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < n; i++) {
            x = mix(x + i + 1);
            seeds[i] = x;
        }
        return seeds;
    }
}
