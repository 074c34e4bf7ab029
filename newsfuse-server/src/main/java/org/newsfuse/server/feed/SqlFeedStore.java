package org.newsfuse.server.feed;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsfuse.server.store.Database;

/**
 * The follower's state in the service's database (tables of migration {@code V1600__feeds.sql}),
 * through the database's one writer and its pooled readers. Portable SQL, parameterized only.
 */
public final class SqlFeedStore implements FeedStore {

    private static final String COLUMNS = "id, url, outlet, title, last_fetch, last_status, last_error, last_error_at, next_poll, "
            + "poll_interval_ms, consecutive_errors, polls, items_in_feed, items_ingested, items_from_feed_text, items_duplicate, "
            + "items_failed, items_pending, etag, last_modified";

    private final Database database;

    public SqlFeedStore(Database database) {
        this.database = database;
    }

    @Override
    public FeedState add(FeedSubscription subscription, Duration initialPoll) {
        String canonical = UrlCanonicalizer.canonical(subscription.url()).toString();
        return database.write(c -> {
            Optional<FeedState> existing = query(c, "SELECT " + COLUMNS + " FROM feeds WHERE canonical_url = ?", canonical).stream().findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            long id;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM feeds");
                 ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO feeds (id, url, canonical_url, outlet, added_at, poll_interval_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, subscription.url().toString());
                s.setString(3, canonical);
                setOptional(s, 4, subscription.outlet());
                s.setString(5, Instant.now().toString());
                s.setLong(6, initialPoll.toMillis());
                s.executeUpdate();
            }
            return FeedState.fresh(id, subscription, initialPoll);
        });
    }

    @Override
    public boolean remove(long feedId) {
        return database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM feed_item_problems WHERE feed_id = ?")) {
                p.setLong(1, feedId);
                p.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM feeds WHERE id = ?")) {
                s.setLong(1, feedId);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<FeedState> feeds() {
        return database.read(c -> query(c, "SELECT " + COLUMNS + " FROM feeds ORDER BY id"));
    }

    @Override
    public Optional<FeedState> feed(long feedId) {
        return database.read(c -> query(c, "SELECT " + COLUMNS + " FROM feeds WHERE id = ?", feedId).stream().findFirst());
    }

    @Override
    public void save(FeedState st) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE feeds SET title = ?, last_fetch = ?, last_status = ?, last_error = ?, "
                    + "last_error_at = ?, next_poll = ?, poll_interval_ms = ?, consecutive_errors = ?, polls = ?, items_in_feed = ?, "
                    + "items_ingested = ?, items_from_feed_text = ?, items_duplicate = ?, items_failed = ?, items_pending = ?, etag = ?, "
                    + "last_modified = ? WHERE id = ?")) {
                setOptional(s, 1, st.title());
                setOptional(s, 2, st.lastFetch().map(Instant::toString));
                setOptional(s, 3, st.lastStatus());
                setOptional(s, 4, st.lastError());
                setOptional(s, 5, st.lastErrorAt().map(Instant::toString));
                setOptional(s, 6, st.nextPoll().map(Instant::toString));
                s.setLong(7, st.pollInterval().toMillis());
                s.setInt(8, st.consecutiveErrors());
                s.setLong(9, st.polls());
                s.setLong(10, st.itemsInFeed());
                s.setLong(11, st.itemsIngested());
                s.setLong(12, st.itemsFromFeedText());
                s.setLong(13, st.itemsDuplicate());
                s.setLong(14, st.itemsFailed());
                s.setLong(15, st.itemsPending());
                setOptional(s, 16, st.etag());
                setOptional(s, 17, st.lastModified());
                s.setLong(18, st.id());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Set<Long> handledBy(Collection<String> itemKeys) {
        if (itemKeys.isEmpty()) {
            return Set.of();
        }
        return database.read(c -> {
            Set<Long> owners = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT feed_id FROM feed_item_keys WHERE item_key = ?")) {
                for (String key : itemKeys) {
                    s.setString(1, key);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            owners.add(r.getLong(1));
                        }
                    }
                }
            }
            return owners;
        });
    }

    @Override
    public void markHandled(long feedId, Collection<String> itemKeys, Optional<String> articleId) {
        String now = Instant.now().toString();
        database.write(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM feed_item_keys WHERE item_key = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO feed_item_keys (item_key, feed_id, article_id, handled_at) VALUES (?, ?, ?, ?)")) {
                for (String key : itemKeys) {
                    exists.setString(1, key);
                    try (ResultSet r = exists.executeQuery()) {
                        if (r.next()) {
                            continue;
                        }
                    }
                    insert.setString(1, key);
                    insert.setLong(2, feedId);
                    setOptional(insert, 3, articleId);
                    insert.setString(4, now);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void recordFailure(ItemFailure f) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO feed_item_problems (feed_id, item, title, reason, outcome, at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, f.feedId());
                s.setString(2, f.item());
                s.setString(3, f.title());
                s.setString(4, f.reason());
                s.setString(5, f.outcome());
                s.setString(6, f.at().toString());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<ItemFailure> failures(long feedId, int limit) {
        return database.read(c -> {
            List<ItemFailure> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT item, title, reason, outcome, at FROM feed_item_problems "
                    + "WHERE feed_id = ? ORDER BY at DESC LIMIT ?")) {
                s.setLong(1, feedId);
                s.setInt(2, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new ItemFailure(feedId, r.getString(1), r.getString(2) == null ? "" : r.getString(2), r.getString(3),
                                r.getString(4), Instant.parse(r.getString(5))));
                    }
                }
            }
            return out;
        });
    }

    private static List<FeedState> query(Connection c, String sql, Object... params) throws SQLException {
        List<FeedState> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new FeedState(r.getLong("id"), URI.create(r.getString("url")), text(r, "outlet"), text(r, "title"),
                            text(r, "last_fetch").map(Instant::parse), text(r, "last_status"), text(r, "last_error"),
                            text(r, "last_error_at").map(Instant::parse), text(r, "next_poll").map(Instant::parse),
                            Duration.ofMillis(r.getLong("poll_interval_ms")), r.getInt("consecutive_errors"), r.getLong("polls"),
                            r.getLong("items_in_feed"), r.getLong("items_ingested"), r.getLong("items_from_feed_text"),
                            r.getLong("items_duplicate"), r.getLong("items_failed"), r.getLong("items_pending"), text(r, "etag"),
                            text(r, "last_modified")));
                }
            }
        }
        return out;
    }

    private static Optional<String> text(ResultSet r, String column) throws SQLException {
        return Optional.ofNullable(r.getString(column));
    }

    private static void setOptional(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }
}
