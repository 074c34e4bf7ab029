package org.newsfuse.eval.rouge;

import java.util.ArrayList;
import java.util.List;

/**
 * How ROUGE-1.5.5 turns a summary (one sentence per line) into tokens, quirks included: lines are
 * lower-cased (ASCII only) and truncated to the word or byte limit before tokenizing; hyphens become
 * tokens of their own, every other non-alphanumeric character a space; only tokens beginning with
 * {@code a-z}, {@code 0-9} or {@code $} count. ROUGE-L reads the same lines separately, and its byte
 * limit is applied sentence by sentence (a bug in ROUGE-1.5.5 that the published scores include).
 */
final class RougeText {

    private RougeText() {
    }

    /** The non-empty lines, lower-cased as Perl's {@code tr/A-Z/a-z/} does. */
    static List<String> sentences(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.add(RougeStemmer.asciiLower(line));
            }
        }
        return out;
    }

    /** The text n-grams and skip-bigrams are counted on: ROUGE's {@code readText}. Null when empty. */
    static String joined(List<String> sentences, int wordLimit, int byteLimit) {
        if (wordLimit == 0 && byteLimit == 0) {
            return sentences.isEmpty() ? null : normalise(String.join(" ", sentences));
        }
        StringBuilder text = new StringBuilder();
        int length = 0;
        for (String s : sentences) {
            if (wordLimit != 0) {
                List<String> tokens = perlSplit(s);
                if (length + tokens.size() < wordLimit) {
                    if (length != 0) {
                        text.append(' ');
                    }
                    text.append(s);
                    length += tokens.size();
                } else {
                    if (length > 0) {
                        text.append(' ');
                    }
                    text.append(String.join(" ", tokens.subList(0, wordLimit - length)));
                    break;
                }
            } else {
                if (length + s.length() < byteLimit) {
                    if (length != 0) {
                        text.append(' ');
                    }
                    text.append(s);
                    length += s.length();
                } else {
                    if (length > 0) {
                        text.append(' ');
                    }
                    text.append(s, 0, byteLimit - length);
                    break;
                }
            }
        }
        return text.length() > 0 ? normalise(text.toString()) : null;
    }

    /** The sentences ROUGE-L compares: ROUGE's {@code readText_LCS}, byte-limit bug included. */
    static List<String> separate(List<String> sentences, int wordLimit, int byteLimit) {
        List<String> out = new ArrayList<>();
        if (wordLimit == 0 && byteLimit == 0) {
            out.addAll(sentences);
        } else if (wordLimit != 0) {
            int length = 0;
            for (String s : sentences) {
                List<String> tokens = perlSplit(s);
                if (length + tokens.size() < wordLimit) {
                    length += tokens.size();
                    out.add(s);
                } else {
                    out.add(String.join(" ", tokens.subList(0, wordLimit - length)));
                    break;
                }
            }
        } else {
            // ROUGE-1.5.5 never adds to the running length here, so each sentence is checked on its own.
            for (String s : sentences) {
                if (s.length() < byteLimit) {
                    out.add(s);
                } else {
                    out.add(s.substring(0, byteLimit));
                    break;
                }
            }
        }
        out.replaceAll(RougeText::normalise);
        return out;
    }

    /** Tokens that count, stemmed when asked: ROUGE's filter in {@code createNGram} and {@code tokenizeText_LCS}. */
    static List<String> tokens(String normalisedText, RougeStemmer stemmer) {
        List<String> out = new ArrayList<>();
        if (normalisedText == null) {
            return out;
        }
        for (String token : perlSplit(normalisedText)) {
            if (token.isEmpty()) {
                continue;
            }
            char first = token.charAt(0);
            if ((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') || first == '$') {
                out.add(stemmer != null && token.length() > 3 ? stemmer.morphStem(token) : token);
            }
        }
        return out;
    }

    /** {@code s/-/ - /g; s/[^A-Za-z0-9-]/ /g;} then trim and collapse whitespace. */
    static String normalise(String s) {
        StringBuilder spaced = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                spaced.append(" - ");
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                spaced.append(c);
            } else {
                spaced.append(' ');
            }
        }
        StringBuilder out = new StringBuilder(spaced.length());
        for (String token : spaced.toString().split(" +")) {
            if (!token.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(token);
            }
        }
        return out.toString();
    }

    /** Perl's {@code split(/\s+/, $s)}: a leading empty field if $s starts with whitespace; trailing ones dropped. */
    static List<String> perlSplit(String s) {
        List<String> fields = new ArrayList<>();
        int n = s.length();
        int i = 0;
        if (n == 0) {
            return fields;
        }
        if (isPerlSpace(s.charAt(0))) {
            fields.add("");
            while (i < n && isPerlSpace(s.charAt(i))) {
                i++;
            }
        }
        while (i < n) {
            int start = i;
            while (i < n && !isPerlSpace(s.charAt(i))) {
                i++;
            }
            fields.add(s.substring(start, i));
            while (i < n && isPerlSpace(s.charAt(i))) {
                i++;
            }
        }
        // Perl drops trailing empty fields; a string of only whitespace yields no fields at all.
        while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return fields;
    }

    private static boolean isPerlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
