package org.newsfuse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsfuse.ingest.HtmlArticleExtractor;
import org.newsfuse.ingest.HtmlPage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Main-text extraction of the 131 benchmark pages, in memory, one thread: pages per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
@Fork(1)
public class ExtractionBenchmark {

    private static final int PAGES = 131;

    @Param({"../shared/data/extraction/html"})
    public String pages;

    private final List<byte[]> html = new ArrayList<>();
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Setup
    public void load() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(pages))) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    html.add(in.readAllBytes());
                }
            }
        }
        if (html.size() != PAGES) {
            throw new IllegalStateException("expected " + PAGES + " pages in " + pages + ", found " + html.size());
        }
    }

    /** One operation is one page. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void extractAll(Blackhole sink) {
        for (byte[] page : html) {
            HtmlPage extracted = extractor.extract(page, "https://example.com/");
            sink.consume(extracted);
        }
    }
}
