-- How many rows each table of the extraction record holds, for Stats
-- (stats.go, GET /api/v1/stats), which then reads seven numbers instead of
-- counting every row. Triggers keep the counts as rows are inserted and
-- deleted, whoever writes: an article's annotations deleted through its
-- foreign keys fire their own triggers too.
CREATE TABLE row_counts (
	name TEXT    PRIMARY KEY, -- the table counted
	n    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO row_counts (name, n)
	SELECT 'articles', count(*) FROM articles
	UNION ALL SELECT 'sentences', count(*) FROM sentences
	UNION ALL SELECT 'entities', count(*) FROM entities
	UNION ALL SELECT 'mentions', count(*) FROM mentions
	UNION ALL SELECT 'times', count(*) FROM times
	UNION ALL SELECT 'quotes', count(*) FROM quotes
	UNION ALL SELECT 'events', count(*) FROM events;

CREATE TRIGGER articles_counted_insert AFTER INSERT ON articles BEGIN
	UPDATE row_counts SET n = n + 1 WHERE name = 'articles';
END;
CREATE TRIGGER articles_counted_delete AFTER DELETE ON articles BEGIN
	UPDATE row_counts SET n = n - 1 WHERE name = 'articles';
END;

CREATE TRIGGER sentences_counted_insert AFTER INSERT ON sentences BEGIN
	UPDATE row_counts SET n = n + 1 WHERE name = 'sentences';
END;
CREATE TRIGGER sentences_counted_delete AFTER DELETE ON sentences BEGIN
	UPDATE row_counts SET n = n - 1 WHERE name = 'sentences';
END;

CREATE TRIGGER entities_counted_insert AFTER INSERT ON entities BEGIN
	UPDATE row_counts SET n = n + 1 WHERE name = 'entities';
END;
CREATE TRIGGER entities_counted_delete AFTER DELETE ON entities BEGIN
	UPDATE row_counts SET n = n - 1 WHERE name = 'entities';
END;

CREATE TRIGGER mentions_counted_insert AFTER INSERT ON mentions BEGIN
	UPDATE row_counts SET n = n + 1 WHERE name = 'mentions';
END;
CREATE TRIGGER mentions_counted_delete AFTER DELETE ON mentions BEGIN
	UPDATE row_counts SET n = n - 1 WHERE name = 'mentions';
END;

CREATE TRIGGER times_counted_insert AFTER INSERT ON times BEGIN
	UPDATE row_counts SET n = n + 1 WHERE name = 'times';
END;
CREATE TRIGGER times_counted_delete AFTER DELETE ON times BEGIN
	UPDATE row_counts SET n = n - 1 WHERE name = 'times';
END;

CREATE TRIGGER quotes_counted_insert AFTER INSERT ON quotes BEGIN
	UPDATE row_counts SET n = n + 1 WHERE name = 'quotes';
END;
CREATE TRIGGER quotes_counted_delete AFTER DELETE ON quotes BEGIN
	UPDATE row_counts SET n = n - 1 WHERE name = 'quotes';
END;

CREATE TRIGGER events_counted_insert AFTER INSERT ON events BEGIN
	UPDATE row_counts SET n = n + 1 WHERE name = 'events';
END;
CREATE TRIGGER events_counted_delete AFTER DELETE ON events BEGIN
	UPDATE row_counts SET n = n - 1 WHERE name = 'events';
END;
