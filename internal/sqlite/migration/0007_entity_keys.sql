-- Entities across articles by a key rather than by their name as each
-- article gives it, so that "US", "U.S." and "the United States" are one
-- entity, and a bare surname may stand for the one person of that name
-- (query_aggregates.go, names.go). The key comes from the store's Namer,
-- which is Go code: these tables are created empty here, and Open fills
-- them from the stored rows whenever entity_names_version differs from the
-- Namer's version, which it does for every store made before this
-- migration.

DROP TABLE entity_stats;
DROP TABLE entity_countries;
DROP TABLE entity_role_stats;
DELETE FROM event_pairs;
UPDATE article_facets SET entities = '';

-- One row per entity across articles. A row with linked set is a bare
-- surname that stands for the person of that row: it keeps its own counts,
-- is not listed, and its counts are also in the row it is linked to.
CREATE TABLE entity_stats (
	id       INTEGER PRIMARY KEY,
	key      TEXT    NOT NULL UNIQUE,            -- type, NUL, the Namer's key
	name     TEXT    NOT NULL COLLATE NOCASE,    -- the name to show
	type     TEXT    NOT NULL,
	country  TEXT    NOT NULL DEFAULT '',        -- the country most articles give, '' when none does
	surname  TEXT    NOT NULL DEFAULT '',        -- persons: the last word of the key
	linked   INTEGER,                            -- a bare surname: the person it stands for
	articles INTEGER NOT NULL,
	mentions INTEGER NOT NULL
);
CREATE INDEX entity_stats_rank ON entity_stats (articles DESC, name, type);
CREATE INDEX entity_stats_type_rank ON entity_stats (type, articles DESC);
CREATE INDEX entity_stats_name ON entity_stats (name);
CREATE INDEX entity_stats_surname ON entity_stats (surname, type) WHERE surname != '';
CREATE INDEX entity_stats_linked ON entity_stats (linked) WHERE linked IS NOT NULL;

-- The names the articles give each entity, with how many articles give it.
CREATE TABLE entity_names (
	entity   INTEGER NOT NULL,
	name     TEXT    NOT NULL COLLATE NOCASE,
	articles INTEGER NOT NULL,
	PRIMARY KEY (entity, name)
) WITHOUT ROWID;
CREATE INDEX entity_names_name ON entity_names (name, entity);

-- The articles that give an entity each country.
CREATE TABLE entity_countries (
	entity   INTEGER NOT NULL,
	country  TEXT    NOT NULL,
	articles INTEGER NOT NULL,
	PRIMARY KEY (entity, country)
) WITHOUT ROWID;
CREATE INDEX entity_countries_rank ON entity_countries (country, articles DESC, entity);

-- How often each role (title) is given to an entity.
CREATE TABLE entity_role_stats (
	entity INTEGER NOT NULL,
	role   TEXT    NOT NULL COLLATE NOCASE,
	n      INTEGER NOT NULL,
	PRIMARY KEY (entity, role)
) WITHOUT ROWID;

-- Each stored entity's row of entity_stats, by which the listings now
-- find the stored entities of a name; the indexes by name (0002, 0005)
-- have no reader left.
ALTER TABLE entities ADD COLUMN entity INTEGER NOT NULL DEFAULT 0;
CREATE INDEX entities_entity ON entities (entity, article_id, entity_id);
DROP INDEX entities_group;
DROP INDEX entities_name_ids;

-- What the store knows about itself: entity_names_version is the version
-- of the Namer that keyed the entities.
CREATE TABLE store_meta (
	name  TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
