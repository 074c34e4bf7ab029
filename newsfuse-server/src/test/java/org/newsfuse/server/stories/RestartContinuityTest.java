package org.newsfuse.server.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.ServiceConfig;
import org.newsfuse.server.SyntheticArticles;
import org.newsfuse.server.TestService;
import org.newsfuse.server.ingest.ArticleSubmission;
import org.newsfuse.server.ingest.IngestReceipt;

/**
 * A restart continues the grouping exactly: the same articles sent to a service that is stopped and
 * started again halfway (twice) land in the same stories as in a service that ran throughout.
 */
class RestartContinuityTest {

    @TempDir
    Path folder;

    @Test
    void storiesAfterRestartsEqualStoriesWithoutThem() {
        List<ArticleSubmission> articles = new ArrayList<>();
        for (SyntheticArticles.Item item : SyntheticArticles.generate(240, 5)) {
            articles.add(new ArticleSubmission(Optional.of(item.text()), Optional.empty(), Optional.of(item.url()), Optional.of(item.outlet()),
                    Optional.of(item.title()), Optional.empty(), List.of(), item.url()));
        }
        List<Long> uninterrupted;
        try (NewsService service = start("straight.db")) {
            uninterrupted = stories(service, articles);
        }
        List<Long> restarted = new ArrayList<>();
        int[] cuts = {0, 70, 160, articles.size()};
        for (int part = 0; part < 3; part++) {
            try (NewsService service = start("restarted.db")) {
                assertEquals(cuts[part], service.replayed());
                assertEquals(0, service.replayMismatches());
                restarted.addAll(stories(service, articles.subList(cuts[part], cuts[part + 1])));
            }
        }
        assertEquals(uninterrupted, restarted);
        assertTrue(uninterrupted.stream().distinct().count() > 3, "the test articles should form several stories: " + uninterrupted);
    }

    private NewsService start(String name) {
        return NewsService.start(ServiceConfig.defaults().withDatabase(folder.resolve(name)).withDebounceMillis(10_000), TestService.newsfuse());
    }

    private static List<Long> stories(NewsService service, List<ArticleSubmission> articles) {
        List<Long> out = new ArrayList<>();
        for (ArticleSubmission a : articles) {
            IngestReceipt r = service.ingestor().ingest(a);
            out.add(r.story());
        }
        return out;
    }
}
