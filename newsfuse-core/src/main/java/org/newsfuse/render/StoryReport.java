package org.newsfuse.render;

import java.util.List;
import java.util.Objects;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.summarize.Summary;

/**
 * Everything newsfuse found for one story, ready to render.
 *
 * @param story        the story id
 * @param articles     the cleaned articles, in input order; citations' numbers follow this order
 * @param sentences    how many body sentences each article has, index for index
 * @param summary      the cited summary
 * @param diagnostics  what went wrong or was repaired while processing this story
 */
public record StoryReport(String story, List<Article> articles, List<Integer> sentences, Summary summary,
                          List<Diagnostic> diagnostics) {

    public StoryReport {
        Objects.requireNonNull(story, "story");
        articles = List.copyOf(articles);
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(summary, "summary");
        diagnostics = List.copyOf(diagnostics);
    }

    /** The 1-based number of an article, as citations show it. */
    public int number(String articleId) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(articleId)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no article '" + articleId + "' in story " + story);
    }
}
