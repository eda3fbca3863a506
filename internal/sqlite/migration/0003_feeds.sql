-- Followed feeds, and the feed entries already settled, so that polling
-- resumes after a restart without fetching again what it has.

CREATE TABLE feeds (
	url           TEXT    PRIMARY KEY,
	title         TEXT    NOT NULL DEFAULT '',
	etag          TEXT    NOT NULL DEFAULT '',  -- validators of the last read, for conditional GETs
	last_modified TEXT    NOT NULL DEFAULT '',
	last_fetch    TEXT    NOT NULL DEFAULT '',  -- RFC 3339, UTC; '' for never
	last_success  TEXT    NOT NULL DEFAULT '',
	last_new      TEXT    NOT NULL DEFAULT '',
	last_error    TEXT    NOT NULL DEFAULT '',
	error_at      TEXT    NOT NULL DEFAULT '',
	fetches       INTEGER NOT NULL DEFAULT 0,
	failures      INTEGER NOT NULL DEFAULT 0,
	failing       INTEGER NOT NULL DEFAULT 0,   -- failures in a row
	entries       INTEGER NOT NULL DEFAULT 0,
	stored        INTEGER NOT NULL DEFAULT 0,
	skipped       INTEGER NOT NULL DEFAULT 0
);

-- One row per settled entry of a feed, by its GUID (else its link).
CREATE TABLE feed_entries (
	feed       TEXT NOT NULL,
	guid       TEXT NOT NULL,
	article_id TEXT NOT NULL DEFAULT '',        -- '' when the entry gave no article
	byline     TEXT NOT NULL DEFAULT '',
	outcome    TEXT NOT NULL,
	seen_at    TEXT NOT NULL,
	PRIMARY KEY (feed, guid)
);
CREATE INDEX feed_entries_article ON feed_entries (article_id) WHERE article_id != '';

-- The canonical URLs that led to an article (or to an entry that gave none).
CREATE TABLE feed_urls (
	url        TEXT PRIMARY KEY,
	article_id TEXT NOT NULL DEFAULT ''
);
