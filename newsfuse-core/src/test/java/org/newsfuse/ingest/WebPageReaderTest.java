package org.newsfuse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.base.Diagnostic;

class WebPageReaderTest {

    private static final Path PAGE = Path.of("src/test/resources/html/harbor-bridge-tribune.html");

    @TempDir
    Path dir;

    private final WebPageReader reader = new WebPageReader(new HtmlArticleExtractor());

    private List<String> problems(Path file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<SourceDocument> read = reader.read(file, file.getFileName().toString(), diagnostics);
        assertTrue(read.isEmpty() || diagnostics.isEmpty());
        return diagnostics.stream().map(Diagnostic::toLine).toList();
    }

    @Test
    void readsTheArticleAndItsMetadataWithoutThePageFurniture() throws IOException {
        HtmlPage page = new HtmlArticleExtractor().extract(Files.readAllBytes(PAGE), "https://tribune.example/");
        assertEquals(Optional.of("Harbor Bridge stays shut as repair plan takes shape"), page.title());
        assertEquals(List.of("Marta Feld"), page.authors());
        assertEquals(Optional.of("2031-03-06T08:15:00-05:00"), page.published());
        assertEquals(Optional.of("Port Alder Tribune"), page.siteName());
        assertEquals(Optional.of("https://tribune.example/news/harbor-bridge-repair-plan"), page.canonicalUrl());
        assertEquals(Optional.of("en"), page.language());
        assertTrue(page.text().contains("will stay closed for at least three months"), page.text());
        assertTrue(page.text().contains("Every bolt on that span will be checked"), page.text());
        assertTrue(page.text().contains("scheduled for March 20."), page.text());
        for (String furniture : List.of("Share on Facebook", "Sports", "Photo by", "Council approves waterfront budget", "All rights reserved")) {
            assertFalse(page.text().contains(furniture), furniture + " in " + page.text());
        }
        assertTrue(page.text().contains("\n\n"), "paragraphs stay paragraphs");
    }

    @Test
    void aGzippedPageBecomesAnArticleWithDateAndOutlet() throws IOException {
        Path gz = dir.resolve("tribune.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(PAGE));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceDocument doc = reader.read(gz, "tribune.html.gz", diagnostics).orElseThrow();
        assertEquals("tribune.html", doc.id());
        assertEquals(Optional.of("Port Alder Tribune"), doc.outlet());
        assertEquals("2031-03-06", doc.date().orElseThrow().toString());
    }

    @Test
    void brokenMarkupStillYieldsTheText() throws IOException {
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, "<html><body><div><p>The ferry resumed service on Friday after a two-day strike by its crews "
                + "ended with a pay deal that both sides called fair, the operator said in a statement issued late on Thursday night."
                + "<p>Passengers had waited at both harbours for hours <b>and <i>the operator apologised</div></span>");
        assertEquals(List.of(), problems(broken));
    }

    @Test
    void thousandsOfNestedElementsStillYieldTheArticleEveryTime() {
        String article = "The ferry resumed service on Friday after a two-day strike by its crews ended with a pay deal "
                + "that both sides called fair, the operator said in a statement issued late on Thursday night.";
        String deepDivs = "<html><body>" + "<div>x ".repeat(5000) + "<p>" + article + "</p>" + "</div>".repeat(5000) + "</body></html>";
        // a stack overflow inside Readability depended on the JIT and left the page half-edited: repeat to catch it
        for (int run = 0; run < 5; run++) {
            HtmlPage page = new HtmlArticleExtractor().extract(deepDivs, "file:///deep.html");
            assertTrue(page.text().contains("both sides called fair"), "run " + run + ": " + page.text());
        }
    }

    @Test
    void eachUnusablePageGetsAClearLine() throws IOException {
        Path notGzip = dir.resolve("fake.html.gz");
        Files.writeString(notGzip, "<html><body>plain</body></html>");
        assertEquals(List.of("fake.html.gz: error: named .gz but not gzip data (skipped)"), problems(notGzip));

        Path notHtml = dir.resolve("notes.html");
        Files.writeString(notHtml, "just some words in a file that someone named .html by mistake");
        assertEquals(List.of("notes.html: error: not an HTML page (no markup) (skipped)"), problems(notHtml));

        Path empty = dir.resolve("empty-page.html");
        Files.writeString(empty, "<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
        assertEquals(List.of("empty-page.html: error: no article text found on the page (skipped)"), problems(empty));

        Path binary = dir.resolve("image.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertEquals(List.of("image.html: error: binary content, not a web page (skipped)"), problems(binary));
    }

    @Test
    void aHugePageIsRefusedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.html");
        byte[] chunk = "<p>filler text for a page far too large to be one article</p>\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(huge)) {
            long written = 0;
            while (written <= WebPageReader.MAX_PAGE_BYTES) {
                out.write(chunk);
                written += chunk.length;
            }
        }
        List<String> lines = problems(huge);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("huge.html: error: page is ") && lines.get(0).contains("larger than the 20971520-byte limit"), lines.get(0));
    }

    @Test
    void aGzipBombIsStoppedAtTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 25; i++) {
                out.write(zeros);
            }
        }
        Files.write(bomb, bytes.toByteArray());
        assertEquals(List.of("bomb.html.gz: error: page unpacks to more than 20971520 bytes (skipped)"), problems(bomb));
    }
}
