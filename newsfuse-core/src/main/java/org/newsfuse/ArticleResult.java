package org.newsfuse;

import java.util.List;
import java.util.Optional;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.ingest.SourceDocument;

/**
 * What {@link NewsFuse#article} made of one in-memory article.
 *
 * @param document    the document, or empty when there was no article text (the diagnostics say why)
 * @param diagnostics what went wrong or was repaired
 */
public record ArticleResult(Optional<SourceDocument> document, List<Diagnostic> diagnostics) {

    public ArticleResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
