package org.newsfuse.server.feed;

import java.nio.file.Path;
import java.util.List;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.RouteRegistrar;

/**
 * Feed following wired into a running service: feeds and their state in the service's database,
 * articles through the service's ingest, routes for the API. {@code newsfuse serve} starts one, adds
 * its {@link #routes()} and closes it before the service.
 *
 * <pre>{@code
 * NewsService service = NewsService.start(config);
 * FeedFollowing feeds = FeedFollowing.start(service, FollowerSettings.defaults());
 * feeds.followAll(Path.of("feeds.opml"));            // diagnostics for unusable entries
 * NewsServer server = NewsServer.builder(service).routes(ServiceRoutes.standard()).routes(feeds.routes()).start();
 * }</pre>
 */
public final class FeedFollowing implements AutoCloseable {

    private final FeedFollower follower;

    private FeedFollowing(FeedFollower follower) {
        this.follower = follower;
    }

    /** Starts following every feed already in the service's database. */
    public static FeedFollowing start(NewsService service, FollowerSettings settings) {
        FeedFollower follower = new FeedFollower(settings, new SqlFeedStore(service.database()), new ServiceSink(service.ingestor()));
        follower.start();
        return new FeedFollowing(follower);
    }

    /** Follows every feed of an OPML file or a plain list (feeds already followed stay as they are). */
    public List<Diagnostic> followAll(Path feedList) {
        FeedList list = new FeedListReader().read(feedList);
        list.feeds().forEach(follower::follow);
        return list.diagnostics();
    }

    public FeedFollower follower() {
        return follower;
    }

    public RouteRegistrar routes() {
        return new FeedRoutes(follower);
    }

    /** Stops polling; requests in flight are abandoned (their items are tried again after a restart). */
    @Override
    public void close() {
        follower.close();
    }
}
