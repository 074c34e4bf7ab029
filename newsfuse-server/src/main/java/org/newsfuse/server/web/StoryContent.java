package org.newsfuse.server.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.compare.Comparison;

/**
 * One version of a story as the pages read it: the core's own results, untouched.
 *
 * @param id         the story's id in the service
 * @param title      its title
 * @param version    which recomputation this is, from 1
 * @param updated    when this version was computed
 * @param articles   the cleaned articles, in the order citations number them
 * @param summary    the cited summary, in reading order
 * @param comparison claims, quotes, entities and timeline
 */
public record StoryContent(String id, String title, int version, Instant updated, List<ArticleText> articles, List<CitedSentence> summary,
                           Comparison comparison) {

    public StoryContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updated, "updated");
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The article with this id, if the story has it. */
    public Optional<ArticleText> findArticle(String articleId) {
        return articles.stream().filter(a -> a.id().equals(articleId)).findFirst();
    }
}
