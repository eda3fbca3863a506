-- Articles and every annotation of the extraction record (version 1).
-- Spans are half-open byte offsets [span_start, span_end) into articles.text.
-- Lists keep their order in a position column, counted from 0.

CREATE TABLE articles (
	seq            INTEGER PRIMARY KEY,          -- stable row number; the rowid of articles_fts
	id             TEXT    NOT NULL UNIQUE,      -- chronicle.ArticleID
	date           TEXT    NOT NULL DEFAULT '',  -- YYYY-MM-DD, '' when unknown
	title          TEXT    NOT NULL,
	source         TEXT    NOT NULL,
	url            TEXT    NOT NULL,
	text           TEXT    NOT NULL,
	record_version INTEGER NOT NULL,
	tone_score     REAL,                          -- the tone columns are NULL when there is no tone
	tone_positive  INTEGER,
	tone_negative  INTEGER,
	ingested_at    TEXT    NOT NULL               -- RFC 3339, UTC
);
CREATE INDEX articles_date ON articles (date, seq);

CREATE TABLE sentences (
	article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	PRIMARY KEY (article_id, position)
);

CREATE TABLE entities (
	article_id    TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	entity_id     TEXT    NOT NULL,               -- "E1", unique within the article
	position      INTEGER NOT NULL,
	name          TEXT    NOT NULL COLLATE NOCASE,
	type          TEXT    NOT NULL,
	country       TEXT    NOT NULL,
	place_name    TEXT,                           -- the place columns are NULL when not geocoded
	place_country TEXT,
	place_lat     REAL,
	place_lon     REAL,
	PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE entity_roles (
	article_id TEXT    NOT NULL,
	entity_id  TEXT    NOT NULL,
	position   INTEGER NOT NULL,
	role       TEXT    NOT NULL,
	PRIMARY KEY (article_id, entity_id, position),
	FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
);

CREATE TABLE mentions (
	article_id TEXT    NOT NULL,
	entity_id  TEXT    NOT NULL,
	position   INTEGER NOT NULL,
	text       TEXT    NOT NULL COLLATE NOCASE,
	kind       TEXT    NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	PRIMARY KEY (article_id, entity_id, position),
	FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
);
CREATE INDEX mentions_text ON mentions (text);

CREATE TABLE times (
	article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	text       TEXT    NOT NULL,
	type       TEXT    NOT NULL,
	value      TEXT    NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	PRIMARY KEY (article_id, position)
);

CREATE TABLE quotes (
	article_id   TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	position     INTEGER NOT NULL,
	text         TEXT    NOT NULL,
	kind         TEXT    NOT NULL,
	speaker      TEXT    NOT NULL,                -- an entity_id, '' when unnamed
	speaker_text TEXT    NOT NULL,
	cue          TEXT    NOT NULL,
	date         TEXT    NOT NULL,
	tone         REAL,                            -- NULL when not scored
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	PRIMARY KEY (article_id, position)
);

CREATE TABLE events (
	article_id       TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	event_id         TEXT    NOT NULL,            -- "V1", unique within the article
	position         INTEGER NOT NULL,
	type             TEXT    NOT NULL,
	mode             TEXT    NOT NULL,
	date             TEXT    NOT NULL,
	trigger_text     TEXT    NOT NULL,
	trigger_start    INTEGER NOT NULL,
	trigger_end      INTEGER NOT NULL,
	sentence_start   INTEGER NOT NULL,
	sentence_end     INTEGER NOT NULL,
	negated          INTEGER NOT NULL,
	hypothetical     INTEGER NOT NULL,
	future           INTEGER NOT NULL,
	confidence       REAL    NOT NULL,
	why              TEXT    NOT NULL,
	location_name    TEXT,                        -- the location columns are NULL when there is none
	location_country TEXT,
	location_lat     REAL,
	location_lon     REAL,
	PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_type_date ON events (type, date);
CREATE INDEX events_date ON events (date);

CREATE TABLE event_actors (
	article_id TEXT    NOT NULL,
	event_id   TEXT    NOT NULL,
	role       TEXT    NOT NULL CHECK (role IN ('source', 'target')),
	position   INTEGER NOT NULL,
	entity_id  TEXT    NOT NULL,
	PRIMARY KEY (article_id, event_id, role, position),
	FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_actors_entity ON event_actors (article_id, entity_id);

-- Full-text index over title and text, with articles as its external content.
-- No stemming, so that prefix queries match what users type; diacritics fold.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
