package org.newsfuse.analyze;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds copies of one text among many: each text is cut into word 5-gram shingles, and its fingerprints
 * are chosen by winnowing (Schleimer, Wilkerson and Aiken, 2003): the smallest shingle hash in every run
 * of {@value #WINDOW} shingles. Two texts that share a passage of {@value #WINDOW} + 4 words or more
 * are certain to share a fingerprint, whatever else either holds, so the earlier texts with enough
 * shared fingerprints are the candidates, and each is confirmed by exact containment: the share of the
 * shorter text's shingles found in the longer one. This finds containment where a MinHash of the whole
 * text would not: a wire story cut to its first fifth by a regional paper shares nearly all of its own
 * fingerprints with the original but only a fifth of the original's. A wire story republished with a
 * new headline or a trimmed ending keeps most of its shingles; two reports of the same event in
 * different words share few. Not thread-safe: one detector per stream.
 */
public final class SyndicationDetector {

    /**
     * The share of the shorter text's shingles that makes it a copy, wherever copies are looked for: a
     * wire story republished with a new headline or a trimmed ending keeps more than this.
     */
    public static final double COPY_CONTAINMENT = 0.8;

    private static final int SHINGLE = 5;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Winnowing window, in shingles: a fingerprint for every run of this many. */
    private static final int WINDOW = 6;
    /** A fingerprint already seen in this many texts is a stock phrase, not evidence of copying. */
    private static final int STOCK_PHRASE = 64;
    /** Estimated containment (shared fingerprints over the fewer) below which a candidate is not checked. */
    private static final double CANDIDATE_SHARE = 0.5;

    private final double minContainment;
    private final List<Set<Long>> shingles = new ArrayList<>();
    private final List<Integer> fingerprintCounts = new ArrayList<>();
    private final Map<Long, List<Integer>> textsByFingerprint = new HashMap<>();

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
            Optional<Copy> copy = detector.add(texts.get(t));
            groups[t] = copy.isPresent() ? groups[copy.get().original()] : t;
        }
        return groups;
    }

    /**
     * A text that copies an earlier one.
     *
     * @param text        the copy's number (texts are numbered from 0 in the order they were added)
     * @param original    the earlier text's number
     * @param containment share of the shorter text's word 5-grams found in the other
     */
    public record Copy(int text, int original, double containment) {
    }

    /** Adds the next text; returns the earlier text it copies, if any, with the containment. */
    public Optional<Copy> add(String text) {
        int index = shingles.size();
        long[] hashes = shingleHashes(text);
        Set<Long> own = new HashSet<>(hashes.length * 2);
        for (long hash : hashes) {
            own.add(hash);
        }
        shingles.add(own);
        long[] fingerprints = fingerprints(hashes);
        fingerprintCounts.add(fingerprints.length);
        Map<Integer, Integer> shared = new HashMap<>();
        for (long fingerprint : fingerprints) {
            List<Integer> texts = textsByFingerprint.computeIfAbsent(fingerprint, f -> new ArrayList<>(2));
            if (texts.size() < STOCK_PHRASE) {
                for (int earlier : texts) {
                    shared.merge(earlier, 1, Integer::sum);
                }
                texts.add(index);
            }
        }
        int best = -1;
        double bestContainment = 0;
        for (var candidate : shared.entrySet()) {
            int earlier = candidate.getKey();
            if (candidate.getValue() < CANDIDATE_SHARE * Math.min(fingerprints.length, fingerprintCounts.get(earlier))) {
                continue;
            }
            double containment = containment(own, shingles.get(earlier));
            if (containment > bestContainment || (containment == bestContainment && earlier < best)) {
                bestContainment = containment;
                best = earlier;
            }
        }
        return best >= 0 && bestContainment >= minContainment
                ? Optional.of(new Copy(index, best, bestContainment)) : Optional.empty();
    }

    /** How many texts were added. */
    public int size() {
        return shingles.size();
    }

    /** Writes everything the detector has seen, for {@link #restore}. */
    public void save(DataOutput out) throws IOException {
        out.writeDouble(minContainment);
        out.writeInt(shingles.size());
        for (int t = 0; t < shingles.size(); t++) {
            out.writeInt(fingerprintCounts.get(t));
            out.writeInt(shingles.get(t).size());
            for (long hash : shingles.get(t)) {
                out.writeLong(hash);
            }
        }
        out.writeInt(textsByFingerprint.size());
        for (var entry : textsByFingerprint.entrySet()) {
            out.writeLong(entry.getKey());
            out.writeInt(entry.getValue().size());
            for (int text : entry.getValue()) {
                out.writeInt(text);
            }
        }
    }

    /** A detector in the state {@link #save} wrote: it finds the same copies the saved one would have. */
    public static SyndicationDetector restore(DataInput in) throws IOException {
        SyndicationDetector detector = new SyndicationDetector(in.readDouble());
        int texts = in.readInt();
        for (int t = 0; t < texts; t++) {
            detector.fingerprintCounts.add(in.readInt());
            int size = in.readInt();
            Set<Long> own = new HashSet<>(size * 2);
            for (int i = 0; i < size; i++) {
                own.add(in.readLong());
            }
            detector.shingles.add(own);
        }
        int fingerprints = in.readInt();
        for (int f = 0; f < fingerprints; f++) {
            long fingerprint = in.readLong();
            int size = in.readInt();
            List<Integer> list = new ArrayList<>(Math.max(2, size));
            for (int i = 0; i < size; i++) {
                list.add(in.readInt());
            }
            detector.textsByFingerprint.put(fingerprint, list);
        }
        return detector;
    }

    /** The text's fingerprints: the smallest hash of every window of shingles (the rightmost on a tie), each once. */
    private static long[] fingerprints(long[] hashes) {
        if (hashes.length == 0) {
            return hashes;
        }
        Set<Long> chosen = new LinkedHashSet<>();
        int windows = Math.max(1, hashes.length - WINDOW + 1);
        for (int start = 0; start < windows; start++) {
            int end = Math.min(hashes.length, start + WINDOW);
            long smallest = hashes[start];
            for (int i = start + 1; i < end; i++) {
                if (hashes[i] <= smallest) {
                    smallest = hashes[i];
                }
            }
            chosen.add(smallest);
        }
        return chosen.stream().mapToLong(Long::longValue).toArray();
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
        Set<Long> out = new HashSet<>();
        for (long hash : shingleHashes(text)) {
            out.add(hash);
        }
        return out;
    }

    /** The hashes of the text's word 5-grams, lower-cased, in order. */
    private static long[] shingleHashes(String text) {
        String[] words = NON_WORD.split(text.toLowerCase(Locale.ROOT));
        List<String> kept = new ArrayList<>(words.length);
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        long[] out = new long[Math.max(0, kept.size() - SHINGLE + 1)];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + kept.get(j).hashCode();
                h ^= h >>> 29;
            }
            out[i] = mix(h);
        }
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
