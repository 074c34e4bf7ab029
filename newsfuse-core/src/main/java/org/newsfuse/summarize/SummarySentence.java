package org.newsfuse.summarize;

import java.util.List;
import org.newsfuse.analyze.Sentence;

/**
 * A sentence of the summary: the extracted sentence, every article that reports the same content (its
 * own article first), and any bracketed editorial insertions, such as the speaker of a quotation that
 * names none. The citations always point at the original words.
 */
public record SummarySentence(Sentence sentence, List<Citation> citations, List<Insertion> insertions) {

    public SummarySentence {
        citations = List.copyOf(citations);
        insertions = insertions.stream().sorted(java.util.Comparator.comparingInt(Insertion::at)).toList();
        for (Insertion insertion : insertions) {
            if (insertion.at() + insertion.replaces() > sentence.text().length()) {
                throw new IllegalArgumentException("insertion at " + insertion.at() + " is past the sentence's end ("
                        + sentence.text().length() + ")");
            }
        }
    }

    public SummarySentence(Sentence sentence, List<Citation> citations) {
        this(sentence, citations, List.of());
    }

    /** The sentence as a reader sees it: the extracted words with the insertions in square brackets. */
    public String text() {
        return insertions.isEmpty() ? sentence.text() : shown().text();
    }

    /**
     * The sentence as shown, and where each insertion (brackets included) sits in it, index for index
     * with {@link #insertions()}.
     */
    public Shown shown() {
        StringBuilder out = new StringBuilder();
        List<Placed> at = new java.util.ArrayList<>();
        String text = sentence.text();
        int copied = 0;
        for (int i = 0; i < insertions.size(); i++) {
            Insertion insertion = insertions.get(i);
            out.append(text, copied, insertion.at());
            copied = insertion.at();
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            int start = out.length();
            out.append(insertion.shown());
            at.add(new Placed(start, out.length()));
            copied += insertion.replaces();
            // a change inside a word ("[T]he" for "But the") joins the rest of it; added words stand apart
            if (insertion.replaces() == 0 && copied < text.length() && text.charAt(copied) != ' ') {
                out.append(' ');
            }
        }
        out.append(text, copied, text.length());
        return new Shown(out.toString(), at);
    }

    /** A sentence as shown, with where each insertion is in it. */
    public record Shown(String text, List<Placed> insertions) {
        public Shown {
            insertions = List.copyOf(insertions);
        }
    }

    /** Where an insertion, brackets included, is in the shown sentence: {@code [start, end)}. */
    public record Placed(int start, int end) {
    }

    /** How many distinct outlets support it (unknown outlets count once per article). */
    public int support() {
        return (int) citations.stream().map(c -> c.outlet().equals("unknown") ? "?" + c.article() : c.outlet()).distinct().count();
    }

    /** Its length in words as shown, insertions included and the words they stand in for not. */
    public int words() {
        int words = sentence.words();
        for (Insertion insertion : insertions) {
            words += insertion.addedWords(sentence.text());
        }
        return words;
    }

    /** The words the extracted text of this sentence stands in for with {@code insertion} (the pronoun), as written. */
    public String replacedBy(Insertion insertion) {
        return sentence.text().substring(insertion.at(), insertion.at() + insertion.replaces());
    }
}
