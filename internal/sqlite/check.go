package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"chronicle"
)

// differ counts the rows in which the tables truth and kept (of the same
// columns) differ: those in either and not in the other. Each difference
// is its own SELECT, since compound operators bind left to right.
const differ = `SELECT count(*) FROM (SELECT * FROM (SELECT * FROM truth EXCEPT SELECT * FROM kept)
	UNION ALL SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM truth))`

// withLinked is what a row of entity_stats holds of the table own (entity,
// value, n): its own rows, and those of the bare surnames linked to it,
// whose counts it holds too.
const withLinked = `SELECT entity, value, sum(n) AS n FROM (SELECT entity, value, n FROM own
	UNION ALL SELECT s.linked, o.value, o.n FROM own o JOIN entity_stats s ON s.id = o.entity WHERE s.linked IS NOT NULL)
	GROUP BY entity, value`

// entityCode is the SQL for the code of the stored entity e in
// article_facets and event_pairs (see typeCode).
var entityCode = func() string {
	var b strings.Builder
	b.WriteString("e.entity * 8 + CASE e.type")
	for _, t := range chronicle.EntityTypes {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", t, typeCode(t))
	}
	b.WriteString(" ELSE 0 END")
	return b.String()
}()

// checks are the questions Check asks, each a query that counts the rows
// at fault.
var checks = []struct{ what, query string }{
	{"row counts that differ from the rows", `SELECT count(*) FROM row_counts c WHERE c.n != CASE c.name
		WHEN 'articles' THEN (SELECT count(*) FROM articles) WHEN 'sentences' THEN (SELECT count(*) FROM sentences)
		WHEN 'entities' THEN (SELECT count(*) FROM entities) WHEN 'mentions' THEN (SELECT count(*) FROM mentions)
		WHEN 'times' THEN (SELECT count(*) FROM times) WHEN 'quotes' THEN (SELECT count(*) FROM quotes)
		WHEN 'events' THEN (SELECT count(*) FROM events) END`},
	{"facet rows of no article", `SELECT count(*) FROM article_facets f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = f.seq)`},
	{"articles without facet rows", `SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_facets f WHERE f.seq = a.seq)`},
	{"stored entities without a row across articles", `SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_stats s WHERE s.id = e.entity)`},
	{"entities across articles that no article names", `SELECT count(*) FROM entity_stats WHERE articles <= 0`},
	{"surnames linked to no entity", `SELECT count(*) FROM entity_stats s WHERE s.linked IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entity_stats p WHERE p.id = s.linked)`},
	{"names, countries or roles of no entity", `SELECT (SELECT count(*) FROM entity_names n WHERE NOT EXISTS (SELECT 1 FROM entity_stats s WHERE s.id = n.entity))
		+ (SELECT count(*) FROM entity_countries c WHERE NOT EXISTS (SELECT 1 FROM entity_stats s WHERE s.id = c.entity))
		+ (SELECT count(*) FROM entity_role_stats r WHERE NOT EXISTS (SELECT 1 FROM entity_stats s WHERE s.id = r.entity))`},
	{"entities across articles whose counts differ from the stored entities'", `SELECT count(*) FROM entity_stats s
		WHERE s.articles != (SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.entity = s.id)
			+ coalesce((SELECT sum(b.articles) FROM entity_stats b WHERE b.linked = s.id), 0)
		OR s.mentions != (SELECT count(*) FROM entities e JOIN mentions m ON m.article_id = e.article_id AND m.entity_id = e.entity_id
			WHERE e.entity = s.id) + coalesce((SELECT sum(b.mentions) FROM entity_stats b WHERE b.linked = s.id), 0)`},
	{"facet counts that differ from the articles'", `WITH truth AS (
			SELECT 'month' AS facet, substr(date, 1, 7) AS value, count(*) AS articles FROM articles GROUP BY 2
			UNION ALL SELECT 'type', type, count(DISTINCT article_id) FROM entities GROUP BY type
			UNION ALL SELECT 'country', country, count(DISTINCT article_id) FROM entities WHERE country != '' GROUP BY country),
		kept AS (SELECT facet, value, articles FROM facet_counts)
		` + differ},
	{"day counts that differ from the articles'", `WITH truth AS (
			SELECT day, sum(articles) AS articles, sum(events) AS events FROM (
				SELECT date AS day, count(*) AS articles, 0 AS events FROM articles WHERE length(date) = 10 GROUP BY date
				UNION ALL SELECT substr(day, 1, 10), 0, count(*) FROM events WHERE length(day) >= 10 GROUP BY substr(day, 1, 10))
			GROUP BY day),
		kept AS (SELECT day, articles, events FROM day_counts)
		` + differ},
	// Names compare as NOCASE compares them (lower folds ASCII alone too):
	// the rows keep the first spelling, GROUP BY takes any.
	{"entity names whose counts differ from the stored entities'", `WITH
		truth AS (SELECT entity, lower(name), count(DISTINCT article_id) FROM entities GROUP BY entity, lower(name)),
		kept AS (SELECT entity, lower(name), articles FROM entity_names WHERE articles > 0)
		` + differ},
	{"entities whose shown name is not among their names, or names no article gives but the shown one", `SELECT
		(SELECT count(*) FROM entity_stats s WHERE NOT EXISTS (SELECT 1 FROM entity_names n WHERE n.entity = s.id AND n.name = s.name))
		+ (SELECT count(*) FROM entity_names n JOIN entity_stats s ON s.id = n.entity WHERE n.articles = 0 AND n.name != s.name)`},
	{"entity countries whose counts differ from the stored entities'", `WITH
		own AS (SELECT entity, country AS value, count(DISTINCT article_id) AS n FROM entities GROUP BY entity, country),
		truth AS (` + withLinked + `),
		kept AS (SELECT entity, country, articles FROM entity_countries)
		` + differ},
	{"entity roles whose counts differ from the stored entities'", `WITH
		own AS (SELECT e.entity, lower(r.role) AS value, count(*) AS n FROM entity_roles r
			JOIN entities e ON e.article_id = r.article_id AND e.entity_id = r.entity_id GROUP BY e.entity, lower(r.role)),
		truth AS (` + withLinked + `),
		kept AS (SELECT entity, lower(role), n FROM entity_role_stats)
		` + differ},
	{"event pairs whose counts differ from the events'", `WITH
		actors AS (SELECT DISTINCT x.article_id, x.event_id, v.type, ` + entityCode + ` AS code FROM event_actors x
			JOIN events v ON v.article_id = x.article_id AND v.event_id = x.event_id
			JOIN entities e ON e.article_id = x.article_id AND e.entity_id = x.entity_id),
		truth AS (SELECT p.code, q.code, p.type, count(*) FROM actors p JOIN actors q
			ON q.article_id = p.article_id AND q.event_id = p.event_id AND p.code < q.code GROUP BY 1, 2, 3),
		kept AS (SELECT a, b, type, events FROM event_pairs)
		` + differ},
	{"aggregate rows that count nothing", `SELECT (SELECT count(*) FROM entity_countries WHERE articles <= 0)
		+ (SELECT count(*) FROM entity_role_stats WHERE n <= 0) + (SELECT count(*) FROM entity_names WHERE articles < 0)
		+ (SELECT count(*) FROM event_pairs WHERE events <= 0) + (SELECT count(*) FROM facet_counts WHERE articles <= 0)
		+ (SELECT count(*) FROM day_counts WHERE articles <= 0 AND events <= 0 OR articles < 0 OR events < 0)`},
}

