package org.newsfuse.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the service runs. Parsed from the command line at the edge ({@code newsfuse serve}); immutable.
 *
 * @param database        the SQLite file
 * @param bind            the address to listen on
 * @param port            the port (0: any free one)
 * @param writeToken      bearer token that write endpoints require
 * @param readToken       bearer token that reads require, when set (reads are open otherwise)
 * @param maxBodyBytes    largest request body taken (413 above it); the JSONL batch endpoint takes
 *                        {@code maxBatchBytes}, with each line at most this size
 * @param maxBatchBytes   largest JSONL batch body
 * @param queueCapacity   articles that may wait for the writer before new ones get 503
 * @param debounceMillis  a story is recomputed this long after its last change
 * @param refreshCapacity stories the refresher holds in memory (the rest wait in the store)
 * @param drainMillis     how long a graceful stop waits for queued work
 */
public record ServiceConfig(Path database, String bind, int port, Optional<String> writeToken, Optional<String> readToken,
                            long maxBodyBytes, long maxBatchBytes, int queueCapacity, long debounceMillis, int refreshCapacity,
                            long drainMillis) {

    public ServiceConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(bind, "bind");
        writeToken = writeToken == null ? Optional.empty() : writeToken.filter(t -> !t.isBlank());
        readToken = readToken == null ? Optional.empty() : readToken.filter(t -> !t.isBlank());
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        if (maxBodyBytes < 1024 || maxBatchBytes < maxBodyBytes) {
            throw new IllegalArgumentException("body limits too small: " + maxBodyBytes + ", " + maxBatchBytes);
        }
        if (queueCapacity < 1 || refreshCapacity < 2) {
            throw new IllegalArgumentException("queue capacities must be positive: " + queueCapacity + ", " + refreshCapacity);
        }
    }

    /** {@code newsfuse.db}, 127.0.0.1:8080, 2 MB bodies, 256 MB batches, 4,096 queued articles, 1 s debounce. */
    public static ServiceConfig defaults() {
        return new ServiceConfig(Path.of("newsfuse.db"), "127.0.0.1", 8080, Optional.empty(), Optional.empty(), 2L << 20, 256L << 20,
                4096, 1000, 10_000, 30_000);
    }

    public ServiceConfig withDatabase(Path value) {
        return new ServiceConfig(value, bind, port, writeToken, readToken, maxBodyBytes, maxBatchBytes, queueCapacity, debounceMillis,
                refreshCapacity, drainMillis);
    }

    public ServiceConfig withBind(String value) {
        return new ServiceConfig(database, value, port, writeToken, readToken, maxBodyBytes, maxBatchBytes, queueCapacity, debounceMillis,
                refreshCapacity, drainMillis);
    }

    public ServiceConfig withPort(int value) {
        return new ServiceConfig(database, bind, value, writeToken, readToken, maxBodyBytes, maxBatchBytes, queueCapacity, debounceMillis,
                refreshCapacity, drainMillis);
    }

    public ServiceConfig withWriteToken(String value) {
        return new ServiceConfig(database, bind, port, Optional.ofNullable(value), readToken, maxBodyBytes, maxBatchBytes, queueCapacity,
                debounceMillis, refreshCapacity, drainMillis);
    }

    public ServiceConfig withReadToken(String value) {
        return new ServiceConfig(database, bind, port, writeToken, Optional.ofNullable(value), maxBodyBytes, maxBatchBytes, queueCapacity,
                debounceMillis, refreshCapacity, drainMillis);
    }

    public ServiceConfig withMaxBodyBytes(long value) {
        return new ServiceConfig(database, bind, port, writeToken, readToken, value, Math.max(value, maxBatchBytes), queueCapacity,
                debounceMillis, refreshCapacity, drainMillis);
    }

    public ServiceConfig withQueueCapacity(int value) {
        return new ServiceConfig(database, bind, port, writeToken, readToken, maxBodyBytes, maxBatchBytes, value, debounceMillis,
                refreshCapacity, drainMillis);
    }

    public ServiceConfig withDebounceMillis(long value) {
        return new ServiceConfig(database, bind, port, writeToken, readToken, maxBodyBytes, maxBatchBytes, queueCapacity, value,
                refreshCapacity, drainMillis);
    }
}
