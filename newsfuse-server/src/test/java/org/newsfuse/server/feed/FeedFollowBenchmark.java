package org.newsfuse.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.ServiceConfig;
import org.newsfuse.server.TestService;

/**
 * The feed-following benchmark (docs/BENCHMARKS.md), run only when named:
 * {@code mvn -B -ntp -q -pl newsfuse-server -am verify -Dtest=FeedFollowBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * 200 feeds of 20 items on 50 loopback hosts (127.0.0.1-50), every response delayed 20 ms by the
 * server, followed into the real service (SQLite file, extraction, cleaning, grouping, story
 * recomputation) until every item is handled. Prints pages/s and memory; asserts that every item is
 * stored once and that no host saw two requests closer than the follower's per-host delay.
 */
class FeedFollowBenchmark {

    private static final int HOSTS = Integer.getInteger("bench.hosts", 50);
    private static final int FEEDS = Integer.getInteger("bench.feeds", 200);
    private static final int ITEMS = Integer.getInteger("bench.items", 20);
    private static final long RESPONSE_DELAY_MILLIS = 20;
    private static final long HOST_DELAY_MILLIS = Long.getLong("bench.hostDelayMillis", 100);
    private static final int WORKERS = Integer.getInteger("bench.workers", 8);
    /** {@code service} (default): into the real service; {@code count}: a sink that only counts, to see the follower's own pace. */
    private static final String SINK = System.getProperty("bench.sink", "service");

    private static final String[] PLACES = {"Port Alder", "Kestrel Bay", "Millbrook", "Harrow Point", "Linden Vale", "Saltmarsh",
        "Oakridge", "Fennick", "Graystone", "Willow Ford"};
    private static final String[] TOPICS = {"a new library wing", "the harbour dredging contract", "a flood barrier", "school bus routes",
        "a cycling bridge", "the night market", "water meter upgrades", "a coastal footpath", "the fire station roof", "a solar farm"};

