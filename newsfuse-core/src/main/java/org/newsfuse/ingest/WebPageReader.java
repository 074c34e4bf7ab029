package org.newsfuse.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsfuse.base.Diagnostic;

/**
 * Reads saved web pages ({@code .html}, {@code .htm}, gzipped or not) into articles, with a clear
 * diagnostic for each way a page can be unusable: too large, not gzip although named so, binary, not
 * HTML at all, or no article on it.
 */
public final class WebPageReader {

    static final long MAX_PAGE_BYTES = 20L * 1024 * 1024;
    private static final int MIN_ARTICLE_WORDS = 30;
    private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*(!doctype|html|head|body|p|div|article|span|a|meta|title)\\b");

    private final HtmlArticleExtractor extractor;

    public WebPageReader(HtmlArticleExtractor extractor) {
        this.extractor = extractor;
    }

    Optional<SourceDocument> read(Path file, String shown, List<Diagnostic> diagnostics) {
        // the same pages as 'extract' reads: a short page is still an article, worth a warning, not a rejection
        return readPage(file, shown, diagnostics, 1).map(p -> {
            int words = p.text().strip().split("\\s+").length;
            if (words < MIN_ARTICLE_WORDS) {
                diagnostics.add(Diagnostic.warning(shown, "", "only " + words + " words of article text on the page", "kept"));
            }
            String id = file.getFileName().toString().replaceFirst("(?i)\\.gz$", "");
            return new SourceDocument(id, shown, p.text(), p.siteName(), p.title(), p.published().flatMap(PublicationDates::parse));
        });
    }

    /**
     * Reads every page among {@code inputs} (files, and the {@code .html}, {@code .htm} and
     * {@code .html.gz} files of directories, in name order), each a page or a diagnostic.
     *
     * @param inputs           paths as the user typed them, relative to {@code workingDirectory}
     * @param minWords         fewer words of article text count as no article
     * @param diagnostics      receives one line per unusable page or missing input
     */
    public List<ExtractedPage> readAll(List<String> inputs, Path workingDirectory, int minWords, List<Diagnostic> diagnostics) {
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = workingDirectory.resolve(input);
            if (Files.isDirectory(path)) {
                int before = files.size();
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> ArticleReader.isWebPage(p.getFileName().toString())).sorted().forEach(files::add);
                    if (files.size() == before) {
                        diagnostics.add(Diagnostic.error(input, "", "directory holds no web pages (.html, .htm, .html.gz files)", "skipped"));
                    }
                } catch (IOException e) {
                    diagnostics.add(Diagnostic.error(input, "", "cannot list the directory: " + e.getMessage(), "skipped"));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                diagnostics.add(Diagnostic.error(input, "", "no such file or directory", "skipped"));
            }
        }
        List<ExtractedPage> pages = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            pages.add(new ExtractedPage(name.replaceFirst("(?i)\\.html?(\\.gz)?$", ""), readPage(file, name, diagnostics, minWords)));
        }
        return pages;
    }

    /** The page with its metadata, or empty with a diagnostic when it has fewer than {@code minWords} words of text. */
    public Optional<HtmlPage> readPage(Path file, String shown, List<Diagnostic> diagnostics, int minWords) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_PAGE_BYTES) {
                diagnostics.add(Diagnostic.error(shown, "", "page is " + size + " bytes, larger than the " + MAX_PAGE_BYTES
                        + "-byte limit for one page", "skipped"));
                return Optional.empty();
            }
            // the size on disk says nothing for devices and pipes: the limit holds for what is read
            Optional<byte[]> read;
            try (InputStream in = Files.newInputStream(file)) {
                read = BoundedRead.readAtMost(in, MAX_PAGE_BYTES);
            }
            if (read.isEmpty()) {
                diagnostics.add(Diagnostic.error(shown, "", BoundedRead.tooLarge("one page", MAX_PAGE_BYTES), "skipped"));
                return Optional.empty();
            }
            bytes = read.get();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(shown, "", "cannot read: " + e.getMessage(), "skipped"));
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
                diagnostics.add(Diagnostic.error(shown, "", "named .gz but not gzip data", "skipped"));
                return Optional.empty();
            }
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
                if (bytes.length > MAX_PAGE_BYTES) {
                    diagnostics.add(Diagnostic.error(shown, "", "page unpacks to more than " + MAX_PAGE_BYTES + " bytes", "skipped"));
                    return Optional.empty();
                }
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(shown, "", "corrupt gzip data: " + e.getMessage(), "skipped"));
                return Optional.empty();
            }
        }
        if (TextDecoder.looksBinary(bytes)) {
            diagnostics.add(Diagnostic.error(shown, "", "binary content, not a web page", "skipped"));
            return Optional.empty();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 65536), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!MARKUP.matcher(head).find()) {
            diagnostics.add(Diagnostic.error(shown, "", "not an HTML page (no markup)", "skipped"));
            return Optional.empty();
        }
        HtmlPage page;
        try {
            page = extractor.extract(bytes, "file:///" + name);
        } catch (StackOverflowError e) {
            // the extractor falls back from Readability on deep nesting; should any other step still
            // recurse too deep, this page is lost, not the run
            diagnostics.add(Diagnostic.error(shown, "", "markup nested too deeply to read", "skipped"));
            return Optional.empty();
        }
        if (page.text().isBlank() || page.text().split("\\s+").length < minWords) {
            diagnostics.add(Diagnostic.error(shown, "", "no article text found on the page", "skipped"));
            return Optional.empty();
        }
        return Optional.of(page);
    }
}
