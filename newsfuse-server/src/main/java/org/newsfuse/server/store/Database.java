package org.newsfuse.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite file in WAL mode: a single writer connection that one thread at a time holds for a
 * transaction, and a small pool of read-only connections that read the last committed state without
 * waiting for the writer. The schema is migrated by Flyway when the database opens.
 *
 * <p>Durability: {@code synchronous=FULL}, so each commit fsyncs the write-ahead log before it
 * returns; a commit survives {@code kill -9} and also a power cut. (In WAL mode {@code NORMAL} would
 * survive {@code kill -9} too, but not a power cut; the ingest writer commits a whole batch of
 * articles at once, so the one fsync per commit is cheap enough to keep.) Checkpoints are SQLite's
 * automatic ones (every 1,000 log pages, inside the commit that crosses the mark): moving them to a
 * thread of their own was tried and measured, and cost more CPU per article than it saved
 * (docs/BENCHMARKS.md).
 *
 * <p>Other packages that keep their own tables (feeds, web) use {@link #write} and {@link #read}, and
 * add their migrations under {@code db/migration/common} with their own version range (see the package
 * documentation).
 */
public final class Database implements AutoCloseable {

    /** Work done on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static final long BUSY_TIMEOUT_MILLIS = 10_000;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers;
    private final List<Connection> allReaders = new ArrayList<>();

    private final java.nio.channels.FileChannel lockChannel;

    private Database(Path file, java.nio.channels.FileChannel lockChannel, Connection writer, int readerCount) throws SQLException {
        this.file = file;
        this.lockChannel = lockChannel;
        this.writer = writer;
        this.readers = new ArrayBlockingQueue<>(readerCount);
        for (int i = 0; i < readerCount; i++) {
            Connection reader = dataSource(file, true).getConnection();
            allReaders.add(reader);
            readers.add(reader);
        }
    }

    /**
     * Opens (creating when missing) and migrates the database file. One process at a time: a second
     * one (a {@code newsfuse import} while {@code newsfuse serve} runs on the same file) is refused,
     * because each keeps the grouping's state in memory.
     */
    public static Database open(Path file, int readerCount) {
        java.nio.channels.FileChannel lock = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            lock = java.nio.channels.FileChannel.open(Path.of(file.toAbsolutePath() + ".lock"), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
            if (lock.tryLock() == null) {
                lock.close();
                throw new StoreException("the database " + file + " is in use by another newsfuse process", null);
            }
            SQLiteDataSource writeSource = dataSource(file, false);
            Flyway.configure().loggers("slf4j").dataSource(writeSource)
                    .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
                    .outOfOrder(true)
                    .load().migrate();
            Connection writer = writeSource.getConnection();
            writer.setAutoCommit(false);
            return new Database(file, lock, writer, readerCount);
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open the database " + file + ": " + rootMessage(e), e);
        }
    }

    private static void closeQuietly(java.nio.channels.FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (java.io.IOException ignored) {
            // releasing the lock: the process ends soon anyway
        }
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is on disk before the article is acknowledged
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout((int) BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    /** Runs {@code work} in a write transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            try {
                T result = work.apply(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                if (e instanceof StoreException se) {
                    throw se;
                }
                if (e instanceof RuntimeException re && !(e instanceof SqlFailure)) {
                    throw re;
                }
                throw new StoreException("write failed: " + rootMessage(e), e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a read-only connection that sees the last committed state. */
    public <T> T read(Work<T> work) {
        Connection connection;
        try {
            connection = readers.poll(BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", e);
        }
        if (connection == null) {
            throw new StoreException("no database connection free for " + BUSY_TIMEOUT_MILLIS + " ms", null);
        }
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StoreException("read failed: " + rootMessage(e), e);
        } finally {
            readers.add(connection);
        }
    }

    /** The database file's size with its write-ahead log. */
    public long bytes() {
        long size = 0;
        for (String suffix : List.of("", "-wal")) {
            Path p = Path.of(file.toAbsolutePath() + suffix);
            try {
                size += java.nio.file.Files.exists(p) ? java.nio.file.Files.size(p) : 0;
            } catch (java.io.IOException e) {
                // a log checkpointed away while we looked: counts as empty
            }
        }
        return size;
    }

    public Path file() {
        return file;
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable: the next write fails and says so
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A checked SQL failure thrown from inside a lambda that cannot throw {@link SQLException}. */
    static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super(cause);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            for (Connection c : allReaders) {
                c.close();
            }
            writer.close();
            closeQuietly(lockChannel);
        } catch (SQLException e) {
            throw new StoreException("closing the database failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }
}
