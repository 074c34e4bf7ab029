package org.newsfuse.server.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsfuse.CompareOptions;
import org.newsfuse.NewsFuse;
import org.newsfuse.SummaryOptions;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.render.ComparisonReport;
import org.newsfuse.render.Format;
import org.newsfuse.render.StoryReport;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.StoredArticle;

/**
 * Computes a story's next version from its stored articles through the front door: summary (with
 * citations), comparison, title, lead and outlets. Stateless and thread-safe; the {@link StoryRefresher}
 * decides when it runs.
 */
public final class StoryVersionBuilder implements StoryRefresher.VersionBuilder {

    private final NewsFuse newsfuse;
    private final SummaryOptions summary = SummaryOptions.defaults().withWords(100);
    // without embeddings: loading the model would cost the service memory and start time
    private final CompareOptions compare = CompareOptions.defaults().withEmbeddings(false);

    public StoryVersionBuilder(NewsFuse newsfuse) {
        this.newsfuse = newsfuse;
    }

    @Override
    public NewsStore.NewVersion build(long story, List<StoredArticle> articles) {
        List<SourceDocument> documents = new ArrayList<>(articles.size());
        for (StoredArticle a : articles) {
            documents.add(new SourceDocument(Long.toString(a.id()), "article " + a.id(), a.text(), a.outlet(), a.title(), a.date()));
        }
        StoryInput input = new StoryInput(Long.toString(story), documents, List.of());
        StoryReport report = newsfuse.summarize(input, summary);
        ComparisonReport comparison = newsfuse.compare(input, compare);
        String summaryJson = NewsFuse.render(report, Format.JSON);
        String comparisonJson = NewsFuse.render(comparison, Format.JSON);
        Optional<String> lead = report.summary().sentences().stream().findFirst().map(s -> s.text());
        List<String> outlets = report.articles().stream().map(a -> a.outlet()).flatMap(Optional::stream).distinct().toList();
        return new NewsStore.NewVersion(articles.size(), titleOf(report), lead, outlets, summaryJson, comparisonJson);
    }

    /**
     * The headline of the article the summary opens with, else the first headline (as given, or as the
     * cleaner found it at the top of the text).
     */
    private static Optional<String> titleOf(StoryReport report) {
        Optional<String> leadArticle = report.summary().sentences().stream().findFirst()
                .flatMap(s -> s.citations().stream().findFirst()).map(c -> c.article());
        for (org.newsfuse.clean.Article a : report.articles()) {
            if (leadArticle.isPresent() && a.id().equals(leadArticle.get()) && a.title().isPresent()) {
                return a.title();
            }
        }
        return report.articles().stream().map(org.newsfuse.clean.Article::title).flatMap(Optional::stream).findFirst();
    }
}
