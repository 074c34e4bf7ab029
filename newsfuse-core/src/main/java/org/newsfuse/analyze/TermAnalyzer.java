package org.newsfuse.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Words and content terms of a text, by Lucene's English analysis: standard tokenizer, possessives
 * removed, lower case, Porter stems. Content terms are the words that are not English stop words
 * (exactly what Lucene's {@code EnglishAnalyzer} produces); the full word sequence keeps the stop
 * words, unstemmed, which phrase-level features such as word bigrams need. The one place that speaks
 * Lucene's token-stream protocol. Thread-safe: Lucene's analyzer keeps its components per thread.
 */
public final class TermAnalyzer implements AutoCloseable {

    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    /** EnglishAnalyzer's chain, except that stop words are kept, marked so the stemmer leaves them alone. */
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new SetKeywordMarkerFilter(result, STOP_WORDS);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    /** The stemmed content terms of {@code text}, in order, repeats kept. */
    public List<String> terms(String text) {
        return terms(text, Integer.MAX_VALUE);
    }

    /** The first {@code limit} stemmed content terms of {@code text}; the rest of the text is not analysed. */
    public List<String> terms(String text, int limit) {
        return analyze(text, limit, false);
    }

    /** Every word of {@code text} in order: content words stemmed as {@link #terms} stems them, stop words as they are. */
    public List<String> words(String text) {
        return analyze(text, Integer.MAX_VALUE, true);
    }

    /** Whether a word of {@link #words} is a stop word (a content word whose stem is one, such as "its", counts as one here). */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** Both at once, from one pass over the text. */
    public WordsAndTerms wordsAndTerms(String text) {
        List<String> words = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        analyze(text, Integer.MAX_VALUE, words, terms);
        return new WordsAndTerms(words, terms);
    }

    /** @param words every word, stop words kept; @param terms the content terms among them */
    public record WordsAndTerms(List<String> words, List<String> terms) {
    }

    private List<String> analyze(String text, int limit, boolean keepStopWords) {
        List<String> words = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        analyze(text, limit, keepStopWords ? words : null, terms);
        return keepStopWords ? words : terms;
    }

    /** Fills {@code words} (when given) and {@code terms}, stopping once {@code limit} terms are found. */
    private void analyze(String text, int limit, List<String> words, List<String> terms) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            // the stop-word marker, not the stemmed form: "its" stems to "it" but is a content word
            KeywordAttribute stopWord = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            while (terms.size() < limit && stream.incrementToken()) {
                String value = term.toString();
                if (words != null) {
                    words.add(value);
                }
                if (!stopWord.isKeyword()) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
