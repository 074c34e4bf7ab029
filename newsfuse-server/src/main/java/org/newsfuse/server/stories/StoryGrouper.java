package org.newsfuse.server.stories;

import java.util.Optional;
import org.newsfuse.NewsFuse;
import org.newsfuse.GroupOptions;
import org.newsfuse.group.StoryStream;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.server.store.NewArticle;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.Placement;
import org.newsfuse.server.store.StoredArticle;

/**
 * Places articles in stories with the grouping stage's online run. Its state follows from the stored
 * articles alone: story {@code n} is the run's {@code story-n}, and replaying the stored articles
 * in arrival order rebuilds the run exactly, so after a restart the next article lands where it
 * would have without the restart. Used by one thread at a time (the store's writer).
 */
public final class StoryGrouper {

    private final NewsFuse newsfuse;
    private final GroupOptions settings;
    private StoryStream run;
    /** Replayed articles whose story differed from the stored one (0 unless the grouping stage changed). */
    private long replayMismatches;

    public StoryGrouper(NewsFuse newsfuse, GroupOptions settings) {
        this.newsfuse = newsfuse;
        this.settings = settings;
        this.run = newsfuse.stream(settings);
    }

    /** Rebuilds the run from every stored article; returns how many were replayed. */
    public synchronized long restore(NewsStore store) {
        run = newsfuse.stream(settings);
        replayMismatches = 0;
        long[] count = {0};
        store.forEachArticle(article -> {
            StoryStream.Assignment p = run.add(document(article));
            if (storyNumber(p) != article.story()) {
                replayMismatches++;
            }
            count[0]++;
        });
        return count[0];
    }

    /** Places an article about to be stored with id {@code id} (ids are consecutive in arrival order). */
    public synchronized Placement place(NewArticle article, long id) {
        if (id != run.size() + 1L) {
            throw new IllegalStateException("article " + id + " placed after " + run.size() + " articles: the grouping is out of step");
        }
        StoryStream.Assignment p = run.add(new SourceDocument(Long.toString(id), "article " + id, article.text(), article.outlet(),
                article.title(), article.date()));
        return new Placement(storyNumber(p), p.copyOf().map(c -> c.duplicateOf() + 1L));
    }

    /** The stream names its stories story-1, story-2, ... in the order it opens them; the store numbers them the same. */
    private static long storyNumber(StoryStream.Assignment assignment) {
        return Long.parseLong(assignment.story().substring(assignment.story().lastIndexOf('-') + 1));
    }

    public synchronized long replayMismatches() {
        return replayMismatches;
    }

    private static SourceDocument document(StoredArticle article) {
        return new SourceDocument(Long.toString(article.id()), "article " + article.id(), article.text(), article.outlet(), article.title(),
                article.date());
    }
}
