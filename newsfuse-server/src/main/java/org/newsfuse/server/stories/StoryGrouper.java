package org.newsfuse.server.stories;

import java.util.Optional;
import org.newsfuse.NewsFuse;
import org.newsfuse.group.StoryClusterer;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.server.store.NewArticle;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.Placement;
import org.newsfuse.server.store.StoredArticle;

/**
 * Places articles in stories with the grouping stage's online run. Its state follows from the stored
 * articles alone: story {@code n + 1} is the run's story {@code n}, and replaying the stored articles
 * in arrival order rebuilds the run exactly, so after a restart the next article lands where it
 * would have without the restart. Used by one thread at a time (the store's writer).
 */
public final class StoryGrouper {

    private final StoryClusterer settings;
    private StoryClusterer.Online run;
    /** Replayed articles whose story differed from the stored one (0 unless the grouping stage changed). */
    private long replayMismatches;

    public StoryGrouper(StoryClusterer settings) {
        this.settings = settings;
        this.run = NewsFuse.groupOnline(settings);
    }

    /** Rebuilds the run from every stored article; returns how many were replayed. */
    public synchronized long restore(NewsStore store) {
        run = NewsFuse.groupOnline(settings);
        replayMismatches = 0;
        long[] count = {0};
        store.forEachArticle(article -> {
            StoryClusterer.Placement p = run.add(document(article));
            if (p.story() + 1 != article.story()) {
                replayMismatches++;
            }
            count[0]++;
        });
        return count[0];
    }

    /** Places an article about to be stored with id {@code id} (ids are consecutive in arrival order). */
    public synchronized Placement place(NewArticle article, long id) {
        if (id != run.size() + 1) {
            throw new IllegalStateException("article " + id + " placed after " + run.size() + " articles: the grouping is out of step");
        }
        StoryClusterer.Placement p = run.add(new SourceDocument(Long.toString(id), "article " + id, article.text(), article.outlet(),
                article.title(), article.date()));
        return new Placement(p.story() + 1, p.copyOf().isPresent() ? Optional.of(p.copyOf().getAsInt() + 1L) : Optional.empty());
    }

    public synchronized long replayMismatches() {
        return replayMismatches;
    }

    private static SourceDocument document(StoredArticle article) {
        return new SourceDocument(Long.toString(article.id()), "article " + article.id(), article.text(), article.outlet(), article.title(),
                article.date());
    }
}
