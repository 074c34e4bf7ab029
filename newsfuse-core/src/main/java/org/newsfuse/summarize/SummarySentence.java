package org.newsfuse.summarize;

import java.util.List;
import org.newsfuse.analyze.Sentence;

/**
 * A sentence of the summary: the extracted sentence and every article that reports the same content,
 * its own article first.
 */
public record SummarySentence(Sentence sentence, List<Citation> citations) {

    public SummarySentence {
        citations = List.copyOf(citations);
    }

    public String text() {
        return sentence.text();
    }

    /** How many distinct outlets support it (unknown outlets count once per article). */
    public int support() {
        return (int) citations.stream().map(c -> c.outlet().equals("unknown") ? "?" + c.article() : c.outlet()).distinct().count();
    }
}
