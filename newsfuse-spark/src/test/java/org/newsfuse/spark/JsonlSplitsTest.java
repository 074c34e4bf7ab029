package org.newsfuse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain JSONL file read in many small splits gives the records, line numbers and order of one whole read. */
class JsonlSplitsTest {

    @TempDir
    Path dir;

    @Test
    void splitsKeepEveryRecordItsExactLineAndTheInputOrder() throws Exception {
        List<TestCorpus.Article> bridge = TestCorpus.harborBridge();
        List<TestCorpus.Article> seeds = TestCorpus.seeds();
        String truncated = TestCorpus.articleLine(seeds.get(0));
        List<String> lines = new ArrayList<>();
        lines.add(TestCorpus.articleLine(bridge.get(0)));
        lines.add("");                                                   // blank: a line, not a record
        lines.add(TestCorpus.articleLine(bridge.get(1)) + "\r");          // CRLF, as the CLI reads it
        lines.add(truncated.substring(0, truncated.length() / 2));        // malformed: a rejected record at line 4
        lines.add(TestCorpus.storyLine("harbor-bridge", bridge));
        lines.add("{\"id\": \"accent\", \"title\": \"Caf\u00e9 r\u00e9opens\", \"text\": \"The caf\u00e9 on the quay re\u00f6pened today.\"}");
        lines.add(TestCorpus.articleLine(seeds.get(1)));
        Path file = TestCorpus.write(dir.resolve("articles.jsonl"), lines);
        long size = Files.size(file);
        InputFiles files = InputFiles.list(List.of(file.toString()), "auto", LocalSpark.session().sparkContext().hadoopConfiguration(),
                new ArrayList<>());

        List<ParsedRecord> whole = JobInput.read(LocalSpark.session(), files, size + 1).collect();
        var split = JobInput.read(LocalSpark.session(), files, 97);
        assertTrue(split.getNumPartitions() > 10, "97-byte splits of " + size + " bytes: " + split.getNumPartitions());
        assertEquals(whole, split.collect(), "the same records, in the same order, from " + split.getNumPartitions() + " splits");

        assertEquals(6, whole.size(), "seven lines, one blank");
        assertEquals("line 4", whole.get(2).problems().get(0).location());
        // origins are FILE:LINE:DOCUMENT, as the CLI writes them
        assertEquals(List.of("articles.jsonl:1", "articles.jsonl:3", "articles.jsonl:5", "articles.jsonl:6", "articles.jsonl:7"),
                whole.stream().filter(ParsedRecord::accepted).map(r -> r.story().articles().get(0).origin())
                        .map(o -> o.substring(0, o.indexOf(':', o.indexOf(':') + 1))).toList());
        assertEquals("Caf\u00e9 r\u00e9opens", whole.get(4).story().articles().get(0).title());
    }
}
