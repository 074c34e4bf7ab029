package org.newsfuse.server.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * How the follower behaves: limits, politeness and timing. Immutable; start from {@link #defaults()}
 * and change with the {@code withX} copies.
 *
 * @param userAgent          sent with every request; names newsfuse, its version and where to read about it
 * @param robotName          the token robots.txt rules are matched against
 * @param connectTimeout     time allowed to open a connection
 * @param readTimeout        time allowed for a whole response, headers and body
 * @param maxPageBytes       largest page read, counted on the bytes received and again after gzip
 * @param maxFeedBytes       largest feed document read
 * @param maxRedirects       redirects followed for one request (each one counted, loops detected)
 * @param minHostDelay       least time between the end of one request to a host and the start of the next
 * @param maxCrawlDelay      a robots.txt {@code Crawl-delay} is honoured up to this
 * @param initialPoll        first poll interval of a feed whose rhythm is not known yet
 * @param minPoll            shortest poll interval, however busy the feed
 * @param maxPoll            longest poll interval, however quiet the feed
 * @param backoffBase        first wait after an error; doubles with each further error
 * @param maxBackoff         longest wait after errors
 * @param robotsTtl          how long a host's robots.txt is kept
 * @param itemAttempts       tries of a page that fails for a passing reason (5xx, timeout) before the
 *                           feed's own text is used
 * @param workerThreads      requests in flight at once (to different hosts)
 */
public record FollowerSettings(String userAgent, String robotName, Duration connectTimeout, Duration readTimeout,
                               long maxPageBytes, long maxFeedBytes, int maxRedirects, Duration minHostDelay,
                               Duration maxCrawlDelay, Duration initialPoll, Duration minPoll, Duration maxPoll,
                               Duration backoffBase, Duration maxBackoff, Duration robotsTtl, int itemAttempts,
                               int workerThreads) {

    /** The version named in the User-Agent. */
    public static final String VERSION = "0.1.0";

    public FollowerSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(robotName, "robotName");
        positive("connectTimeout", connectTimeout);
        positive("readTimeout", readTimeout);
        if (maxPageBytes < 1024 || maxFeedBytes < 1024) {
            throw new IllegalArgumentException("maxPageBytes and maxFeedBytes must be at least 1024, got "
                    + maxPageBytes + " and " + maxFeedBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0, got " + maxRedirects);
        }
        Objects.requireNonNull(minHostDelay, "minHostDelay");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        positive("initialPoll", initialPoll);
        positive("minPoll", minPoll);
        positive("maxPoll", maxPoll);
        if (minPoll.compareTo(maxPoll) > 0) {
            throw new IllegalArgumentException("minPoll " + minPoll + " is longer than maxPoll " + maxPoll);
        }
        positive("backoffBase", backoffBase);
        positive("maxBackoff", maxBackoff);
        positive("robotsTtl", robotsTtl);
        if (itemAttempts < 1) {
            throw new IllegalArgumentException("itemAttempts must be >= 1, got " + itemAttempts);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be >= 1, got " + workerThreads);
        }
    }

    private static void positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }

    /** Polite defaults for following real outlets. */
    public static FollowerSettings defaults() {
        return new FollowerSettings("newsfuse/" + VERSION + " (+https://github.com/newsfuse/newsfuse; feed follower)", "newsfuse",
                Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 10L * 1024 * 1024, 5,
                Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(30), Duration.ofMinutes(5),
                Duration.ofHours(12), Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofHours(12), 3, 8);
    }

    public FollowerSettings withUserAgent(String v) {
        return new FollowerSettings(v, robotName, connectTimeout, readTimeout, maxPageBytes, maxFeedBytes, maxRedirects, minHostDelay,
                maxCrawlDelay, initialPoll, minPoll, maxPoll, backoffBase, maxBackoff, robotsTtl, itemAttempts, workerThreads);
    }

    public FollowerSettings withTimeouts(Duration connect, Duration read) {
        return new FollowerSettings(userAgent, robotName, connect, read, maxPageBytes, maxFeedBytes, maxRedirects, minHostDelay,
                maxCrawlDelay, initialPoll, minPoll, maxPoll, backoffBase, maxBackoff, robotsTtl, itemAttempts, workerThreads);
    }

    public FollowerSettings withMaxPageBytes(long v) {
        return new FollowerSettings(userAgent, robotName, connectTimeout, readTimeout, v, maxFeedBytes, maxRedirects, minHostDelay,
                maxCrawlDelay, initialPoll, minPoll, maxPoll, backoffBase, maxBackoff, robotsTtl, itemAttempts, workerThreads);
    }

    public FollowerSettings withMinHostDelay(Duration v) {
        return new FollowerSettings(userAgent, robotName, connectTimeout, readTimeout, maxPageBytes, maxFeedBytes, maxRedirects, v,
                maxCrawlDelay, initialPoll, minPoll, maxPoll, backoffBase, maxBackoff, robotsTtl, itemAttempts, workerThreads);
    }

    public FollowerSettings withPolling(Duration initial, Duration min, Duration max) {
        return new FollowerSettings(userAgent, robotName, connectTimeout, readTimeout, maxPageBytes, maxFeedBytes, maxRedirects,
                minHostDelay, maxCrawlDelay, initial, min, max, backoffBase, maxBackoff, robotsTtl, itemAttempts, workerThreads);
    }

    public FollowerSettings withBackoff(Duration base, Duration max) {
        return new FollowerSettings(userAgent, robotName, connectTimeout, readTimeout, maxPageBytes, maxFeedBytes, maxRedirects,
                minHostDelay, maxCrawlDelay, initialPoll, minPoll, maxPoll, base, max, robotsTtl, itemAttempts, workerThreads);
    }

    public FollowerSettings withItemAttempts(int v) {
        return new FollowerSettings(userAgent, robotName, connectTimeout, readTimeout, maxPageBytes, maxFeedBytes, maxRedirects,
                minHostDelay, maxCrawlDelay, initialPoll, minPoll, maxPoll, backoffBase, maxBackoff, robotsTtl, v, workerThreads);
    }

    public FollowerSettings withWorkerThreads(int v) {
        return new FollowerSettings(userAgent, robotName, connectTimeout, readTimeout, maxPageBytes, maxFeedBytes, maxRedirects,
                minHostDelay, maxCrawlDelay, initialPoll, minPoll, maxPoll, backoffBase, maxBackoff, robotsTtl, itemAttempts, v);
    }
}
