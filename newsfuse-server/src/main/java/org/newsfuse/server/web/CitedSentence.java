package org.newsfuse.server.web;

import java.util.List;
import org.newsfuse.summarize.Citation;
import org.newsfuse.summarize.SummarySentence;

/**
 * A summary sentence as the pages show it.
 *
 * @param text      the sentence
 * @param support   how many distinct outlets report it
 * @param citations every article reporting it, its own article first, with the span of its sentence
 */
public record CitedSentence(String text, int support, List<Citation> citations) {

    public CitedSentence {
        citations = List.copyOf(citations);
    }

    public static CitedSentence of(SummarySentence sentence) {
        return new CitedSentence(sentence.text(), sentence.support(), sentence.citations());
    }
}
