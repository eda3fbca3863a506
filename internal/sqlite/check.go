package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

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
		SELECT count(*) FROM (SELECT * FROM truth EXCEPT SELECT * FROM kept UNION ALL SELECT * FROM kept EXCEPT SELECT * FROM truth)`},
	{"day counts that differ from the articles'", `WITH truth AS (
			SELECT day, sum(articles) AS articles, sum(events) AS events FROM (
				SELECT date AS day, count(*) AS articles, 0 AS events FROM articles WHERE length(date) = 10 GROUP BY date
				UNION ALL SELECT substr(day, 1, 10), 0, count(*) FROM events WHERE length(day) >= 10 GROUP BY substr(day, 1, 10))
			GROUP BY day),
		kept AS (SELECT day, articles, events FROM day_counts)
		SELECT count(*) FROM (SELECT * FROM truth EXCEPT SELECT * FROM kept UNION ALL SELECT * FROM kept EXCEPT SELECT * FROM truth)`},
	{"aggregate rows that count nothing", `SELECT (SELECT count(*) FROM entity_countries WHERE articles <= 0)
		+ (SELECT count(*) FROM entity_role_stats WHERE n <= 0) + (SELECT count(*) FROM entity_names WHERE articles < 0)
		+ (SELECT count(*) FROM event_pairs WHERE events <= 0) + (SELECT count(*) FROM facet_counts WHERE articles <= 0)
		+ (SELECT count(*) FROM day_counts WHERE articles <= 0 AND events <= 0 OR articles < 0 OR events < 0)`},
}

// Check verifies the store and returns what it finds wrong, nil when
// nothing is: SQLite's integrity check of the file, rows that break a
// foreign key, full-text indexes that differ from the rows they index, and
// aggregates that disagree with the articles (the row counts Stats reads,
// the facet rows, the entities across articles). It reads every row, so
// it takes as long as a full scan of the store.
func (db *DB) Check(ctx context.Context) error {
	// The full-text checks are written as inserts: run them all in a
	// transaction that is rolled back.
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("check: %w", err)
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
		return fmt.Errorf("check: %w", err)
	}
	if len(result) != 1 || result[0] != "ok" {
		faults = append(faults, fmt.Errorf("integrity check: %s", strings.Join(result, "; ")))
	}
	var broken int
	err = each(ctx, tx, `PRAGMA foreign_key_check`, func(r *sql.Rows) error { broken++; return nil })
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	if broken > 0 {
		faults = append(faults, fmt.Errorf("%d rows break a foreign key", broken))
	}
	for _, index := range []string{"articles_fts", "quote_speakers"} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+index+` (`+index+`, rank) VALUES ('integrity-check', 1)`); err != nil {
			faults = append(faults, fmt.Errorf("full-text index %s: %w", index, err))
		}
	}
	for _, c := range checks {
		var n int
		if err := tx.QueryRowContext(ctx, c.query).Scan(&n); err != nil {
			return fmt.Errorf("check %s: %w", c.what, err)
		}
		if n > 0 {
			faults = append(faults, fmt.Errorf("%d %s", n, c.what))
		}
	}
	if len(faults) > 0 {
		return fmt.Errorf("check: %w", errors.Join(faults...))
	}
	return nil
}