// Check verifies the store and returns what it finds wrong, nil when
// nothing is: SQLite's integrity check of the file, rows that break a
// foreign key, full-text indexes that differ from the rows they index, and
// aggregates that disagree with the articles (the row counts Stats reads,
// the facet rows and counts, the day counts, the entities across articles
// with their names, countries and roles, the pairs of actors). It reads
// every row, so it takes as long as a full scan of the store. All but the
// full-text checks read one snapshot on a read connection, leaving the
// writer free; FTS5 runs its check as a write, so those two hold the write
// lock, in a transaction rolled back.
func (db *DB) Check(ctx context.Context) error {
	faults, err := db.checkReads(ctx)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	defer tx.Rollback()
	for _, index := range []string{"articles_fts", "quote_speakers"} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+index+` (`+index+`, rank) VALUES ('integrity-check', 1)`); err != nil {
			faults = append(faults, fmt.Errorf("full-text index %s: %w", index, err))
		}
	}
	if len(faults) > 0 {
		return fmt.Errorf("check: %w", errors.Join(faults...))
	}
	return nil
}

// checkReads runs the checks that only read, in one read transaction, and
// returns the faults they find.
func (db *DB) checkReads(ctx context.Context) ([]error, error) {
	tx, err := db.readTx(ctx, "read")
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var faults []error
	var result []string
	err = each(ctx, tx, `PRAGMA integrity_check`, func(r *sql.Rows) error {
		var s string
		result = append(result, s)
		return r.Scan(&result[len(result)-1])
	})
	if err != nil {
		return nil, err
	}
	if len(result) != 1 || result[0] != "ok" {
		faults = append(faults, fmt.Errorf("integrity check: %s", strings.Join(result, "; ")))
	}
	var broken int
	err = each(ctx, tx, `PRAGMA foreign_key_check`, func(r *sql.Rows) error { broken++; return nil })
	if err != nil {
		return nil, err
	}
	if broken > 0 {
		faults = append(faults, fmt.Errorf("%d rows break a foreign key", broken))
	}
	for _, c := range checks {
		var n int
		if err := tx.QueryRowContext(ctx, c.query).Scan(&n); err != nil {
			return nil, fmt.Errorf("%s: %w", c.what, err)
		}
		if n > 0 {
			faults = append(faults, fmt.Errorf("%d %s", n, c.what))
		}
	}
	return faults, nil
}
