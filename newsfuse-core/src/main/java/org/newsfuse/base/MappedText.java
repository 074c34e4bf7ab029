package org.newsfuse.base;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A piece of text assembled from one or more ranges of an original text, remembering where each
 * character came from. Cleaning cuts inserts out of paragraphs; later stages work on the cleaned text
 * and map what they find back with {@link #toOriginal(int, int)}, so citations stay exact.
 */
public final class MappedText {

    private final String text;
    private final int[] origins;

    private MappedText(String text, int[] origins) {
        this.text = text;
        this.origins = origins;
    }

    /** The text of {@code pieces} of {@code original}, concatenated in the given order. */
    public static MappedText of(String original, List<Span> pieces) {
        Objects.requireNonNull(original, "original");
        StringBuilder text = new StringBuilder();
        int total = pieces.stream().mapToInt(Span::length).sum();
        int[] origins = new int[total + 1];
        int at = 0;
        int lastEnd = 0;
        for (Span piece : pieces) {
            if (piece.end() > original.length()) {
                throw new IllegalArgumentException("piece " + piece + " is outside a text of length " + original.length());
            }
            text.append(original, piece.start(), piece.end());
            for (int i = piece.start(); i < piece.end(); i++) {
                origins[at++] = i;
            }
            lastEnd = piece.end();
        }
        origins[total] = lastEnd;
        return new MappedText(text.toString(), origins);
    }

    public static MappedText of(String original, Span span) {
        return of(original, List.of(span));
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The smallest span of the original text covering {@code [start, end)} of this text. */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") outside text of length " + text.length());
        }
        if (start == end) {
            return new Span(origins[start], origins[start]);
        }
        return new Span(origins[start], origins[end - 1] + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MappedText m && m.text.equals(text) && Arrays.equals(m.origins, origins);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(origins);
    }

    @Override
    public String toString() {
        return text;
    }
}
