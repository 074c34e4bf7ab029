package org.newsfuse.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The embedded store: one SQLite file (see {@link Database}). Every statement is a prepared statement
 * with bound parameters; no text from a request is ever spliced into SQL. Full-text queries are
 * reduced to quoted words before they reach FTS5, so no query syntax passes through either.
 */
public final class SqliteStore implements NewsStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<RemovedSpan>> SPANS = new TypeReference<>() {
    };
    /** A word of a search query: letters and digits, nothing FTS5 would read as syntax. */
    private static final Pattern QUERY_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_QUERY_WORDS = 16;

    private final Database db;

    private SqliteStore(Database db) {
        this.db = db;
    }

    /** Opens (creating and migrating when needed) the store in {@code file}. */
    public static SqliteStore open(Path file) {
        return new SqliteStore(Database.open(file, 4));
    }

    /** The underlying database, for packages that keep tables of their own. */
    public Database database() {
        return db;
    }

    @Override
    public List<StoredPlacement> append(List<NewArticle> articles, Placer placer) {
        return db.write(c -> {
            List<StoredPlacement> out = new ArrayList<>(articles.size());
            Map<String, StoredPlacement> inBatch = new HashMap<>();
            long next = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM articles");
            try (PreparedStatement existing = c.prepareStatement("SELECT id, story_id FROM articles WHERE dedupe_key = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO articles (id, dedupe_key, story_id, copy_of, url, outlet, title,"
                         + " published, authors, format, body, html, removed, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement storyRow = c.prepareStatement("SELECT outlets, first_seen, last_seen FROM stories WHERE id = ?");
                 PreparedStatement newStory = c.prepareStatement("INSERT INTO stories (id, title, outlets, article_count, first_seen, last_seen,"
                         + " revision, built_revision, stale, version, created_at, updated_at, changed_at) VALUES (?, ?, ?, 1, ?, ?, 1, 0, 1, 0, ?, ?, ?)");
                 PreparedStatement joinStory = c.prepareStatement("UPDATE stories SET outlets = ?, article_count = article_count + 1,"
                         + " first_seen = ?, last_seen = ?, revision = revision + 1, stale = 1, updated_at = ?, changed_at = ?,"
                         + " title = COALESCE(title, ?) WHERE id = ?")) {
                for (NewArticle article : articles) {
                    StoredPlacement earlier = inBatch.get(article.dedupeKey());
                    if (earlier == null) {
                        existing.setString(1, article.dedupeKey());
                        try (ResultSet rs = existing.executeQuery()) {
                            if (rs.next()) {
                                earlier = new StoredPlacement(rs.getLong(1), rs.getLong(2), true);
                            }
                        }
                    }
                    if (earlier != null) {
                        out.add(new StoredPlacement(earlier.article(), earlier.story(), true));
                        continue;
                    }
                    long id = next++;
                    Placement placement = placer.place(article, id);
                    String now = article.receivedAt().toString();
                    String date = article.date().map(LocalDate::toString).orElse(null);
                    storyRow.setLong(1, placement.story());
                    try (ResultSet rs = storyRow.executeQuery()) {
                        if (rs.next()) {
                            LinkedHashSet<String> outlets = new LinkedHashSet<>(fromJson(rs.getString(1), STRINGS));
                            article.outlet().ifPresent(outlets::add);
                            joinStory.setString(1, toJson(new ArrayList<>(outlets)));
                            joinStory.setString(2, min(rs.getString(2), date));
                            joinStory.setString(3, max(rs.getString(3), date));
                            joinStory.setString(4, now);
                            joinStory.setString(5, now);
                            joinStory.setString(6, article.title().orElse(null));
                            joinStory.setLong(7, placement.story());
                            joinStory.executeUpdate();
                        } else {
                            newStory.setLong(1, placement.story());
                            newStory.setString(2, article.title().orElse(null));
                            newStory.setString(3, toJson(article.outlet().map(List::of).orElse(List.of())));
                            newStory.setString(4, date);
                            newStory.setString(5, date);
                            newStory.setString(6, now);
                            newStory.setString(7, now);
                            newStory.setString(8, now);
                            newStory.executeUpdate();
                        }
                    }
                    insert.setLong(1, id);
                    insert.setString(2, article.dedupeKey());
                    insert.setLong(3, placement.story());
                    setLong(insert, 4, placement.copyOf());
                    insert.setString(5, article.url().orElse(null));
                    insert.setString(6, article.outlet().orElse(null));
                    insert.setString(7, article.title().orElse(null));
                    insert.setString(8, date);
                    insert.setString(9, toJson(article.authors()));
                    insert.setString(10, article.format());
                    insert.setString(11, article.text());
                    insert.setString(12, article.html().orElse(null));
                    insert.setString(13, toJson(article.removed()));
                    insert.setString(14, now);
                    insert.executeUpdate();
                    StoredPlacement stored = new StoredPlacement(id, placement.story(), false);
                    inBatch.put(article.dedupeKey(), stored);
                    out.add(stored);
                }
            }
            return out;
        });
    }

    @Override
    public void forEachArticle(Consumer<StoredArticle> visitor) {
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(ARTICLE_COLUMNS + " ORDER BY id")) {
                s.setFetchSize(256);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        visitor.accept(article(rs));
                    }
                }
            }
            return null;
        });
    }

    private static final String ARTICLE_COLUMNS = "SELECT id, story_id, copy_of, url, outlet, title, published, authors, format, body,"
            + " removed, received_at FROM articles";

    @Override
    public Optional<StoredArticle> article(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(ARTICLE_COLUMNS + " WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(article(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<StoredArticle> storyArticles(long story) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(ARTICLE_COLUMNS + " WHERE story_id = ? ORDER BY id")) {
                s.setLong(1, story);
                List<StoredArticle> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(article(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Page<ArticleSummary> articlesOf(long story, int offset, int limit) {
        return db.read(c -> {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM articles WHERE story_id = ?")) {
                s.setLong(1, story);
                total = single(s);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id, story_id, copy_of, url, outlet, title, published, authors, received_at"
                    + " FROM articles WHERE story_id = ? ORDER BY id LIMIT ? OFFSET ?")) {
                s.setLong(1, story);
                s.setInt(2, limit);
                s.setInt(3, offset);
                List<ArticleSummary> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ArticleSummary(rs.getLong(1), rs.getLong(2), optionalLong(rs, 3), optional(rs.getString(4)),
                                optional(rs.getString(5)), optional(rs.getString(6)), optional(rs.getString(7)).map(LocalDate::parse),
                                fromJson(rs.getString(8), STRINGS), Instant.parse(rs.getString(9))));
                    }
                }
                return new Page<>(out, total, offset, limit);
            }
        });
    }

    private static final String STORY_COLUMNS = "SELECT s.id, s.title, s.outlets, s.article_count, s.first_seen, s.last_seen, s.version,"
            + " s.stale, s.lead, s.updated_at FROM stories s";

    @Override
    public Optional<StorySummary> story(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(STORY_COLUMNS + " WHERE s.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(story(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Page<StorySummary> stories(StoryQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        Optional<String> match = query.text().flatMap(SqliteStore::matchExpression);
        if (query.text().isPresent() && match.isEmpty()) {
            return new Page<>(List.of(), 0, query.offset(), query.limit());
        }
        match.ifPresent(m -> {
            where.append(" AND s.id IN (SELECT a.story_id FROM article_search f JOIN articles a ON a.id = f.rowid WHERE article_search MATCH ?)");
            params.add(m);
        });
        query.outlet().ifPresent(o -> {
            where.append(" AND s.id IN (SELECT story_id FROM articles WHERE outlet = ?)");
            params.add(o);
        });
        query.since().ifPresent(t -> {
            where.append(" AND s.updated_at >= ?");
            params.add(t.toString());
        });
        return db.read(c -> {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM stories s" + where)) {
                bind(s, params);
                total = single(s);
            }
            try (PreparedStatement s = c.prepareStatement(STORY_COLUMNS + where + " ORDER BY s.updated_at DESC, s.id DESC LIMIT ? OFFSET ?")) {
                bind(s, params);
                s.setInt(params.size() + 1, query.limit());
                s.setInt(params.size() + 2, query.offset());
                List<StorySummary> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(story(rs));
                    }
                }
                return new Page<>(out, total, query.offset(), query.limit());
            }
        });
    }

    @Override
    public Optional<StoryVersion> version(long story, Optional<Integer> version) {
        return db.read(c -> {
            String sql = "SELECT story_id, version, created_at, article_count, title, lead, summary, comparison FROM story_versions"
                    + " WHERE story_id = ?" + (version.isPresent() ? " AND version = ?" : " ORDER BY version DESC LIMIT 1");
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, story);
                if (version.isPresent()) {
                    s.setInt(2, version.get());
                }
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoryVersion(rs.getLong(1), rs.getInt(2), Instant.parse(rs.getString(3)), rs.getInt(4),
                            optional(rs.getString(5)), optional(rs.getString(6)), rs.getString(7), rs.getString(8)));
                }
            }
        });
    }

    @Override
    public List<VersionInfo> versions(long story) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT version, created_at, article_count FROM story_versions WHERE story_id = ? ORDER BY version DESC")) {
                s.setLong(1, story);
                List<VersionInfo> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new VersionInfo(rs.getInt(1), Instant.parse(rs.getString(2)), rs.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public long revision(long story) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT revision FROM stories WHERE id = ?")) {
                s.setLong(1, story);
                return single(s);
            }
        });
    }

    @Override
    public boolean saveVersion(long story, long builtRevision, NewVersion version) {
        return db.write(c -> {
            int number;
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM stories WHERE id = ?")) {
                s.setLong(1, story);
                number = (int) single(s) + 1;
            }
            String now = Instant.now().toString();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO story_versions (story_id, version, created_at, article_count, title,"
                    + " lead, summary, comparison) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, story);
                s.setInt(2, number);
                s.setString(3, now);
                s.setInt(4, version.articleCount());
                s.setString(5, version.title().orElse(null));
                s.setString(6, version.lead().orElse(null));
                s.setString(7, version.summaryJson());
                s.setString(8, version.comparisonJson());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE stories SET version = ?, built_revision = ?, title = COALESCE(?, title),"
                    + " lead = ?, updated_at = ?, stale = CASE WHEN revision > ? THEN 1 ELSE 0 END WHERE id = ?")) {
                s.setInt(1, number);
                s.setLong(2, builtRevision);
                s.setString(3, version.title().orElse(null));
                s.setString(4, version.lead().orElse(null));
                s.setString(5, now);
                s.setLong(6, builtRevision);
                s.setLong(7, story);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT stale FROM stories WHERE id = ?")) {
                s.setLong(1, story);
                return single(s) == 1;
            }
        });
    }

    @Override
    public List<Long> staleStories(int limit) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM stories WHERE stale = 1 ORDER BY changed_at, id LIMIT ?")) {
                s.setInt(1, limit);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Page<SearchHit> search(String query, int offset, int limit) {
        Optional<String> match = matchExpression(query);
        if (match.isEmpty()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return db.read(c -> {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM article_search WHERE article_search MATCH ?")) {
                s.setString(1, match.get());
                total = single(s);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.story_id, a.title, a.outlet,"
                    + " snippet(article_search, 1, '', '', ' ... ', 24), bm25(article_search)"
                    + " FROM article_search JOIN articles a ON a.id = article_search.rowid"
                    + " WHERE article_search MATCH ? ORDER BY bm25(article_search), a.id LIMIT ? OFFSET ?")) {
                s.setString(1, match.get());
                s.setInt(2, limit);
                s.setInt(3, offset);
                List<SearchHit> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SearchHit(rs.getLong(1), rs.getLong(2), optional(rs.getString(3)), optional(rs.getString(4)),
                                rs.getString(5) == null ? "" : rs.getString(5), -rs.getDouble(6)));
                    }
                }
                return new Page<>(out, total, offset, limit);
            }
        });
    }

    @Override
    public List<String> outlets() {
        // DISTINCT walks the articles_outlet index, not the table.
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL"
                    + " ORDER BY outlet COLLATE NOCASE, outlet");
                 ResultSet rs = s.executeQuery()) {
                List<String> outlets = new ArrayList<>();
                while (rs.next()) {
                    outlets.add(rs.getString(1));
                }
                return outlets;
            }
        });
    }

    @Override
    public StoreStats stats() {
        return db.read(c -> new StoreStats(scalar(c, "SELECT COUNT(*) FROM articles"), scalar(c, "SELECT COUNT(*) FROM stories"),
                scalar(c, "SELECT COUNT(*) FROM stories WHERE stale = 1"), db.bytes()));
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * The FTS5 expression for a user's query: its words, each quoted (so none is read as an operator),
     * all required. Empty when the query has no word.
     */
    static Optional<String> matchExpression(String query) {
        var m = QUERY_WORD.matcher(query);
        List<String> words = new ArrayList<>();
        while (m.find() && words.size() < MAX_QUERY_WORDS) {
            words.add('"' + m.group() + '"');
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    private static StoredArticle article(ResultSet rs) throws SQLException {
        return new StoredArticle(rs.getLong(1), rs.getLong(2), optionalLong(rs, 3), optional(rs.getString(4)), optional(rs.getString(5)),
                optional(rs.getString(6)), optional(rs.getString(7)).map(LocalDate::parse), fromJson(rs.getString(8), STRINGS),
                rs.getString(9), rs.getString(10), fromJson(rs.getString(11), SPANS), Instant.parse(rs.getString(12)));
    }

    private static StorySummary story(ResultSet rs) throws SQLException {
        return new StorySummary(rs.getLong(1), optional(rs.getString(2)), fromJson(rs.getString(3), STRINGS), rs.getInt(4),
                optional(rs.getString(5)).map(LocalDate::parse), optional(rs.getString(6)).map(LocalDate::parse), rs.getInt(7),
                rs.getInt(8) == 1, optional(rs.getString(9)), Instant.parse(rs.getString(10)));
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return single(s);
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setString(i + 1, (String) params.get(i));
        }
    }

    private static void setLong(PreparedStatement s, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            s.setLong(index, value.get());
        } else {
            s.setNull(index, Types.BIGINT);
        }
    }

    private static Optional<Long> optionalLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<String> optional(String s) {
        return Optional.ofNullable(s);
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a list as JSON", e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored JSON column is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
