package org.newsfuse.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The articles of one story, as read from a stories input or as grouped by the job.
 *
 * @param id       the story's id
 * @param order    its place in the output: the input order of its first article
 * @param articles its articles, in input order
 */
public record StoryRow(String id, long order, List<ArticleRow> articles) implements Serializable {

    public StoryRow {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
    }
}
