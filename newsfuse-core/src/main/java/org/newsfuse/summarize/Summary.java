package org.newsfuse.summarize;

import java.util.List;

/** A summary in reading order, with the algorithm that chose it. */
public record Summary(String algorithm, List<SummarySentence> sentences) {

    public Summary {
        sentences = List.copyOf(sentences);
    }

    public int words() {
        return sentences.stream().mapToInt(SummarySentence::words).sum();
    }
}
