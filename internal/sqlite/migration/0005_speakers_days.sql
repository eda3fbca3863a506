-- More aggregates for the listings, kept by SaveDocument like those of
-- 0004_aggregates.sql (query_aggregates.go), and covering indexes.

-- Quote speakers as the articles name them, indexed by trigrams, so that
-- the quotes whose speaker text contains a name are found without reading
-- every quote.
CREATE VIRTUAL TABLE quote_speakers USING fts5 (
	speaker_text,
	content = 'quotes', content_rowid = 'rowid',
	tokenize = 'trigram'
);

-- Articles and events per day, for the timeline of the whole store.
CREATE TABLE day_counts (
	day      TEXT    PRIMARY KEY,                -- YYYY-MM-DD
	articles INTEGER NOT NULL,
	events   INTEGER NOT NULL
) WITHOUT ROWID;

-- facet_counts (0004) also counts the articles of each month: facet
-- 'month', value YYYY-MM, or '' for the articles of unknown date.

-- Covering indexes for what an entity's name selects: its rows (and so its
-- events and quotes), the articles whose mentions have the name, their
-- dates.
DROP INDEX entities_name;
CREATE INDEX entities_name_ids ON entities (name, article_id, entity_id);
DROP INDEX mentions_text;
CREATE INDEX mentions_text_article ON mentions (text, article_id);
CREATE INDEX articles_id_date ON articles (id, date);
CREATE INDEX quotes_speaker ON quotes (article_id, speaker);

-- Build them from what is stored.
INSERT INTO quote_speakers (quote_speakers) VALUES ('rebuild');

INSERT INTO day_counts (day, articles, events)
	SELECT day, sum(articles), sum(events) FROM (
		SELECT date AS day, count(*) AS articles, 0 AS events FROM articles WHERE length(date) = 10 GROUP BY date
		UNION ALL
		SELECT substr(day, 1, 10), 0, count(*) FROM events WHERE length(day) >= 10 GROUP BY substr(day, 1, 10))
	GROUP BY day;

INSERT INTO facet_counts (facet, value, articles)
	SELECT 'month', substr(date, 1, 7), count(*) FROM articles GROUP BY substr(date, 1, 7);