    static String article(int feed, int item) {
        String place = PLACES[(feed * 7 + item) % PLACES.length];
        String topic = TOPICS[(feed * 3 + item * 5) % TOPICS.length];
        String name = "Councillor " + (char) ('A' + feed % 26) + ". " + new String[] {"Okonkwo", "Lindqvist", "Marsh", "Ferreira", "Tanaka"}[item % 5];
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + place + " votes on " + topic + " (" + feed + "-" + item
                + ")</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + place + " votes on " + topic + "</h1>"
                + "<p>The council of " + place + " voted " + (5 + item % 4) + " to " + (item % 3) + " on meeting number " + (feed * 100 + item)
                + " to fund " + topic + ", after a debate that ran past midnight and drew " + (40 + feed % 60) + " residents.</p>"
                + "<p>" + name + " said the plan for " + topic + " had been revised " + (1 + item % 6) + " times since the spring and "
                + "that the cost, put at " + (200 + feed * 3 + item) + " thousand, would be shared with the regional authority.</p>"
                + "<p>Work on " + topic + " in " + place + " is due to start in week " + (1 + (feed + item) % 50) + ", and residents can "
                + "read the full proposal at the town hall until the end of the month.</p></article></body></html>";
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void follows200FeedsOf20Items(@TempDir Path dir) throws Exception {
        List<LoopbackSite> sites = new ArrayList<>();
        try {
            for (int h = 0; h < HOSTS; h++) {
                LoopbackSite site = new LoopbackSite("127.0.0." + (h + 1)).delay(RESPONSE_DELAY_MILLIS);
                site.route("/robots.txt", LoopbackSite.text("text/plain", "User-agent: *\nDisallow: /private/\n"));
                sites.add(site);
            }
            List<FeedSubscription> subscriptions = new ArrayList<>();
            for (int f = 0; f < FEEDS; f++) {
                LoopbackSite site = sites.get(f % HOSTS);
                String base = site.url("").toString();
                List<String> items = new ArrayList<>();
                for (int i = 0; i < ITEMS; i++) {
                    String path = "/f" + f + "/" + i + ".html";
                    site.route(path, LoopbackSite.text("text/html; charset=utf-8", article(f, i)));
                    items.add(Fixtures.item("Item " + f + "-" + i, base + path + "?utm_source=rss", "f" + f + "-" + i, null, i + 1));
                }
                site.route("/f" + f + ".rss", LoopbackSite.text("application/rss+xml",
                        Fixtures.rss("utf-8", "Bench Outlet " + f, items.toArray(String[]::new))));
                subscriptions.add(new FeedSubscription(site.url("/f" + f + ".rss"), Optional.of("Bench Outlet " + f)));
            }

            boolean intoService = SINK.equals("service");
            NewsService service = !intoService ? null : NewsService.start(ServiceConfig.defaults().withDatabase(dir.resolve("bench.db")).withPort(0)
                    .withWriteToken("bench"), TestService.newsfuse());
            FollowerSettings settings = FollowerSettings.defaults().withMinHostDelay(Duration.ofMillis(HOST_DELAY_MILLIS))
                    .withWorkerThreads(WORKERS);
            AtomicLong peakHeap = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            long handled;
            long requestsAtEnd;
            AtomicLong ingestNanos = new AtomicLong();
            java.util.Map<String, Integer> counted = new java.util.concurrent.ConcurrentHashMap<>();
            ArticleSink serviceSink = intoService ? new ServiceSink(service.ingestor()) : article -> {
                counted.merge(article.url().toString(), 1, Integer::sum);
                return new ArticleSink.Delivery.Accepted(article.url().toString());
            };
            ArticleSink timed = article -> {
                long t0 = System.nanoTime();
                try {
                    return serviceSink.deliver(article);
                } finally {
                    ingestNanos.addAndGet(System.nanoTime() - t0);
                }
            };
            try (FeedFollower follower = new FeedFollower(settings,
                    intoService ? new SqlFeedStore(service.database()) : new MemoryFeedStore(), timed)) {
                follower.start();
                record Following(FeedFollower follower) {
                }
                Following following = new Following(follower);
                subscriptions.forEach(following.follower()::follow);
                while (true) {
                    handled = 0;
                    long pending = 0;
                    int polled = 0;
                    for (FeedState s : following.follower().feeds()) {
                        handled += s.itemsIngested() + s.itemsFromFeedText() + s.itemsFailed() + s.itemsDuplicate();
                        pending += s.itemsPending();
                        polled += s.polls() > 0 ? 1 : 0;
                    }
                    if (handled == (long) FEEDS * ITEMS && pending == 0 && polled == FEEDS) {
                        break;
                    }
                    Thread.sleep(100);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                requestsAtEnd = sites.stream().mapToLong(s -> s.hits().size()).sum();
                long fromText = following.follower().feeds().stream().mapToLong(FeedState::itemsFromFeedText).sum();
                long failed = following.follower().feeds().stream().mapToLong(FeedState::itemsFailed).sum();
                sampler.interrupt();
                long rssKb = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                        .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
                double minGap = sites.stream().mapToDouble(LoopbackSite::minGapMillis).min().orElse(Double.NaN);
                System.out.printf("FEED BENCHMARK: %d feeds x %d items on %d hosts, response delay %d ms, host delay %d ms, %d workers, sink %s%n",
                        FEEDS, ITEMS, HOSTS, RESPONSE_DELAY_MILLIS, HOST_DELAY_MILLIS, WORKERS, SINK);
                System.out.printf("FEED BENCHMARK: %.1f s to completion; %d requests (%.1f/s); %d pages ingested (%.1f pages/s); "
                                + "from feed text %d; failed %d%n", seconds, requestsAtEnd, requestsAtEnd / seconds, (long) FEEDS * ITEMS - fromText - failed,
                        ((long) FEEDS * ITEMS - fromText - failed) / seconds, fromText, failed);
                System.out.printf("FEED BENCHMARK: time inside the service's ingest (extract, clean, commit), summed over threads: %.1f s; "
                        + "CPU load average at the end: %.1f on %d cores%n", ingestNanos.get() / 1e9,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
                System.out.printf("FEED BENCHMARK: peak heap used %d MB (max %d MB); peak RSS %d MB; least gap between two requests to one host %.1f ms%n",
                        peakHeap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20, rssKb >> 10, minGap);
                assertEquals(0, fromText + failed, "every page should have been read");
            }
            // every item stored once
            Set<String> urls = new HashSet<>();
            AtomicLong articles = new AtomicLong();
            if (intoService) {
                service.store().forEachArticle(a -> {
                    articles.incrementAndGet();
                    urls.add(a.url().orElseThrow());
                });
                System.out.printf("FEED BENCHMARK: %d articles stored, %d distinct URLs, database %d MB%n", articles.get(), urls.size(),
                        service.database().bytes() >> 20);
                service.close();
            } else {
                counted.forEach((url, n) -> {
                    articles.addAndGet(n);
                    urls.add(url);
                });
                System.out.printf("FEED BENCHMARK: %d articles delivered, %d distinct URLs%n", articles.get(), urls.size());
            }
            assertEquals((long) FEEDS * ITEMS, articles.get());
            assertEquals((long) FEEDS * ITEMS, urls.size());
            for (LoopbackSite site : sites) {
                assertTrue(site.minGapMillis() >= HOST_DELAY_MILLIS, site.url("/") + " hit " + site.minGapMillis() + " ms apart");
                assertTrue(site.hits().stream().noneMatch(h -> h.path().startsWith("/private/")));
            }
        } finally {
            sites.forEach(LoopbackSite::close);
        }
    }
}
