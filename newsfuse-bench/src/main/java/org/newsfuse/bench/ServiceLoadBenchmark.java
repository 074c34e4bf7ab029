package org.newsfuse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.GroupOptions;
import org.newsfuse.NewsFuse;
import org.newsfuse.group.Clustering;
import org.newsfuse.ingest.SourceDocument;

/**
 * Load on {@code newsfuse serve} (docs/BENCHMARKS.md, "Service"): the articles of a stories JSONL file
 * (Multi-News) as one shuffled stream (seed 1, the order {@code eval-clusters} uses), posted one
 * article per request by concurrent clients on loopback into a fresh database of a server started from
 * the CLI jar with {@code -Xmx1g}; meanwhile one reader asks for stories already placed. Reports
 * articles/s acknowledged, ingest and story-read latencies, the server's peak RSS, the database size,
 * stored = sent, and the stories' B-cubed F1 against the true stories next to the offline
 * {@code cluster} on the same order.
 *
 * <pre>java -cp newsfuse-bench/target/newsfuse-bench.jar org.newsfuse.bench.ServiceLoadBenchmark
 *     --jar newsfuse-cli/target/newsfuse.jar --data ../shared/data/multinews/multinews_test_5622_lowercased_truncated.jsonl
 *     [--clients 8] [--rate 0] [--limit 0]</pre>
 */
