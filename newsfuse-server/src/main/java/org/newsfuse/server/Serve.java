package org.newsfuse.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.newsfuse.server.feed.FeedFollowing;
import org.newsfuse.server.feed.FollowerSettings;
import org.newsfuse.server.ingest.FileImporter;

/**
 * Runs the service until the process is told to stop (SIGTERM, Ctrl-C): then it stops taking
 * requests, stores every queued article, lets the refresher finish within the drain time, and closes
 * the store. What {@code newsfuse serve} does after parsing its options.
 */
public final class Serve {

    /** The example stories bundled with newsfuse, loaded by {@code serve --demo}. */
    static final List<String> DEMO_FILES = List.of("harbor-bridge/coastline.txt", "harbor-bridge/courier.txt", "harbor-bridge/meridian.txt",
            "harbor-bridge/outlets.txt");

    private Serve() {
    }

    /** Starts the service and its server, prints where it listens, and blocks until the process is stopped. */
    public static void runUntilStopped(ServiceConfig config, boolean demo, PrintWriter out) {
        runUntilStopped(config, demo, java.util.Optional.empty(), out);
    }

    /**
     * As {@link #runUntilStopped(ServiceConfig, boolean, PrintWriter)}, following the feeds of {@code
     * feedList} (OPML or one URL a line) besides those already in the database; an unusable entry is one
     * printed line, the others are followed.
     */
    public static void runUntilStopped(ServiceConfig config, boolean demo, java.util.Optional<Path> feedList, PrintWriter out) {
        NewsService service = NewsService.start(config);
        NewsServer server;
        FeedFollowing feeds = null;
        try {
            if (demo) {
                loadDemo(service, out);
            }
            feeds = FeedFollowing.start(service, FollowerSettings.defaults());
            if (feedList.isPresent()) {
                feeds.followAll(feedList.get()).forEach(d -> out.println("newsfuse: " + d.toLine()));
            }
            server = NewsServer.builder(service).routes(ServiceRoutes.standard()).routes(feeds.routes()).start();
        } catch (RuntimeException e) {
            if (feeds != null) {
                feeds.close();
            }
            service.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        FeedFollowing following = feeds;
        Thread hook = new Thread(() -> {
            server.close();
            following.close();
            service.close();
            stopped.countDown();
        }, "newsfuse-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        var stats = service.store().stats();
        out.printf("newsfuse: serving http://%s:%d (database %s: %d articles, %d stories)%n", config.bind(), server.port(),
                config.database(), stats.articles(), stats.stories());
        out.printf("newsfuse: following %d feeds (GET /api/feeds)%n", following.follower().feeds().size());
        if (config.writeToken().isEmpty()) {
            out.println("newsfuse: no --token or NEWSFUSE_TOKEN given; write token for this run: " + server.writeToken());
        }
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the bundled examples to a temporary folder and imports them. */
    static void loadDemo(NewsService service, PrintWriter out) {
        try {
            Path folder = Files.createTempDirectory("newsfuse-demo");
            folder.toFile().deleteOnExit();
            for (String name : DEMO_FILES) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = Serve.class.getResourceAsStream("/demo/examples/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the bundled example " + name + " is missing from the jar");
                    }
                    Files.copy(in, target);
                }
                target.toFile().deleteOnExit();
            }
            FileImporter.Report report = new FileImporter(service.newsfuse(), service.ingestor()).importPaths(List.of(folder.resolve("harbor-bridge").toString()),
                    folder, InputStream::nullInputStream);
            out.printf("newsfuse: demo: %d example articles loaded%n", report.stored() + report.duplicates());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled examples", e);
        }
    }
}
