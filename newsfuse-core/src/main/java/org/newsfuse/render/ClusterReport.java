package org.newsfuse.render;

import java.util.List;
import java.util.Objects;
import org.newsfuse.group.Clustering;
import org.newsfuse.ingest.SourceDocument;

/**
 * Articles grouped into stories, ready to render.
 *
 * @param articles   the articles as given; the clustering's indexes point into this list
 * @param clustering the stories and the syndicated copies among the articles
 */
public record ClusterReport(List<SourceDocument> articles, Clustering clustering) {

    public ClusterReport {
        articles = List.copyOf(articles);
        Objects.requireNonNull(clustering, "clustering");
    }
}
