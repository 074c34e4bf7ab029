package org.newsfuse.server.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on one loopback address (127.0.0.x, ephemeral port) standing in for an outlet's
 * site: it serves routes given by the test and logs every request's arrival, so politeness is
 * measured where it matters, on the server.
 */
final class LoopbackSite implements AutoCloseable {

    /** Answers one request; {@code hit} counts the requests to this path so far, from 1. */
    interface Responder {
        void respond(HttpExchange exchange, int hit) throws IOException;
    }

    /** One request as the server saw it. */
    record Hit(String path, String query, long arrivalNanos, String userAgent, String ifNoneMatch, String ifModifiedSince) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Hit> hits = new ArrayList<>();
    private final AtomicLong bytesWritten = new AtomicLong();
    private volatile long responseDelayMillis;

    LoopbackSite(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Every response waits this long first (a slow host; the benchmark's per-response delay). */
    LoopbackSite delay(long millis) {
        this.responseDelayMillis = millis;
        return this;
    }

    LoopbackSite route(String path, Responder responder) {
        routes.put(path, responder);
        return this;
    }

    URI url(String path) {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path);
    }

    List<Hit> hits() {
        synchronized (hits) {
            return List.copyOf(hits);
        }
    }

    List<Hit> hits(String path) {
        return hits().stream().filter(h -> h.path().equals(path)).toList();
    }

    /** The least time between two request arrivals on this site, in milliseconds (MAX_VALUE with fewer than two). */
    double minGapMillis() {
        List<Hit> all = hits();
        double min = Double.MAX_VALUE;
        for (int i = 1; i < all.size(); i++) {
            min = Math.min(min, (all.get(i).arrivalNanos() - all.get(i - 1).arrivalNanos()) / 1e6);
        }
        return min;
    }

    long bytesWritten() {
        return bytesWritten.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrival = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        synchronized (hits) {
            hits.add(new Hit(path, exchange.getRequestURI().getRawQuery(), arrival, exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("If-None-Match"), exchange.getRequestHeaders().getFirst("If-Modified-Since")));
        }
        try (exchange) {
            if (responseDelayMillis > 0) {
                Thread.sleep(responseDelayMillis);
            }
            Responder responder = routes.get(path);
            int hit = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (responder == null) {
                send(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
            } else {
                responder.respond(exchange, hit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client hung up (as it should on an oversized or endless body)
        }
    }

    /** Sends a whole body with its length. */
    void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
                bytesWritten.addAndGet(body.length);
            }
        }
    }

    static Responder text(String contentType, String body) {
        return text(contentType, body, StandardCharsets.UTF_8);
    }

    static Responder text(String contentType, String body, Charset charset) {
        byte[] bytes = body.getBytes(charset);
        return (exchange, hit) -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    static Responder status(int status) {
        return (exchange, hit) -> exchange.sendResponseHeaders(status, -1);
    }

    static Responder redirect(int status, String location) {
        return (exchange, hit) -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /** A body of {@code size} bytes sent chunked (no length declared), counting what was actually written. */
    Responder huge(long size) {
        return (exchange, hit) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            byte[] block = "<p>Filler paragraph of the endless page, repeated.</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
                for (long sent = 0; sent < size; sent += block.length) {
                    out.write(block);
                    bytesWritten.addAndGet(block.length);
                }
            }
        };
    }

    /** A small gzip body ({@code Content-Encoding: gzip}) that unpacks to {@code unpacked} bytes. */
    static Responder gzipBomb(long unpacked) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            byte[] zeros = new byte[1 << 20];
            gz.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < unpacked; n += zeros.length) {
                gz.write(zeros);
            }
        }
        byte[] body = packed.toByteArray();
        return (exchange, hit) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /** Headers and the start of a body, then nothing for {@code stallMillis}: a response that never finishes. */
    static Responder neverFinishes(long stallMillis) {
        return (exchange, hit) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 100_000);
            OutputStream out = exchange.getResponseBody();
            out.write("<html><body><p>This page starts and then".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(stallMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("stalled response abandoned");
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
