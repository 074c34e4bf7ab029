package org.newsfuse.analyze;

import java.util.List;
import org.newsfuse.base.Span;

/** Splits running text into sentences. Implementations are immutable and thread-safe. */
public interface SentenceSplitter {

    /** The sentences of {@code text} as trimmed, non-empty, ordered, non-overlapping spans into it. */
    List<Span> split(String text);
}
