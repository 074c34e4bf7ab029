package org.newsfuse.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.newsfuse.NewsFuse;

/**
 * A real service on a real SQLite file in a temporary folder, listening on 127.0.0.1 at a free port,
 * with the write token {@value #TOKEN}; and a plain HTTP client for it.
 */
public final class TestService implements AutoCloseable {

    public static final String TOKEN = "test-write-token";
    private static NewsFuse newsfuse;

    public final NewsService service;
    public final NewsServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestService(NewsService service, NewsServer server) {
        this.service = service;
        this.server = server;
    }

    /** The models load once per test JVM. */
    public static synchronized NewsFuse newsfuse() {
        if (newsfuse == null) {
            newsfuse = NewsFuse.load();
        }
        return newsfuse;
    }

    public static TestService start(Path folder) {
        return start(ServiceConfig.defaults().withDatabase(folder.resolve("test.db")).withPort(0).withWriteToken(TOKEN)
                .withDebounceMillis(50));
    }

    public static TestService start(ServiceConfig config) {
        NewsService service = NewsService.start(config, newsfuse());
        try {
            return new TestService(service, NewsServer.builder(service).routes(ServiceRoutes.standard()).start());
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until no story is stale (every change recomputed), failing after {@code seconds}. */
    public void awaitCurrent(int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (service.store().stats().staleStories() > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("stories still stale after " + seconds + " s: " + service.store().stats());
            }
            Thread.sleep(50);
        }
    }

    /** The repository root (where {@code examples/} is). */
    public static Path root() {
        Path p = Path.of(System.getProperty("newsfuse.root", "..")).toAbsolutePath().normalize();
        return Files.isDirectory(p.resolve("examples")) ? p : Path.of("..").toAbsolutePath().normalize();
    }

    /**
     * Holds the service's one writer connection until {@link HeldWriter#release} or close: whatever the
     * service writes meanwhile waits in its queue, as it would behind a slow commit.
     */
    public HeldWriter holdWriter() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> service.database().write(c -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holder.start();
        holding.await();
        return new HeldWriter(holder, release);
    }

    /** The writer connection held by a test; closing it releases the connection whatever happened. */
    public static final class HeldWriter implements AutoCloseable {
        private final Thread holder;
        private final CountDownLatch release;

        private HeldWriter(Thread holder, CountDownLatch release) {
            this.holder = holder;
            this.release = release;
        }

        public void release() {
            release.countDown();
        }

        @Override
        public void close() throws InterruptedException {
            release.countDown();
            holder.join();
        }
    }

    @Override
    public void close() {
        server.close();
        service.close();
    }
}
