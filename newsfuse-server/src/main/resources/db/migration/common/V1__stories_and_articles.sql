-- Portable SQL (SQLite and PostgreSQL): the store's tables.

CREATE TABLE stories (
    id             BIGINT PRIMARY KEY,           -- the grouping's story number + 1
    title          TEXT,
    outlets        TEXT NOT NULL DEFAULT '[]',   -- JSON array, in order of appearance
    article_count  INTEGER NOT NULL DEFAULT 0,
    first_seen     TEXT,                         -- ISO date of the earliest dated article
    last_seen      TEXT,
    revision       BIGINT NOT NULL DEFAULT 0,    -- articles that have joined
    built_revision BIGINT NOT NULL DEFAULT 0,    -- revision the latest version was built from
    stale          INTEGER NOT NULL DEFAULT 1,   -- 1 while revision > built_revision
    version        INTEGER NOT NULL DEFAULT 0,
    lead           TEXT,                         -- first sentence of the latest summary
    created_at     TEXT NOT NULL,                -- ISO instants, UTC
    updated_at     TEXT NOT NULL,
    changed_at     TEXT NOT NULL                 -- when an article last joined
);
CREATE INDEX stories_updated ON stories (updated_at, id);
CREATE INDEX stories_stale ON stories (stale, changed_at);

CREATE TABLE articles (
    id          BIGINT PRIMARY KEY,              -- arrival order: the grouping replays in this order
    dedupe_key  TEXT NOT NULL UNIQUE,            -- url, else a hash of the content
    story_id    BIGINT NOT NULL REFERENCES stories (id),
    copy_of     BIGINT REFERENCES articles (id),
    url         TEXT,
    outlet      TEXT,
    title       TEXT,
    published   TEXT,                            -- ISO date
    authors     TEXT NOT NULL DEFAULT '[]',      -- JSON array
    format      TEXT NOT NULL,                   -- text | html
    body        TEXT NOT NULL,                   -- the text every span points into
    html        TEXT,
    removed     TEXT NOT NULL DEFAULT '[]',      -- JSON array of {start, end, reason, detail}
    received_at TEXT NOT NULL
);
CREATE INDEX articles_story ON articles (story_id, id);
CREATE INDEX articles_outlet ON articles (outlet, story_id);

CREATE TABLE story_versions (
    story_id      BIGINT NOT NULL REFERENCES stories (id),
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    article_count INTEGER NOT NULL,
    title         TEXT,
    lead          TEXT,
    summary       TEXT NOT NULL,                 -- JSON, as summarize --format json
    comparison    TEXT NOT NULL,                 -- JSON, as compare --format json
    PRIMARY KEY (story_id, version)
);
