package org.newsfuse.clean;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.base.Span;

/**
 * One non-blank line of an article, with the blank-line-separated block it belongs to.
 *
 * @param span  the line without its line terminator, in the original text
 * @param text  the line's text
 * @param block the index of its block (lines of one block are not separated by a blank line)
 * @param words whitespace-separated words
 */
record TextLine(Span span, String text, int block, int words) {

    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int block = 0;
        boolean previousBlank = false;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            if (line.isBlank()) {
                previousBlank = true;
            } else {
                if (previousBlank && !lines.isEmpty()) {
                    block++;
                }
                previousBlank = false;
                // Trim surrounding whitespace out of the span so removals and blocks are tight.
                int s = start;
                int e = end;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                lines.add(new TextLine(new Span(s, e), text.substring(s, e), block, countWords(line)));
            }
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }

    /** A line of running prose: long enough and punctuated like sentences. */
    boolean isProse() {
        String s = text.strip();
        if (words >= 12 && (s.matches("(?s).*[.!?][\"'”’)]*$") || s.contains(". "))) {
            return true;
        }
        return words >= 25;
    }

    static int countWords(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
