package org.newsfuse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three modes on small inputs the tests write themselves, on a real Spark local[2]. */
class NewsFuseJobTest {

    @TempDir
    Path dir;

    @Test
    void summarizeWritesTheClisJsonByteForByte() throws Exception {
        // one story per file, so the CLI, given one file, sees exactly the story the job sees at the same line
        TestCorpus.write(dir.resolve("in/harbor-bridge.jsonl"), List.of(TestCorpus.storyLine("harbor-bridge", TestCorpus.harborBridge())));
        TestCorpus.write(dir.resolve("in/seeds.jsonl"), List.of(TestCorpus.storyLine("seeds", TestCorpus.seeds())));
        JobResult result = NewsFuseJob.run(LocalSpark.session(), JobOptions.of("summarize", List.of(dir.resolve("in").toString()),
                dir.resolve("out").toString()));
        assertEquals(2, result.stories());
        assertEquals(2, result.recordsRead());
        List<JsonNode> rows = LocalSpark.jsonLines(dir.resolve("out/stories"));
        assertEquals(List.of("harbor-bridge", "seeds"), rows.stream().map(r -> r.get("story").asText()).toList(), "input order kept");
        for (JsonNode row : rows) {
            String file = row.get("story").asText() + ".jsonl";
            assertEquals(LocalSpark.cli(dir.resolve("in"), "summarize", file, "--format", "json"), row.get("summary").asText(),
                    "summary of " + file);
            assertEquals(LocalSpark.cli(dir.resolve("in"), "compare", file, "--format", "json", "--no-embeddings"),
                    row.get("comparison").asText(), "comparison of " + file);
        }
        assertEquals(3, rows.get(0).get("articles").asInt());
        assertEquals(List.of("coastline.txt", "courier.txt", "meridian.txt"),
                List.of(rows.get(0).get("article_ids").get(0).asText(), rows.get(0).get("article_ids").get(1).asText(),
                        rows.get(0).get("article_ids").get(2).asText()));
    }