public final class ServiceLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "bench-token";

    private ServiceLoadBenchmark() {
    }

    record Doc(String id, String text, String title, String outlet, String date, String label) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        Path jar = Path.of(opt.getOrDefault("--jar", "newsfuse-cli/target/newsfuse.jar"));
        Path data = Path.of(opt.getOrDefault("--data", "../shared/data/multinews/multinews_test_5622_lowercased_truncated.jsonl"));
        int clients = Integer.parseInt(opt.getOrDefault("--clients", "8"));
        double rate = Double.parseDouble(opt.getOrDefault("--rate", "0"));
        int limit = Integer.parseInt(opt.getOrDefault("--limit", "0"));

        List<Doc> docs = read(data, limit);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(1));
        List<Doc> stream = order.stream().map(docs::get).toList();
        System.out.printf("%d articles from %s, %d clients, rate %s%n", stream.size(), data.getFileName(), clients,
                rate > 0 ? rate + "/s" : "unlimited");

        Path folder = Files.createTempDirectory("newsfuse-load");
        Path db = folder.resolve("load.db");
        Process server = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString(), "serve", "--db", db.toString(), "--port", "0", "--token",
                TOKEN, "--queue", "8192").redirectErrorStream(true).start();
        int port = port(server);
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        long[] storyOf = new long[stream.size()];
        long[] ingestNanos = new long[stream.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong rejected = new AtomicLong();
        CopyOnWriteArrayList<Long> placedStories = new CopyOnWriteArrayList<>();
        ConcurrentLinkedQueue<Long> readNanos = new ConcurrentLinkedQueue<>();
        long[] peakRss = {0};
        DoneFlag done = new DoneFlag();

        Thread rssWatch = new Thread(() -> {
            while (!done.value) {
                peakRss[0] = Math.max(peakRss[0], rssKb(server.pid()));
                sleep(100);
            }
        });
        rssWatch.start();
        Thread reader = new Thread(() -> {
            Random random = new Random(2);
            while (!done.value) {
                if (placedStories.isEmpty()) {
                    sleep(5);
                    continue;
                }
                long story = placedStories.get(random.nextInt(placedStories.size()));
                long t = System.nanoTime();
                HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/api/stories/" + story)).GET());
                if (r != null && r.statusCode() == 200) {
                    readNanos.add(System.nanoTime() - t);
                }
                sleep(5);
            }
        });
        reader.start();

        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread worker = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < stream.size()) {
                    if (rate > 0) {
                        long due = start + (long) (i / rate * 1e9);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    Doc d = stream.get(i);
                    ObjectNode body = JSON.createObjectNode();
                    body.put("text", d.text());
                    // every article has its address; Multi-News repeats some articles under two stories, and each is sent
                    body.put("url", "https://multinews.example/" + d.id() + "/" + i);
                    if (d.title() != null) {
                        body.put("title", d.title());
                    }
                    if (d.outlet() != null) {
                        body.put("outlet", d.outlet());
                    }
                    if (d.date() != null) {
                        body.put("date", d.date());
                    }
                    while (true) {
                        long t = System.nanoTime();
                        HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
                        if (r != null && (r.statusCode() == 201 || r.statusCode() == 200)) {
                            ingestNanos[i] = System.nanoTime() - t;
                            long story = read(r.body()).get("story").asLong();
                            storyOf[i] = story;
                            placedStories.add(story);
                            break;
                        }
                        rejected.incrementAndGet();
                        sleep(r != null && r.statusCode() == 503 ? 200 : 50);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        done.value = true;
        reader.join();
        rssWatch.join();
        JsonNode health = read(send(http, HttpRequest.newBuilder(URI.create(base + "/healthz")).GET()).body());
        server.destroy();
        server.waitFor();

        System.out.printf("acknowledged %d articles in %.1f s: %.0f articles/s (%d retries after 503/errors)%n", stream.size(), seconds,
                stream.size() / seconds, rejected.get());
        System.out.printf("ingest latency p50 %.1f ms, p99 %.1f ms%n", percentile(ingestNanos, 50), percentile(ingestNanos, 99));
        long[] reads = readNanos.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("GET /api/stories/{id} during ingest: %d reads, p50 %.1f ms, p99 %.1f ms%n", reads.length, percentile(reads, 50),
                percentile(reads, 99));
        System.out.printf("server peak RSS %d MB (-Xmx1g); database %d MB; stored %d = sent %d: %s; stale stories at the end %d%n",
                peakRss[0] / 1024, health.get("database_bytes").asLong() >> 20, health.get("articles").asLong(), stream.size(),
                health.get("articles").asLong() == stream.size(), health.get("stale_stories").asLong());

        List<String> gold = stream.stream().map(Doc::label).toList();
        System.out.printf("service stories: %d, B-cubed F1 %.4f%n", Arrays.stream(storyOf).distinct().count(), bcubed(storyOf, gold));
        List<SourceDocument> documents = new ArrayList<>();
        for (int i = 0; i < stream.size(); i++) {
            Doc d = stream.get(i);
            documents.add(new SourceDocument("d" + i, "d" + i, d.text(), Optional.ofNullable(d.outlet()), Optional.ofNullable(d.title()),
                    Optional.ofNullable(d.date()).map(java.time.LocalDate::parse)));
        }
        Clustering offline = NewsFuse.load().group(documents, GroupOptions.defaults()).clustering();
        long[] offlineOf = new long[stream.size()];
        for (int s = 0; s < offline.stories().size(); s++) {
            for (int a : offline.stories().get(s).articles()) {
                offlineOf[a] = s;
            }
        }
        System.out.printf("offline cluster on the same order: %d stories, B-cubed F1 %.4f%n", offline.stories().size(), bcubed(offlineOf, gold));
    }

    private static final class DoneFlag {
        volatile boolean value;
    }

    private static List<Doc> read(Path data, int limit) throws Exception {
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(data)) {
            int stories = 0;
            for (String line; (line = in.readLine()) != null && (limit == 0 || stories < limit); stories++) {
                JsonNode story = JSON.readTree(line);
                for (JsonNode d : story.get("documents")) {
                    String text = d.path("text").asText("");
                    if (text.isBlank()) {
                        continue;
                    }
                    docs.add(new Doc(d.path("id").asText(story.get("id").asText() + "-" + docs.size()), text, textOrNull(d, "title"), textOrNull(d, "source"), textOrNull(d, "date"), story.get("id").asText()));
                }
            }
        }
        return docs;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** B-cubed F1 of predicted groups against gold labels. */
    static double bcubed(long[] predicted, List<String> gold) {
        Map<Long, Integer> size = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            size.merge(predicted[i], 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted[i] + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.length; i++) {
            int b = both.get(predicted[i] + "\u0000" + gold.get(i));
            p += b / (double) size.get(predicted[i]);
            r += b / (double) goldSize.get(gold.get(i));
        }
        p /= predicted.length;
        r /= predicted.length;
        return 2 * p * r / (p + r);
    }

    private static double percentile(long[] nanos, int pct) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(pct / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static int port(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)");
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // discarded
                        }
                    } catch (java.io.IOException ignored) {
                        // server gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
            System.out.println("server: " + line);
        }
        throw new IllegalStateException("the server did not start");
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // process gone
        }
        return 0;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        sleep(millis, 0);
    }

    private static void sleep(long millis, int nanos) {
        try {
            Thread.sleep(millis, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
