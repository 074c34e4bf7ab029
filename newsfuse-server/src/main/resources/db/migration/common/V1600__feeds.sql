-- Portable SQL (SQLite and PostgreSQL): the feed follower's tables (org.newsfuse.server.feed).
-- Versions 1600-1699 belong to the feed follower.

CREATE TABLE feeds (
    id                  BIGINT PRIMARY KEY,
    url                 TEXT NOT NULL,
    canonical_url       TEXT NOT NULL UNIQUE,      -- de-duplicates feeds added twice
    outlet              TEXT,                      -- as the user named it
    title               TEXT,                      -- as the feed names itself
    added_at            TEXT NOT NULL,             -- ISO instants, UTC
    last_fetch          TEXT,
    last_status         TEXT,                      -- ok | not modified | error
    last_error          TEXT,
    last_error_at       TEXT,
    next_poll           TEXT,
    poll_interval_ms    BIGINT NOT NULL,
    consecutive_errors  INTEGER NOT NULL DEFAULT 0,
    polls               BIGINT NOT NULL DEFAULT 0,
    items_in_feed       BIGINT NOT NULL DEFAULT 0,
    items_ingested      BIGINT NOT NULL DEFAULT 0,
    items_from_feed_text BIGINT NOT NULL DEFAULT 0,
    items_duplicate     BIGINT NOT NULL DEFAULT 0,
    items_failed        BIGINT NOT NULL DEFAULT 0,
    items_pending       BIGINT NOT NULL DEFAULT 0,
    etag                TEXT,
    last_modified       TEXT
);

-- every key an item was known by (canonical URL, GUID within its feed, digest within its feed):
-- an item seen under any of them is not ingested again. Kept when a feed is removed.
CREATE TABLE feed_item_keys (
    item_key    TEXT PRIMARY KEY,
    feed_id     BIGINT NOT NULL,
    article_id  TEXT,                               -- the stored article, when one was stored
    handled_at  TEXT NOT NULL
);

-- items whose page could not be read: ingested from the feed's text instead, or given up
CREATE TABLE feed_item_problems (
    feed_id  BIGINT NOT NULL,
    item     TEXT NOT NULL,
    title    TEXT,
    reason   TEXT NOT NULL,
    outcome  TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX feed_item_problems_feed ON feed_item_problems (feed_id, at);
