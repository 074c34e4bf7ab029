package org.newsfuse.analyze;

import java.util.List;
import java.util.Objects;
import org.newsfuse.clean.Article;

/**
 * A story ready for summarizing and comparing: its cleaned articles, every body sentence in article
 * then reading order, and the story's term statistics.
 *
 * @param id        the story id
 * @param articles  the cleaned articles; {@link Sentence#articleIndex()} indexes this list
 * @param sentences every body sentence (subheadings excluded)
 * @param terms     term ids, vectors and frequencies for {@code sentences}, index for index
 */
public record AnalyzedStory(String id, List<Article> articles, List<Sentence> sentences, StoryTerms terms) {

    public AnalyzedStory {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(terms, "terms");
    }

    public Article articleOf(Sentence sentence) {
        return articles.get(sentence.articleIndex());
    }
}
