package org.newsfuse.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Content terms of a text: Lucene's English analysis (standard tokenizer, possessives removed, lower
 * case, English stop words dropped, Porter stems). The one place that speaks Lucene's token-stream
 * protocol. Thread-safe: Lucene's analyzer keeps its components per thread.
 */
public final class TermAnalyzer implements AutoCloseable {

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** The stemmed content terms of {@code text}, in order, repeats kept. */
    public List<String> terms(String text) {
        return terms(text, Integer.MAX_VALUE);
    }

    /** The first {@code limit} stemmed content terms of {@code text}; the rest of the text is not analysed. */
    public List<String> terms(String text, int limit) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < limit && stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return terms;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
