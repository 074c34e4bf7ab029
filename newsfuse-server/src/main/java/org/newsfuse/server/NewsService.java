package org.newsfuse.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.newsfuse.NewsFuse;
import org.newsfuse.GroupOptions;
import org.newsfuse.server.ingest.ArticlePreparer;
import org.newsfuse.server.ingest.Ingestor;
import org.newsfuse.server.store.Database;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.SqliteStore;
import org.newsfuse.server.stories.StoryGrouper;
import org.newsfuse.server.stories.StoryRefresher;
import org.newsfuse.server.stories.StoryUpdates;
import org.newsfuse.server.stories.StoryVersionBuilder;

/**
 * The service without its HTTP face: the store, the ingest entry point, the online grouping, the
 * background recomputation and the update announcements, wired together and started. Route
 * registrars (the JSON API, web pages, feeds) receive it and use its parts.
 */
public final class NewsService implements AutoCloseable {

    /** A failed story recomputation is tried again after 1 s, then 2, 4, 8 and 16 s. */
    private static final long REFRESH_RETRY_MILLIS = 1_000;

    private final ServiceConfig config;
    private final SqliteStore store;
    private final StoryUpdates updates;
    private final StoryGrouper grouper;
    private final StoryRefresher refresher;
    private final Ingestor ingestor;
    private final PrometheusMeterRegistry metrics;
    private final long replayed;
    private final NewsFuse newsfuse;
    private boolean closed;

    private NewsService(ServiceConfig config, SqliteStore store, StoryUpdates updates, StoryGrouper grouper, StoryRefresher refresher,
                        Ingestor ingestor, PrometheusMeterRegistry metrics, long replayed, NewsFuse newsfuse) {
        this.newsfuse = newsfuse;
        this.config = config;
        this.store = store;
        this.updates = updates;
        this.grouper = grouper;
        this.refresher = refresher;
        this.ingestor = ingestor;
        this.metrics = metrics;
        this.replayed = replayed;
    }

    /**
     * Opens the database (migrating it), rebuilds the grouping from the stored articles, and starts
     * the writer and the refresher (which first catches up every story left stale).
     */
    public static NewsService start(ServiceConfig config) {
        return start(config, NewsFuse.load());
    }

    /** As {@link #start(ServiceConfig)}, with a front door the caller loaded (the models load once per process). */
    public static NewsService start(ServiceConfig config, NewsFuse newsfuse) {
        SqliteStore store = SqliteStore.open(config.database());
        try {
            StoryUpdates updates = new StoryUpdates();
            StoryGrouper grouper = new StoryGrouper(newsfuse, GroupOptions.defaults());
            long replayed = grouper.restore(store);
            StoryRefresher refresher = new StoryRefresher(store, new StoryVersionBuilder(newsfuse), updates, config.debounceMillis(),
                    REFRESH_RETRY_MILLIS, config.refreshCapacity());
            Ingestor ingestor = new Ingestor(store, grouper, updates, new ArticlePreparer(newsfuse), refresher::storyChanged,
                    config.queueCapacity());
            refresher.yieldTo(ingestor::busy);
            refresher.start();
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new JvmMemoryMetrics().bindTo(metrics);
            new JvmThreadMetrics().bindTo(metrics);
            Gauge.builder("newsfuse_ingest_queue_articles", ingestor, Ingestor::queued).description("articles waiting for the writer")
                    .register(metrics);
            Gauge.builder("newsfuse_refresh_pending_stories", refresher, StoryRefresher::pending)
                    .description("stories waiting in memory to be recomputed").register(metrics);
            io.micrometer.core.instrument.FunctionCounter.builder("newsfuse_articles_stored", ingestor, Ingestor::stored)
                    .description("articles stored since start").register(metrics);
            io.micrometer.core.instrument.FunctionCounter.builder("newsfuse_ingest_commits", ingestor, Ingestor::commits)
                    .description("transactions that stored articles (group commit: many articles per commit)").register(metrics);
            io.micrometer.core.instrument.FunctionCounter.builder("newsfuse_articles_duplicate", ingestor, Ingestor::duplicates)
                    .description("articles sent again and not stored twice").register(metrics);
            io.micrometer.core.instrument.FunctionCounter.builder("newsfuse_story_versions_computed", refresher, StoryRefresher::recomputed)
                    .description("story versions computed since start").register(metrics);
            io.micrometer.core.instrument.FunctionCounter.builder("newsfuse_story_refresh_failures", refresher, StoryRefresher::failures)
                    .description("story recomputations that failed (the story stays stale and is retried)").register(metrics);
            io.micrometer.core.instrument.FunctionCounter.builder("newsfuse_story_refresh_given_up", refresher, StoryRefresher::givenUp)
                    .description("stories left stale after every retry failed, until they change again").register(metrics);
            return new NewsService(config, store, updates, grouper, refresher, ingestor, metrics, replayed, newsfuse);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The library's front door this service calls. */
    public NewsFuse newsfuse() {
        return newsfuse;
    }

    public ServiceConfig config() {
        return config;
    }

    public NewsStore store() {
        return store;
    }

    /** The database under the store, for packages with tables of their own (feeds). */
    public Database database() {
        return store.database();
    }

    /** The one entry point for articles. */
    public Ingestor ingestor() {
        return ingestor;
    }

    /** Story changes, for live pages and server-sent events. */
    public StoryUpdates updates() {
        return updates;
    }

    public StoryRefresher refresher() {
        return refresher;
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /** Articles replayed into the grouping at start. */
    public long replayed() {
        return replayed;
    }

    public long replayMismatches() {
        return grouper.replayMismatches();
    }

    /** Stores what is queued, lets the refresher finish what it holds (bounded by the drain time), and closes the store. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long deadline = System.currentTimeMillis() + config.drainMillis();
        ingestor.drain(config.drainMillis());
        refresher.drain(Math.max(1, deadline - System.currentTimeMillis()));
        store.close();
    }
}
