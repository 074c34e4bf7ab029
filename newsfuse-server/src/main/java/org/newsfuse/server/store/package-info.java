/**
 * The service's store: articles as they arrived (original text, removed spans, their story), stories
 * with every recomputed version of their summary and comparison, and full-text search. Everything
 * goes through {@link org.newsfuse.server.store.NewsStore}; {@link org.newsfuse.server.store.SqliteStore}
 * is the embedded implementation (one writer connection, pooled readers, WAL). Its schema is versioned
 * by Flyway migrations: portable SQL in {@code db/migration/common}, SQLite-only parts (FTS5) in
 * {@code db/migration/sqlite}, so a PostgreSQL store needs only its own search migration.
 *
 * <p>Migration versions are shared by every package that keeps tables here: the store uses 1-99,
 * feeds 1600-1699, the web pages 2000-2099 (Flyway runs with {@code outOfOrder}).
 */
package org.newsfuse.server.store;
