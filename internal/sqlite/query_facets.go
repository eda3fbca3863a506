package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"chronicle"
)

// Facet sizes.
const (
	facetEntities  = 8  // entities listed per type
	facetCountries = 12 // countries listed
)

// Facets summarizes the articles q selects (see Search; q.Limit and
// q.Cursor are ignored): how many there are, how many were published each
// month, the entities of each type found in most of them, and the
// countries of those entities by articles. A query the search syntax
// rejects, or From after To, is ErrInvalid.
func (db *DB) Facets(ctx context.Context, q chronicle.Query) (*chronicle.Facets, error) {
	where, args, err := selection(q)
	if err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	tx, err := db.readTx(ctx, "facets")
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	f := &chronicle.Facets{Months: []chronicle.FacetCount{}, Types: []chronicle.TypeFacet{}, Countries: []chronicle.FacetCount{}}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles a WHERE 1`+where, args...).Scan(&f.Total); err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	counts := func(query string, add func(string, int)) error {
		return each(ctx, tx, query, func(r *sql.Rows) error {
			var v string
			var n int
			if err := r.Scan(&v, &n); err != nil {
				return err
			}
			add(v, n)
			return nil
		}, args...)
	}
	err = counts(`SELECT substr(a.date, 1, 7) AS m, count(*) FROM articles a WHERE a.date != ''`+where+` GROUP BY m ORDER BY m`,
		func(v string, n int) { f.Months = append(f.Months, chronicle.FacetCount{Value: v, Count: n}) })
	if err != nil {
		return nil, fmt.Errorf("facets: months: %w", err)
	}
	matching := ` FROM entities e WHERE 1`
	if where != "" {
		matching = ` FROM entities e WHERE e.article_id IN (SELECT a.id FROM articles a WHERE 1` + where + `)`
	}
	byType := map[chronicle.EntityType]*chronicle.TypeFacet{}
	for _, t := range chronicle.EntityTypes {
		byType[t] = &chronicle.TypeFacet{Type: t, Entities: []chronicle.FacetCount{}}
	}
	var typ chronicle.EntityType
	err = each(ctx, tx, `SELECT e.type, count(DISTINCT e.article_id)`+matching+` GROUP BY e.type`, func(r *sql.Rows) error {
		var n int
		if err := r.Scan(&typ, &n); err != nil {
			return err
		}
		if t := byType[typ]; t != nil {
			t.Articles = n
		}
		return nil
	}, args...)
	if err != nil {
		return nil, fmt.Errorf("facets: types: %w", err)
	}
	err = each(ctx, tx, `SELECT type, name, n FROM (
		SELECT e.type, e.name, count(DISTINCT e.article_id) AS n,
			row_number() OVER (PARTITION BY e.type ORDER BY count(DISTINCT e.article_id) DESC, e.name) AS rank`+matching+`
		GROUP BY e.type, e.name) WHERE rank <= ? ORDER BY type, rank`, func(r *sql.Rows) error {
		var c chronicle.FacetCount
		if err := r.Scan(&typ, &c.Value, &c.Count); err != nil {
			return err
		}
		if t := byType[typ]; t != nil {
			t.Entities = append(t.Entities, c)
		}
		return nil
	}, append(args, facetEntities)...)
	if err != nil {
		return nil, fmt.Errorf("facets: entities: %w", err)
	}
	for _, t := range chronicle.EntityTypes {
		f.Types = append(f.Types, *byType[t])
	}
	err = each(ctx, tx, `SELECT e.country, count(DISTINCT e.article_id) AS n`+matching+` AND e.country != ''
		GROUP BY e.country ORDER BY n DESC, e.country LIMIT ?`, func(r *sql.Rows) error {
		var c chronicle.FacetCount
		if err := r.Scan(&c.Value, &c.Count); err != nil {
			return err
		}
		f.Countries = append(f.Countries, c)
		return nil
	}, append(args, facetCountries)...)
	if err != nil {
		return nil, fmt.Errorf("facets: countries: %w", err)
	}
	return f, nil
}