    @Test
    void summarizeReadsAndWritesParquet() throws Exception {
        Path jsonl = TestCorpus.write(dir.resolve("stories.jsonl"), List.of(TestCorpus.storyLine("harbor-bridge", TestCorpus.harborBridge()),
                TestCorpus.storyLine("seeds", TestCorpus.seeds())));
        LocalSpark.session().read().json(jsonl.toString()).select("id", "documents").write().parquet(dir.resolve("stories.parquet").toString());
        JobResult result = NewsFuseJob.run(LocalSpark.session(), JobOptions.of("summarize", List.of(dir.resolve("stories.parquet").toString()),
                dir.resolve("out").toString()).withOutputFormat("parquet").withCompare(false).withWords(60));
        assertEquals(2, result.stories());
        List<Row> rows = LocalSpark.session().read().parquet(dir.resolve("out/stories").toString()).orderBy("story").collectAsList();
        assertEquals("harbor-bridge", rows.get(0).getString(rows.get(0).fieldIndex("story")));
        String summary = rows.get(0).getString(rows.get(0).fieldIndex("summary"));
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary);
        assertEquals("harbor-bridge", json.get("story").asText());
        assertTrue(json.get("words").asInt() <= 60 && json.get("words").asInt() > 0, summary);
        assertTrue(rows.get(0).isNullAt(rows.get(0).fieldIndex("comparison")), "--no-compare leaves the comparison out");
    }

    @Test
    void groupFindsTheStoriesTheCliFindsEvenWhenEveryChunkHoldsTwoArticles() throws Exception {
        List<String> lines = new ArrayList<>();
        List<TestCorpus.Article> seeds = TestCorpus.seeds();
        List<TestCorpus.Article> bridge = TestCorpus.harborBridge();
        // interleaved, so that a story is split across chunks and must be merged back
        lines.add(TestCorpus.articleLine(bridge.get(0)));
        lines.add(TestCorpus.articleLine(seeds.get(0)));
        lines.add(TestCorpus.articleLine(bridge.get(1)));
        lines.add(TestCorpus.articleLine(seeds.get(1)));
        lines.add(TestCorpus.articleLine(bridge.get(2)));
        Path articles = TestCorpus.write(dir.resolve("articles.jsonl"), lines);
        JsonNode cli = new com.fasterxml.jackson.databind.ObjectMapper().readTree(LocalSpark.cli(dir, "cluster", "articles.jsonl", "--format", "json"));
        Set<Set<String>> expected = new HashSet<>();
        cli.get("stories").forEach(s -> expected.add(ids(s.get("articles"))));
        assertEquals(Set.of(Set.of("coastline.txt", "courier.txt", "meridian.txt"),
                Set.of("000_97f20155dfd86a49.txt", "003_e01dec5a150f8111.txt")), expected, "the CLI's own grouping");
        for (int chunk : new int[] {20_000, 2}) {
            Path out = dir.resolve("out-" + chunk);
            JobResult result = NewsFuseJob.run(LocalSpark.session(), JobOptions.of("group", List.of(articles.toString()), out.toString())
                    .withChunkArticles(chunk));
            assertEquals(5, result.articles());
            List<JsonNode> rows = LocalSpark.jsonLines(out.resolve("stories"));
            Set<Set<String>> found = new HashSet<>();
            rows.forEach(r -> found.add(ids(r.get("articles"))));
            assertEquals(expected, found, "chunks of " + chunk);
            assertEquals(List.of("story-1", "story-2"), rows.stream().map(r -> r.get("story").asText()).sorted().toList());
            JsonNode first = rows.stream().filter(r -> r.get("story").asText().equals("story-1")).findFirst().orElseThrow();
            assertEquals("coastline.txt", first.get("articles").get(0).asText(), "stories numbered by their first article");
            assertEquals("2024-03-05", first.get("first_seen").asText());
            assertTrue(first.has("duplicates") && first.has("titles") && first.has("outlets"));
        }
    }

    @Test
    void pipelineReadsAWarcAndCountsWhatIsNotAnArticle() throws Exception {
        Path warc = TestCorpus.warc(dir.resolve("crawl/pages.warc.gz"));
        JobResult result = NewsFuseJob.run(LocalSpark.session(), JobOptions.of("pipeline", List.of(warc.toString()),
                dir.resolve("out").toString()));
        // seven responses: four news pages, one page in French, one image, one empty page; the requests are not records
        assertEquals(7, result.recordsRead());
        assertEquals(4, result.recordsAccepted());
        assertEquals(3, result.recordsRejected());
        assertEquals(4, result.articles());
        List<JsonNode> report = LocalSpark.jsonLines(dir.resolve("out/report"));
        Set<String> messages = new TreeSet<>();
        report.forEach(r -> messages.add(r.get("message").asText()));
        assertEquals(Set.of("empty page: no article text on https://tribune.example/empty",
                "not an HTML page: image/png at https://tribune.example/logo.png",
                "text is French; newsfuse analyses English text only: https://tribune.example/fr/pont"), messages);
        report.forEach(r -> {
            assertEquals("pages.warc.gz", r.get("input").asText());
            assertTrue(r.get("location").asText().startsWith("WARC record at byte "), r.toString());
            assertEquals("record skipped", r.get("outcome").asText());
        });
        List<JsonNode> stories = LocalSpark.jsonLines(dir.resolve("out/stories"));
        assertEquals(1, stories.size(), "four pages on one bridge closure: " + stories);
        JsonNode story = stories.get(0);
        assertEquals(4, story.get("articles").asInt());
        JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(story.get("summary").asText());
        assertTrue(summary.get("summary").size() > 0);
        assertTrue(summary.get("summary").get(0).get("support").asInt() >= 2, "a sentence confirmed by several outlets");
        assertNotNull(new com.fasterxml.jackson.databind.ObjectMapper().readTree(story.get("comparison").asText()).get("claims"));
        String written = Files.readString(dir.resolve("out/summary.json"));
        assertTrue(written.contains("\"records_rejected\": 3"), written);
    }

    @Test
    void aTruncatedLineIsReportedAndTheRestGrouped() throws Exception {
        List<TestCorpus.Article> bridge = TestCorpus.harborBridge();
        String truncated = TestCorpus.articleLine(bridge.get(1));
        Path articles = TestCorpus.write(dir.resolve("articles.jsonl"), List.of(TestCorpus.articleLine(bridge.get(0)),
                truncated.substring(0, truncated.length() / 2), "", TestCorpus.articleLine(bridge.get(2)),
                "{\"id\": \"blank\", \"text\": \"  \"}"));
        JobResult result = NewsFuseJob.run(LocalSpark.session(), JobOptions.of("group", List.of(articles.toString()),
                dir.resolve("out").toString()));
        assertEquals(4, result.recordsRead(), "the blank line is not a record");
        assertEquals(2, result.recordsRejected());
        assertEquals(2, result.articles());
        List<JsonNode> report = LocalSpark.jsonLines(dir.resolve("out/report"));
        List<String> lines = report.stream().filter(r -> r.get("severity").asText().equals("error"))
                .map(r -> r.get("location").asText() + ": " + r.get("outcome").asText()).sorted().toList();
        assertEquals(List.of("line 2: line skipped", "line 5: line skipped"), lines);
        assertTrue(report.stream().anyMatch(r -> r.get("message").asText().startsWith("malformed JSON")), report.toString());
        assertEquals(1, LocalSpark.jsonLines(dir.resolve("out/stories")).size());
    }

    @Test
    void aStoryTheLibraryFailsOnIsWrittenWithItsErrorAndReported() throws Exception {
        // an article ending on an opening quotation mark: the comparison's quote extractor threw on this
        // (IndexOutOfBoundsException in MappedText.toOriginal) when the job met it in generated data;
        // fixed or not, the run must finish, write every story and account for any failure
        List<TestCorpus.Article> bridge = new ArrayList<>(TestCorpus.harborBridge());
        TestCorpus.Article last = bridge.get(2);
        bridge.set(2, new TestCorpus.Article(last.id(), last.source(), last.date(), last.text().strip()
                + "\n\nThe mayor ended the briefing with a warning to drivers: \""));
        Path stories = TestCorpus.write(dir.resolve("stories.jsonl"), List.of(TestCorpus.storyLine("harbor-bridge", bridge)));
        JobResult result = NewsFuseJob.run(LocalSpark.session(), JobOptions.of("summarize", List.of(stories.toString()),
                dir.resolve("out").toString()));
        assertEquals(1, result.stories());
        JsonNode row = LocalSpark.jsonLines(dir.resolve("out/stories")).get(0);
        assertTrue(row.hasNonNull("summary"), row.toString());
        List<JsonNode> report = LocalSpark.jsonLines(dir.resolve("out/report"));
        if (row.hasNonNull("error")) {
            assertTrue(row.get("error").asText().startsWith("compare failed: "), row.toString());
            assertTrue(row.get("comparison").isNull());
            assertEquals(1, result.storiesFailed());
            assertEquals(List.of("harbor-bridge: story written without comparison"),
                    report.stream().map(r -> r.get("input").asText() + ": " + r.get("outcome").asText()).toList());
        } else {
            assertTrue(row.hasNonNull("comparison"), row.toString());
            assertEquals(0, result.storiesFailed());
        }
    }

    @Test
    void theSpanLimitMeansWhatItMeansToTheCliAndHoldsAcrossChunks() throws Exception {
        List<String> lines = TestCorpus.droughtEveryTenDays().stream().map(TestCorpus::articleLine).toList();
        Path articles = TestCorpus.write(dir.resolve("articles.jsonl"), lines);
        Set<Set<String>> unlimited = cliStories(dir, "cluster", "articles.jsonl", "--format", "json");
        assertEquals(1, unlimited.size(), "half a year without a silence is one story by default: " + unlimited);
        Set<Set<String>> limited = cliStories(dir, "cluster", "articles.jsonl", "--format", "json", "--max-span-days", "30");
        // 180 days in stories of at most 30 (four reports ten days apart each): five stories
        assertEquals(5, limited.size(), limited.toString());

        JobOptions group = JobOptions.parse(new String[] {"group", "--input", articles.toString(), "--output", "unused", "--max-span-days", "30"});
        assertEquals(30, group.grouping().maxSpanDays());
        Path out = dir.resolve("out");
        NewsFuseJob.run(LocalSpark.session(), JobOptions.of("group", List.of(articles.toString()), out.toString()).withGrouping(group.grouping()));
        Set<Set<String>> found = new HashSet<>();
        LocalSpark.jsonLines(out.resolve("stories")).forEach(r -> found.add(ids(r.get("articles"))));
        assertEquals(limited, found, "one chunk: the CLI's stories");

        // chunks of 4 articles (40 days): stories are merged across chunk boundaries, never beyond the limit
        Path chunked = dir.resolve("out-chunked");
        NewsFuseJob.run(LocalSpark.session(), JobOptions.of("group", List.of(articles.toString()), chunked.toString())
                .withGrouping(group.grouping()).withChunkArticles(4));
        Set<String> all = new TreeSet<>();
        for (JsonNode row : LocalSpark.jsonLines(chunked.resolve("stories"))) {
            long span = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(row.get("first_seen").asText()),
                    java.time.LocalDate.parse(row.get("last_seen").asText()));
            assertTrue(span <= 30, row + " spans " + span + " days");
            all.addAll(ids(row.get("articles")));
        }
        assertEquals(19, all.size());
    }

    private static Set<Set<String>> cliStories(Path dir, String... args) throws Exception {
        JsonNode cli = new com.fasterxml.jackson.databind.ObjectMapper().readTree(LocalSpark.cli(dir, args));
        Set<Set<String>> stories = new HashSet<>();
        cli.get("stories").forEach(s -> stories.add(ids(s.get("articles"))));
        return stories;
    }

    @Test
    void aWrongCommandLineIsAUsageErrorBeforeSparkStarts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = NewsFuseJob.run(new String[] {"summarize", "--input", "x.jsonl", "--words", "many"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(NewsFuseJob.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("newsfuse-spark: --words needs a whole number, not 'many'\n"));
        err.reset();
        code = NewsFuseJob.run(new String[] {"group", "--input", "x.jsonl", "--output", "o", "--max-span-days", "-3"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(NewsFuseJob.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("newsfuse-spark: --max-span-days must be >= 0, was -3\n"), err::toString);
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
