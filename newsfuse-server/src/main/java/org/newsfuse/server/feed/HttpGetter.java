package org.newsfuse.server.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

/**
 * Sends one GET (no redirects followed: the caller counts them) and reads the response within hard
 * limits: a connect timeout, one deadline for headers and body together, a byte cap checked on the
 * declared length, on the bytes as they arrive and again after un-gzipping (so a gzip bomb stops at the
 * cap). Blocks the calling thread for at most the read timeout.
 */
final class HttpGetter {

    private final HttpClient client;
    private final String userAgent;
    private final Duration readTimeout;

    HttpGetter(HttpClient client, String userAgent, Duration readTimeout) {
        this.client = client;
        this.userAgent = userAgent;
        this.readTimeout = readTimeout;
    }

    static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    RawResponse get(URI url, Map<String, String> headers, long maxBytes) throws FetchException {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(url).GET().timeout(readTimeout)
                    .header("User-Agent", userAgent)
                    .header("Accept-Encoding", "gzip");
        } catch (IllegalArgumentException e) {
            throw FetchException.lasting("not a URL that can be fetched: " + url);
        }
        if ("http".equalsIgnoreCase(url.getScheme())) {
            request.version(HttpClient.Version.HTTP_1_1);
        }
        headers.forEach(request::header);
        AtomicReference<CappedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(request.build(), info -> {
            CappedBody subscriber = new CappedBody(maxBytes, declaredLength(info));
            body.set(subscriber);
            return subscriber;
        });
        HttpResponse<byte[]> response;
        try {
            response = sent.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            CappedBody b = body.get();
            if (b != null) {
                b.abort();
            }
            sent.cancel(true);
            throw FetchException.passing(b == null
                    ? "no response within " + readTimeout.toMillis() + " ms"
                    : "response not finished within " + readTimeout.toMillis() + " ms (" + b.received() + " bytes received)");
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw FetchException.passing("interrupted while fetching");
        } catch (ExecutionException e) {
            throw translate(e.getCause(), url);
        }
        byte[] bytes = response.body();
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            bytes = gunzip(bytes, maxBytes);
        } else if (!encoding.isEmpty() && !encoding.equals("identity")) {
            throw FetchException.lasting("content encoding " + encoding + " is not supported (gzip was asked for)");
        }
        return new RawResponse(url, response.statusCode(), response.headers(), bytes);
    }

    private static long declaredLength(HttpResponse.ResponseInfo info) {
        return info.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    private static byte[] gunzip(byte[] compressed, long maxBytes) throws FetchException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) {
                throw FetchException.lasting("gzip body unpacks to more than the " + maxBytes + "-byte limit ("
                        + compressed.length + " bytes compressed)");
            }
            return out;
        } catch (IOException e) {
            throw FetchException.lasting("corrupt gzip body: " + e.getMessage());
        }
    }

    private static FetchException translate(Throwable cause, URI url) {
        if (cause instanceof TooLarge tooLarge) {
            return FetchException.lasting(tooLarge.getMessage());
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return FetchException.passing("connect timed out");
        }
        if (cause instanceof HttpTimeoutException) {
            return FetchException.passing("no response headers in time");
        }
        if (cause instanceof ConnectException) {
            return FetchException.passing("connection refused by " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : ""));
        }
        if (cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
            return FetchException.passing("unknown host " + url.getHost());
        }
        if (cause instanceof IOException) {
            String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return FetchException.passing("network error: " + m);
        }
        return FetchException.passing("request failed: " + (cause == null ? "unknown" : cause.getClass().getSimpleName()));
    }

    /** The body ran past the cap. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Collects the body up to the cap; cancels the transfer the moment the cap is passed. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long maxBytes;
        private final long declared;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;
        private volatile long received;

        CappedBody(long maxBytes, long declared) {
            this.maxBytes = maxBytes;
            this.declared = declared;
        }

        long received() {
            return received;
        }

        void abort() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(new IOException("aborted"));
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > maxBytes) {
                s.cancel();
                result.completeExceptionally(new TooLarge("declared length " + declared + " bytes is over the " + maxBytes + "-byte limit"));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            synchronized (bytes) {
                for (ByteBuffer b : items) {
                    int n = b.remaining();
                    if (received + n > maxBytes) {
                        received += n;
                        subscription.cancel();
                        result.completeExceptionally(new TooLarge("body is over the " + maxBytes + "-byte limit (stopped reading at "
                                + received + " bytes)"));
                        return;
                    }
                    byte[] chunk = new byte[n];
                    b.get(chunk);
                    bytes.write(chunk, 0, n);
                    received += n;
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            synchronized (bytes) {
                result.complete(bytes.toByteArray());
            }
        }
    }
}
