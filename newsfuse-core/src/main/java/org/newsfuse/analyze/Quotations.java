package org.newsfuse.analyze;

import java.util.List;

/**
 * Where sentences stand towards quotations that run over several sentences. A quotation's middle
 * sentences hold no quotation mark of their own: in {@code "It costs $10,000 a year. I'm going to
 * catch tourists instead. It's easier," he said.} the middle sentence, shown alone, would read as the
 * outlet's own statement. Summaries do not extract such sentences, and comparisons do not list them as
 * an outlet's claims.
 */
public final class Quotations {

    private Quotations() {
    }

    /**
     * Quotations run over at most this many sentences: in DUC 2003 and TAC 2010, of the 476 quotations
     * closed in the paragraph that opens them over two sentences or more, 472 span five or fewer. A
     * longer "quotation" is a stray or mismatched mark, common in text flattened into one paragraph.
     */
    static final int MAX_QUOTATION_SENTENCES = 5;

    /**
     * Whether each of the story's sentences continues a quotation that an earlier sentence of its
     * paragraph opened: the quotation is closed later in the paragraph, or carried on into the next
     * paragraph as news style does (the paragraph ends inside it and the next opens with a quotation
     * mark), within {@value #MAX_QUOTATION_SENTENCES} sentences of its opening. A stray mark does not
     * make the rest of an article a quotation.
     */
    public static boolean[] continuing(AnalyzedStory story) {
        List<Sentence> sentences = story.sentences();
        int n = sentences.size();
        // after each sentence: whether a quotation is open, and which sentence opened it
        boolean[] openAfter = new boolean[n];
        int[] openedBy = new int[n];
        int straight = 0;
        int curly = 0;
        int opener = -1;
        for (int s = 0; s < n; s++) {
            if (startsParagraph(sentences, s)) {
                straight = 0;
                curly = 0;
            }
            boolean openBefore = straight % 2 == 1 || curly > 0;
            QuotationMarks marks = QuotationMarks.in(sentences.get(s).text());
            straight += marks.straight();
            curly = Math.max(0, curly + marks.opening() - marks.closing());
            openAfter[s] = straight % 2 == 1 || curly > 0;
            opener = openAfter[s] && !openBefore ? s : opener;
            openedBy[s] = opener;
        }
        boolean[] out = new boolean[n];
        // walking backwards: the sentence at or after each one where the open quotation ends (-1: none)
        int endsAt = -1;
        for (int s = n - 1; s >= 0; s--) {
            if (s == n - 1 || startsParagraph(sentences, s + 1)) {
                boolean carriedOn = openAfter[s] && s + 1 < n && sameArticle(sentences, s, s + 1)
                        && opensWithQuotationMark(sentences.get(s + 1).text());
                endsAt = carriedOn ? s : -1;
            }
            if (!openAfter[s]) {
                endsAt = s;
            }
            out[s] = !startsParagraph(sentences, s) && openAfter[s - 1] && endsAt >= 0
                    && endsAt - openedBy[s - 1] < MAX_QUOTATION_SENTENCES;
        }
        return out;
    }

    private static boolean startsParagraph(List<Sentence> sentences, int s) {
        return s == 0 || !sameArticle(sentences, s - 1, s) || sentences.get(s - 1).paragraph() != sentences.get(s).paragraph();
    }

    private static boolean sameArticle(List<Sentence> sentences, int a, int b) {
        return sentences.get(a).articleIndex() == sentences.get(b).articleIndex();
    }

    private static boolean opensWithQuotationMark(String text) {
        return !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '“');
    }

    /** Whether the text's double quotation marks pair up: an even number of straight ones, as many curly openings as closings. */
    public static boolean balanced(String text) {
        QuotationMarks marks = QuotationMarks.in(text);
        return marks.straight() % 2 == 0 && marks.opening() == marks.closing();
    }

    /** The double quotation marks in a text: straight ones, curly opening ones, curly closing ones. */
    private record QuotationMarks(int straight, int opening, int closing) {
        static QuotationMarks in(String text) {
            int straight = 0;
            int opening = 0;
            int closing = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    straight++;
                } else if (c == '“') {
                    opening++;
                } else if (c == '”') {
                    closing++;
                }
            }
            return new QuotationMarks(straight, opening, closing);
        }
    }
}
