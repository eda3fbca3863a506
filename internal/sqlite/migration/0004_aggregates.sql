-- Aggregates across articles for the listings (query_*.go). SaveDocument
-- keeps them in the transaction that stores an article
-- (query_aggregates.go); this migration builds them from the articles
-- already stored. Across articles an entity is known by its name, ignoring
-- case, and its type.

-- Entities across articles: how many articles mention each, how many times
-- all together, and the country most of those articles give.
CREATE TABLE entity_stats (
	id       INTEGER PRIMARY KEY,
	name     TEXT    NOT NULL COLLATE NOCASE,
	type     TEXT    NOT NULL,
	country  TEXT    NOT NULL DEFAULT '',        -- '' when no article gives one
	articles INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	UNIQUE (name, type)
);
CREATE INDEX entity_stats_rank ON entity_stats (articles DESC, name, type);
CREATE INDEX entity_stats_type_rank ON entity_stats (type, articles DESC);

-- The articles that give an entity each country.
CREATE TABLE entity_countries (
	name     TEXT    NOT NULL COLLATE NOCASE,
	type     TEXT    NOT NULL,
	country  TEXT    NOT NULL,
	articles INTEGER NOT NULL,
	PRIMARY KEY (name, type, country)
) WITHOUT ROWID;
CREATE INDEX entity_countries_rank ON entity_countries (country, articles DESC, name, type);

-- How often each role (title) is given to an entity.
CREATE TABLE entity_role_stats (
	name TEXT    NOT NULL COLLATE NOCASE,
	type TEXT    NOT NULL,
	role TEXT    NOT NULL COLLATE NOCASE,
	n    INTEGER NOT NULL,
	PRIMARY KEY (name, type, role)
) WITHOUT ROWID;

-- What each article counts towards the facets of a search, one short row
-- per article: its entities as entity_stats ids, each times 8 plus its
-- type's code (1 PERSON, 2 ORG, 3 LOC, 4 MISC, 0 any other), and the
-- countries of its entities, each list separated by spaces.
CREATE TABLE article_facets (
	seq       INTEGER PRIMARY KEY,               -- articles.seq
	entities  TEXT    NOT NULL,
	countries TEXT    NOT NULL
);

-- Who acts with whom: per event type, how many events have both entities
-- among their actors (sources or targets), entities as codes as in
-- article_facets, the smaller first.
CREATE TABLE event_pairs (
	a      INTEGER NOT NULL,
	b      INTEGER NOT NULL,
	type   TEXT    NOT NULL,
	events INTEGER NOT NULL,
	PRIMARY KEY (a, b, type)
) WITHOUT ROWID;
CREATE INDEX event_pairs_b ON event_pairs (b, a);

-- Articles per value of a facet across the whole store: facet 'type'
-- counts the articles with an entity of a type, 'country' those with an
-- entity of a country.
CREATE TABLE facet_counts (
	facet    TEXT    NOT NULL,
	value    TEXT    NOT NULL,
	articles INTEGER NOT NULL,
	PRIMARY KEY (facet, value)
) WITHOUT ROWID;

-- An event's day (its own date when the article gives one, else the
-- article's) and its article's row number: the event listings sort by day,
-- article and position, latest first, and filter by day.
ALTER TABLE events ADD COLUMN day TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_latest ON events (day DESC, seq DESC, position);
CREATE INDEX events_type_latest ON events (type, day DESC, seq DESC, position);
CREATE INDEX events_location_country ON events (location_country);
CREATE INDEX entities_country ON entities (country, article_id, entity_id);

-- Build them from what is stored.
UPDATE events SET day = coalesce(nullif(events.date, ''), a.date), seq = a.seq
	FROM articles a WHERE a.id = events.article_id;

INSERT INTO entity_stats (name, type, articles, mentions)
	SELECT e.name, e.type, count(DISTINCT e.article_id),
		sum((SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.entity_id))
	FROM entities e GROUP BY e.name, e.type;

INSERT INTO entity_countries (name, type, country, articles)
	SELECT name, type, country, count(DISTINCT article_id) FROM entities GROUP BY name, type, country;

UPDATE entity_stats SET country = coalesce((SELECT c.country FROM entity_countries c
	WHERE c.name = entity_stats.name AND c.type = entity_stats.type AND c.country != ''
	ORDER BY c.articles DESC, c.country LIMIT 1), '');

INSERT OR IGNORE INTO entity_role_stats (name, type, role, n)
	SELECT e.name, e.type, r.role, count(*)
	FROM entity_roles r JOIN entities e ON e.article_id = r.article_id AND e.entity_id = r.entity_id
	GROUP BY e.name, e.type, r.role COLLATE NOCASE;

INSERT INTO article_facets (seq, entities, countries)
	SELECT a.seq,
		coalesce((SELECT group_concat(code, ' ') FROM (SELECT DISTINCT s.id * 8 + CASE s.type
				WHEN 'PERSON' THEN 1 WHEN 'ORG' THEN 2 WHEN 'LOC' THEN 3 WHEN 'MISC' THEN 4 ELSE 0 END AS code
			FROM entities e JOIN entity_stats s ON s.name = e.name AND s.type = e.type
			WHERE e.article_id = a.id)), ''),
		coalesce((SELECT group_concat(country, ' ') FROM (SELECT DISTINCT country
			FROM entities e WHERE e.article_id = a.id AND e.country != '')), '')
	FROM articles a;

INSERT INTO event_pairs (a, b, type, events)
	SELECT a, b, type, count(*) FROM (SELECT DISTINCT x1.article_id, x1.event_id, v.type,
			min(c1.code, c2.code) AS a, max(c1.code, c2.code) AS b
		FROM event_actors x1
		JOIN event_actors x2 ON x2.article_id = x1.article_id AND x2.event_id = x1.event_id AND x2.entity_id > x1.entity_id
		JOIN events v ON v.article_id = x1.article_id AND v.event_id = x1.event_id
		JOIN (SELECT e.article_id, e.entity_id, s.id * 8 + CASE s.type
				WHEN 'PERSON' THEN 1 WHEN 'ORG' THEN 2 WHEN 'LOC' THEN 3 WHEN 'MISC' THEN 4 ELSE 0 END AS code
			FROM entities e JOIN entity_stats s ON s.name = e.name AND s.type = e.type) c1
			ON c1.article_id = x1.article_id AND c1.entity_id = x1.entity_id
		JOIN (SELECT e.article_id, e.entity_id, s.id * 8 + CASE s.type
				WHEN 'PERSON' THEN 1 WHEN 'ORG' THEN 2 WHEN 'LOC' THEN 3 WHEN 'MISC' THEN 4 ELSE 0 END AS code
			FROM entities e JOIN entity_stats s ON s.name = e.name AND s.type = e.type) c2
			ON c2.article_id = x2.article_id AND c2.entity_id = x2.entity_id
		WHERE c1.code != c2.code)
	GROUP BY a, b, type;

INSERT INTO facet_counts (facet, value, articles)
	SELECT 'type', type, count(DISTINCT article_id) FROM entities GROUP BY type;
INSERT INTO facet_counts (facet, value, articles)
	SELECT 'country', country, count(DISTINCT article_id) FROM entities WHERE country != '' GROUP BY country;
