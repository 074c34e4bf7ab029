package org.newsfuse.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.server.TestService;

/**
 * The story page's render time and weight with 100 stories in the database (docs/BENCHMARKS.md). Not
 * part of the test suite: it runs only with {@code -Dnewsfuse.benchmark=true}, reports, and asserts
 * nothing about speed.
 *
 * <pre>
 * mvn -B -ntp -q -pl newsfuse-server -am verify -Dtest=StoryPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dnewsfuse.benchmark=true
 * </pre>
 *
 * The first 100 Multi-News test stories (../shared/data/multinews) are posted through the API; once
 * every story is computed, each story page is fetched over loopback, in a shuffled order, 10 times after
 * a warm-up of 3, and the time from request to the last byte is recorded.
 */
@EnabledIfSystemProperty(named = "newsfuse.benchmark", matches = "true")
class StoryPageBenchmark {

    static final int STORIES = 100;
    static final int ROUNDS = 10;
    static final int WARMUP = 3;

    @TempDir
    Path folder;

    @Test
    void storyPages() throws Exception {
        Path corpus = TestService.root().resolve("../shared/data/multinews/multinews_test_5622_lowercased_truncated.jsonl").normalize();
        assumeTrue(Files.isRegularFile(corpus), "needs " + corpus + "; not found: skipped");
        ObjectMapper json = new ObjectMapper();
        try (TestService service = TestService.start(folder)) {
            int articles = 0;
            try (BufferedReader lines = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                for (int s = 0; s < STORIES; s++) {
                    JsonNode story = json.readTree(lines.readLine());
                    ArrayNode batch = json.createArrayNode();
                    for (JsonNode d : story.get("documents")) {
                        if (d.path("text").asText().isBlank()) {
                            continue; // the corpus has a few empty documents; the API rightly refuses them
                        }
                        ObjectNode a = batch.addObject();
                        a.put("text", d.get("text").asText());
                        if (d.hasNonNull("source")) {
                            a.put("outlet", d.get("source").asText());
                        }
                        if (d.hasNonNull("title")) {
                            a.put("title", d.get("title").asText());
                        }
                        a.put("url", "https://example.org/multinews/" + story.get("id").asText() + "/" + d.get("id").asText());
                        articles++;
                    }
                    HttpResponse<String> posted = service.post("/api/articles", batch.toString());
                    org.junit.jupiter.api.Assertions.assertTrue(posted.statusCode() == 201 || posted.statusCode() == 207, posted.body());
                }
            }
            int failed = awaitComputed(service, 1800);
            List<String> ids = new ArrayList<>();
            for (int offset = 0; ; offset += 100) {
                JsonNode page = json.readTree(service.get("/api/stories?limit=100&offset=" + offset).body());
                page.get("stories").forEach(s -> ids.add(s.get("id").asText()));
                if (page.get("stories").size() < 100) {
                    break;
                }
            }
            long assets = service.get("/assets/style.css").body().getBytes(StandardCharsets.UTF_8).length
                    + service.get("/assets/app.js").body().getBytes(StandardCharsets.UTF_8).length;
            List<String> order = new ArrayList<>(ids);
            Random random = new Random(20);
            for (int round = 0; round < WARMUP; round++) {
                for (String id : order) {
                    service.get("/stories/" + id);
                }
            }
            long[] nanos = new long[ROUNDS * order.size()];
            int[] weights = new int[order.size()];
            int n = 0;
            for (int round = 0; round < ROUNDS; round++) {
                Collections.shuffle(order, random);
                for (String id : order) {
                    long start = System.nanoTime();
                    HttpResponse<String> page = service.get("/stories/" + id);
                    nanos[n++] = System.nanoTime() - start;
                    assertEquals(200, page.statusCode());
                    weights[ids.indexOf(id)] = page.body().getBytes(StandardCharsets.UTF_8).length;
                }
            }
            // the same pages rendered in-process, without HTTP: store reads, JSON, composing and the template
            StoredPages pages = new StoredPages(service.service.store());
            StoryPageComposer composer = new StoryPageComposer(new ArticleLinks());
            PageRenderer renderer = new PageRenderer();
            long[] inProcess = new long[ROUNDS * order.size()];
            int m = 0;
            for (int round = 0; round < ROUNDS; round++) {
                Collections.shuffle(order, random);
                for (String id : order) {
                    long start = System.nanoTime();
                    String html = renderer.story(composer.compose(pages.findStory(id).orElseThrow()));
                    inProcess[m++] = System.nanoTime() - start;
                    assertEquals(weights[ids.indexOf(id)], html.getBytes(StandardCharsets.UTF_8).length);
                }
            }
            Arrays.sort(inProcess);
            Arrays.sort(nanos);
            Arrays.sort(weights);
            String report = String.format(java.util.Locale.ROOT,
                    "%d articles posted, %d stories in the database (%d could not be computed: shown without summary); %d story page requests (%d rounds, shuffled, after %d warm-up rounds)%n"
                            + "story page time ms over HTTP: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n"
                            + "story page time ms in-process (read, compose, render): p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n"
                            + "story page weight KB (HTML + style.css + app.js, uncompressed): median %.1f, max %.1f (HTML max %.1f, assets %.1f)%n",
                    articles, ids.size(), failed, nanos.length, ROUNDS, WARMUP, pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6, pct(inProcess, 0.50), pct(inProcess, 0.90), pct(inProcess, 0.99),
                    inProcess[inProcess.length - 1] / 1e6, (weights[weights.length / 2] + assets) / 1024.0, (weights[weights.length - 1] + assets) / 1024.0,
                    weights[weights.length - 1] / 1024.0, assets / 1024.0);
            report += "load average at the end: " + Files.readString(Path.of("/proc/loadavg")).strip() + "\n";
            System.out.print(report);
            Path out = Path.of("target", "benchmarks", "story-pages.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    /**
     * Waits until every story is computed or has failed to compute (a failed story stays stale and is
     * not retried before the next sweep, so waiting for no stale story at all could wait for ever);
     * returns how many failed.
     */
    private static int awaitComputed(TestService service, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (true) {
            long stale = service.service.store().stats().staleStories();
            long failed = service.service.refresher().failures();
            if (service.service.ingestor().queued() == 0 && service.service.refresher().pending() == 0 && stale <= failed) {
                return (int) stale;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("stories still stale after " + seconds + " s: " + service.service.store().stats());
            }
            Thread.sleep(200);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
