-- SQLite only: full-text search over article titles and texts (FTS5, an external-content table
-- kept in step by a trigger; articles are never updated or deleted).
CREATE VIRTUAL TABLE article_search USING fts5 (title, body, content = 'articles', content_rowid = 'id');

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
