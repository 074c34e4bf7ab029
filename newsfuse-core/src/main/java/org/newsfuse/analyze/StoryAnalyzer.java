package org.newsfuse.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsfuse.base.MappedText;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Article;
import org.newsfuse.clean.Block;

/**
 * Stage 3, analyze: splits every paragraph of every article into sentences, maps them to spans of the
 * original text, and computes the story's terms. Immutable and thread-safe.
 */
public final class StoryAnalyzer {

    private final SentenceSplitter splitter;
    private final TermAnalyzer terms;

    public StoryAnalyzer(SentenceSplitter splitter, TermAnalyzer terms) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    public AnalyzedStory analyze(String storyId, List<Article> articles) {
        List<Sentence> sentences = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            int index = 0;
            for (int b = 0; b < article.blocks().size(); b++) {
                Block block = article.blocks().get(b);
                if (block.kind() != Block.Kind.PARAGRAPH) {
                    continue;
                }
                MappedText text = block.text();
                for (Span local : splitter.split(text.text())) {
                    String sentenceText = collapseWhitespace(local.of(text.text()));
                    Span original = text.toOriginal(local.start(), local.end());
                    TermAnalyzer.WordsAndTerms analysis = terms.wordsAndTerms(sentenceText);
                    sentences.add(new Sentence(a, index++, b, original, sentenceText, analysis.terms(), analysis.words(),
                            Sentence.numbersIn(sentenceText), countWords(sentenceText)));
                }
            }
        }
        return new AnalyzedStory(storyId, articles, sentences, new StoryTerms(sentences, articles.size()));
    }

    static String collapseWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    static int countWords(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
