package org.newsfuse.render;

import java.util.List;
import java.util.Objects;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.compare.Comparison;

/**
 * One story's comparison, ready to render.
 *
 * @param articles    the cleaned articles, in input order; the comparison refers to them by id
 * @param comparison  claims, quotes, entities and timeline
 * @param diagnostics what went wrong while processing this story (an article left with no body)
 */
public record ComparisonReport(List<Article> articles, Comparison comparison, List<Diagnostic> diagnostics) {

    public ComparisonReport {
        articles = List.copyOf(articles);
        Objects.requireNonNull(comparison, "comparison");
        diagnostics = List.copyOf(diagnostics);
    }

    /** The story id. */
    public String story() {
        return comparison.story();
    }
}
