package org.newsfuse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.base.Diagnostic;

/** The bad-input corpus, named by defect: each case asserts the exact line a user sees. */
class ArticleReaderTest {

    private static final String ARTICLE = "Ferry service resumes\n\nThe island ferry resumed service on Friday after a two-day strike ended.\n";

    @TempDir
    Path dir;

    private IngestResult read(String... inputs) {
        return new ArticleReader(ArticleReader.Options.defaults().withWorkingDirectory(dir))
                .read(List.of(inputs), () -> new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    private static List<String> lines(IngestResult result) {
        return result.diagnostics().stream().map(Diagnostic::toLine).toList();
    }

    @Test
    void eachBadFileGetsOneClearLineAndTheGoodOneIsStillRead() throws IOException {
        write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("empty.txt", new byte[0]);
        write("binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        byte[] latin1 = "Caf\u00e9 owners protested on Monday.".getBytes(StandardCharsets.ISO_8859_1);
        write("invalid-utf8.txt", latin1);
        Files.createDirectory(dir.resolve("no-articles"));
        Files.writeString(dir.resolve("no-articles/notes.csv"), "a,b\n");

        IngestResult result = read("good.txt", "empty.txt", "binary.txt", "invalid-utf8.txt", "no-articles", "missing.txt");

        assertEquals(List.of(
                "empty.txt: error: empty file (skipped)",
                "binary.txt: error: binary content, not text (skipped)",
                "invalid-utf8.txt: error: invalid UTF-8 at byte 3 (newsfuse reads UTF-8 only; convert the file, e.g. with iconv -f latin1 -t utf-8) (skipped)",
                "no-articles/notes.csv: info: not an article file (.html, .htm, .jsonl, .txt, each optionally .gz); ignored (kept)",
                "no-articles: error: directory holds no articles (.html, .htm, .jsonl, .txt, each optionally .gz files) (skipped)",
                "missing.txt: error: no such file or directory (skipped)"), lines(result));
        assertEquals(1, result.stories().size());
        assertEquals(List.of("good.txt"), result.stories().get(0).documents().stream().map(SourceDocument::id).toList());
        assertEquals(6, result.recordsRead());
        assertEquals(5, result.recordsRejected(), "accounting: read = accepted + rejected");
    }

    @Test
    void readsGzipOfEachFormatAndNamesAFakeGzip() throws IOException {
        write("story.txt.gz", gzip(ARTICLE.getBytes(StandardCharsets.UTF_8)));
        write("corpus.jsonl.gz", gzip(("{\"id\": \"s1\", \"documents\": [{\"id\": \"d1\", \"text\": \"" + ARTICLE.replace("\n", " ")
                + "\"}]}\n").getBytes(StandardCharsets.UTF_8)));
        write("fake.txt.gz", ARTICLE.getBytes(StandardCharsets.UTF_8));

        IngestResult result = read("story.txt.gz", "corpus.jsonl.gz", "fake.txt.gz");

        assertEquals(List.of("fake.txt.gz: error: named .gz but not gzip data (skipped)"), lines(result));
        assertEquals(List.of("story.txt"), result.stories().get(0).documents().stream().map(SourceDocument::id).toList());
        assertEquals("s1", result.stories().get(1).id());
        assertEquals(3, result.recordsRead());
        assertEquals(1, result.recordsRejected());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void rejectsAnArticleOverTheSizeLimitWithoutReadingIt() throws IOException {
        write("huge.txt", new byte[2048]);
        IngestResult result = new ArticleReader(ArticleReader.Options.defaults().withWorkingDirectory(dir).withMaxArticleBytes(1024))
                .read(List.of("huge.txt"), () -> null);
        assertEquals(List.of("huge.txt: error: file is 2048 bytes, larger than the 1024-byte limit for one article (is it really one article?) (skipped)"),
                lines(result));
    }

    @Test
    void readsStandardInputAsOneArticle() {
        IngestResult result = read("-");
        assertEquals("stdin", result.stories().get(0).documents().get(0).id());
        assertEquals(ARTICLE, result.stories().get(0).documents().get(0).text());
    }

    @Test
    void outletsComeFromTheUserOrTheSidecarNeverFromGuessing() throws IOException {
        Files.createDirectory(dir.resolve("story"));
        Files.writeString(dir.resolve("story/a.txt"), ARTICLE);
        Files.writeString(dir.resolve("story/b.txt"), ARTICLE);
        Files.writeString(dir.resolve("story/c.txt"), ARTICLE);
        Files.writeString(dir.resolve("story/outlets.txt"), "# comment\na.txt = Island Times\nbroken line\n");
        IngestResult result = new ArticleReader(ArticleReader.Options.defaults().withWorkingDirectory(dir)
                .withOutlets(Map.of("b.txt", "Harbour Radio"))).read(List.of("story"), () -> null);
        List<Optional<String>> outlets = result.stories().get(0).documents().stream().map(SourceDocument::outlet).toList();
        assertEquals(List.of(Optional.of("Island Times"), Optional.of("Harbour Radio"), Optional.empty()), outlets);
        assertTrue(lines(result).get(0).endsWith("line 3: warning: expected FILE = OUTLET (line ignored)"), lines(result).toString());
    }

    @Test
    void readsStoriesJsonlNextToPlainText() throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.writeString(dir.resolve("stories.jsonl"),
                "{\"id\":\"s1\",\"documents\":[{\"id\":\"d1\",\"source\":\"Island Times\",\"date\":\"2030-05-01\",\"text\":\"One.\"}],\"references\":[\"Ref.\"]}\n");
        IngestResult result = read("a.txt", "stories.jsonl");
        assertEquals(List.of("story", "s1"), result.stories().stream().map(StoryInput::id).toList());
        SourceDocument d = result.stories().get(1).documents().get(0);
        assertEquals(Optional.of("Island Times"), d.outlet());
        assertEquals("2030-05-01", d.date().orElseThrow().toString());
        assertEquals(List.of("Ref."), result.stories().get(1).references());
    }
}
