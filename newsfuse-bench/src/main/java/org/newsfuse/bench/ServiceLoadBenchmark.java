package org.newsfuse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * <pre>java -XX:TieredStopAtLevel=1 -cp newsfuse-bench/target/newsfuse-bench.jar org.newsfuse.bench.ServiceLoadBenchmark
 *     --jar newsfuse-cli/target/newsfuse.jar --data ../shared/data/multinews/multinews_test_5622_lowercased_truncated.jsonl
 *     [--clients 8] [--rate 0] [--limit 0] [--server-jvm "-XX:TieredStopAtLevel=1"]</pre>
 */
public final class ServiceLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "bench-token";

    private ServiceLoadBenchmark() {
    }

    record Doc(String id, String text, String title, String outlet, String date, String label) {
    }

    public static void main(String[] args) throws Exception {
        // one kept-alive connection per client thread and the reader (the JDK keeps 5 by default)
        System.setProperty("http.maxConnections", "32");
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
        System.out.printf("%d articles from %s, %d clients, rate %s; load average %s, %d cores%n", stream.size(), data.getFileName(), clients,
                rate > 0 ? rate + "/s" : "unlimited", loadAverage(), Runtime.getRuntime().availableProcessors());

        Path folder = Files.createTempDirectory("newsfuse-load");
        Path db = folder.resolve("load.db");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g"));
        // the server's JVM options besides -Xmx1g, space-separated ("" for none). By default the C1 compiler only: on two
        // cores the C2 compiler's work (24-31 s of CPU in a run here) and the slower profiling code it leaves running
        // meanwhile cost more than C2's faster code gains within a run of minutes (docs/BENCHMARKS.md)
        String serverJvm = opt.getOrDefault("--server-jvm", "-XX:TieredStopAtLevel=1").trim();
        if (!serverJvm.isEmpty()) {
            command.addAll(List.of(serverJvm.split("\\s+")));
        }
        System.out.println("server JVM: java -Xmx1g " + serverJvm);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--db", db.toString(), "--port", "0", "--token", TOKEN, "--queue", "8192"));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        // stopped with the benchmark (timeout, Ctrl-C), not left running on its own
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
        int port = port(server);
        String base = "http://127.0.0.1:" + port;
        // bodies are written before the clock starts: the client's own work stays out of the measurement
        List<byte[]> bodies = new ArrayList<>(stream.size());
        for (int i = 0; i < stream.size(); i++) {
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
            bodies.add(JSON.writeValueAsBytes(body));
        }

        long[] storyOf = new long[stream.size()];
        long[] ingestNanos = new long[stream.size()];
        long[] ackedAt = new long[stream.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong rejected = new AtomicLong();
        // stories placed so far, for the reader (a copy-on-write list would copy itself on each of 15,000 adds)
        List<Long> placedStories = Collections.synchronizedList(new ArrayList<>());
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
                long story;
                synchronized (placedStories) {
                    story = placedStories.isEmpty() ? 0 : placedStories.get(random.nextInt(placedStories.size()));
                }
                if (story == 0) {
                    sleep(5);
                    continue;
                }
                long t = System.nanoTime();
                Answer r = Answer.get(base + "/api/stories/" + story);
                if (r.status() == 200) {
                    readNanos.add(System.nanoTime() - t);
                }
                sleep(5);
            }
        });

        Map<String, Double> serverCpuAtStart = threadCpuSeconds(server.pid());
        double clientCpuAtStart = processCpuSeconds();
        long start = System.nanoTime();
        reader.start();
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
                    while (true) {
                        long t = System.nanoTime();
                        Answer r = Answer.post(base + "/api/articles", bodies.get(i));
                        if (r.status() == 201 || r.status() == 200) {
                            long now = System.nanoTime();
                            ingestNanos[i] = now - t;
                            ackedAt[i] = now - start;
                            long story = read(r.body()).get("story").asLong();
                            storyOf[i] = story;
                            placedStories.add(story);
                            break;
                        }
                        rejected.incrementAndGet();
                        sleep(r.status() == 503 ? 200 : 50);
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
        Map<String, Double> serverCpu = minus(threadCpuSeconds(server.pid()), serverCpuAtStart);
        double clientCpu = processCpuSeconds() - clientCpuAtStart;
        String loadAfter = loadAverage();
        done.value = true;
        reader.join();
        rssWatch.join();
        JsonNode health = read(Answer.get(base + "/healthz").body());
        server.destroy();
        server.waitFor();

        System.out.printf("acknowledged %d articles in %.1f s: %.0f articles/s (%d retries after 503/errors)%n", stream.size(), seconds,
                stream.size() / seconds, rejected.get());
        // the same rate without the fresh JVM's first quarter (class loading, JIT compilation of every path)
        long[] acks = ackedAt.clone();
        Arrays.sort(acks);
        int quarter = acks.length / 4;
        if (acks.length > 100) {
            System.out.printf("after the first quarter (%d articles, %.1f s): %.0f articles/s%n", quarter, acks[quarter - 1] / 1e9,
                    (acks.length - quarter) / ((acks[acks.length - 1] - acks[quarter - 1]) / 1e9));
        }
        System.out.printf("ingest latency p50 %.1f ms, p99 %.1f ms%n", percentile(ingestNanos, 50), percentile(ingestNanos, 99));
        long[] reads = readNanos.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("GET /api/stories/{id} during ingest: %d reads, p50 %.1f ms, p99 %.1f ms%n", reads.length, percentile(reads, 50),
                percentile(reads, 99));
        double serverTotal = serverCpu.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("CPU from the first request to the last acknowledgement: server %.1f s (%.2f ms/article: %s), this client JVM %.1f s; load average %s%n",
                serverTotal, serverTotal * 1000 / stream.size(), cpuBreakdown(serverCpu), clientCpu, loadAfter);
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

    /** The machine's load averages (1, 5, 15 minutes), as {@code uptime} shows them. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /**
     * CPU seconds (user + system) each group of the server's threads used so far, from
     * {@code /proc/PID/task/TID/stat}: HTTP request threads, the writer, the refresher, the JIT
     * compilers, the garbage collector, the rest.
     */
    static Map<String, Double> threadCpuSeconds(long pid) {
        Map<String, Double> groups = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                    groups.merge(threadGroup(name), seconds, Double::sum);
                } catch (Exception e) {
                    // a thread that ended while we looked
                }
            }
        } catch (Exception e) {
            // not Linux: no breakdown
        }
        return groups;
    }

    private static String threadGroup(String name) {
        if (name.startsWith("JettyServerThre") || name.startsWith("qtp")) {
            return "http";
        }
        if (name.startsWith("newsfuse-writer")) {
            return "writer";
        }
        if (name.startsWith("newsfuse-refres")) {
            return "refresher";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (name.startsWith("G1 ") || name.startsWith("GC ")) {
            return "gc";
        }
        return "other";
    }

    private static String cpuBreakdown(Map<String, Double> groups) {
        StringBuilder out = new StringBuilder();
        groups.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(String.format("%.1f", e.getValue())));
        return out.toString();
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

    /**
     * A response, from a plain keep-alive HTTP/1.1 client ({@link HttpURLConnection}): far less CPU per
     * request than {@code java.net.http.HttpClient}, and the client shares the machine with the server.
     * Status 0: the request failed.
     */
    record Answer(int status, String body) {

        static Answer get(String url) {
            return exchange(url, null);
        }

        static Answer post(String url, byte[] json) {
            return exchange(url, json);
        }

        private static Answer exchange(String url, byte[] json) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(10_000);
                c.setReadTimeout(60_000);
                if (json != null) {
                    c.setRequestMethod("POST");
                    c.setDoOutput(true);
                    c.setFixedLengthStreamingMode(json.length);
                    c.setRequestProperty("Authorization", "Bearer " + TOKEN);
                    c.setRequestProperty("Content-Type", "application/json");
                    try (var out = c.getOutputStream()) {
                        out.write(json);
                    }
                }
                int status = c.getResponseCode();
                // read to the end and close, so the connection goes back to the keep-alive cache
                try (var in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                    String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return new Answer(status, body);
                }
            } catch (Exception e) {
                return new Answer(0, "");
            }
        }
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> out = new java.util.TreeMap<>();
        after.forEach((k, v) -> out.put(k, v - before.getOrDefault(k, 0.0)));
        return out;
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
