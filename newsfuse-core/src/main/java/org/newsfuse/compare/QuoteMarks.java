package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the quotations of one paragraph open and close. Curly marks say which way they face; a straight
 * mark opens when it stands before a word (at the start, after a space or an opening bracket or dash) and
 * closes otherwise. Marks nest ("... the question: “As you know ...” Forty-three, yes."), so a quotation
 * closes where its depth returns to zero, never at the first mark of the inner one. A quotation still open
 * at the end of the paragraph runs to its end (news continues a quotation in the next paragraph by opening
 * it again without closing the first).
 */
final class QuoteMarks {

    /**
     * One outermost quotation of a paragraph.
     *
     * @param open  the index of the opening mark
     * @param close the index of the closing mark, or -1 when the quotation is still open at the paragraph's end
     */
    record Pair(int open, int close) {
        boolean closed() {
            return close >= 0;
        }
    }

    private QuoteMarks() {
    }

    /** The outermost quotations of a paragraph, in order; a closing mark with nothing open is ignored. */
    static List<Pair> pairs(String s) {
        List<Pair> pairs = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '"' && c != '“' && c != '”') {
                continue;
            }
            if (opens(s, i) && !(depth == 1 && typedAsOpening(s, i))) {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if (depth > 0) {
                depth--;
                if (depth == 0) {
                    pairs.add(new Pair(open, i));
                }
            }
        }
        // a mark opened and never closed: the quotation runs to the paragraph's end, but only when it has words
        if (depth > 0 && open + 1 < s.length() && !s.substring(open + 1).isBlank()) {
            pairs.add(new Pair(open, -1));
        }
        return pairs;
    }

    /** Whether the mark at {@code i} opens a quotation. */
    static boolean opens(String s, int i) {
        char c = s.charAt(i);
        if (c == '“') {
            return true;
        }
        if (c == '”') {
            return false;
        }
        boolean wordBefore = i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && "([{—–-/".indexOf(s.charAt(i - 1)) < 0;
        boolean wordAfter = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
        return !wordBefore && wordAfter;
    }

    /**
     * An opening curly mark after a quotation's closing punctuation and before a space or the end: a closing mark typed
     * the wrong way round ('“It is unusual,“ said Brandt.'), which closes a quotation that is open.
     */
    private static boolean typedAsOpening(String s, int i) {
        return s.charAt(i) == '“' && i > 0 && ",.?!".indexOf(s.charAt(i - 1)) >= 0
                && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }

    /** Whether a paragraph opens with a quotation mark. */
    static boolean startsWithOpening(String s) {
        String t = s.stripLeading();
        int at = s.length() - t.length();
        return !t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '“') && opens(s, at);
    }
}
