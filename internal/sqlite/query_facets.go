package sqlite

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

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
//
// Without a selection the counts come from the aggregates SaveDocument
// keeps; with one, from each selected article's row of article_facets,
// counted here. Entities found in as many articles come by name (ignoring
// ASCII case), then by key, so that the order does not depend on which
// articles the store held before.
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
	byType := map[chronicle.EntityType]*chronicle.TypeFacet{}
	for _, t := range chronicle.EntityTypes {
		byType[t] = &chronicle.TypeFacet{Type: t, Entities: []chronicle.FacetCount{}}
	}
	if where == "" {
		err = storeFacets(ctx, tx, f, byType)
	} else {
		err = selectionFacets(ctx, tx, f, byType, where, args)
	}
	if err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	for _, t := range chronicle.EntityTypes {
		f.Types = append(f.Types, *byType[t])
	}
	return f, nil
}

// storeFacets fills the entity and country facets of the whole store from
// the aggregate tables.
func storeFacets(ctx context.Context, tx *sql.Tx, f *chronicle.Facets, byType map[chronicle.EntityType]*chronicle.TypeFacet) error {
	err := each(ctx, tx, `SELECT facet, value, articles FROM facet_counts ORDER BY facet, value`, func(r *sql.Rows) error {
		var facet string
		var c chronicle.FacetCount
		if err := r.Scan(&facet, &c.Value, &c.Count); err != nil {
			return err
		}
		switch facet {
		case "month":
			f.Total += c.Count
			if c.Value != "" {
				f.Months = append(f.Months, c)
			}
		case "type":
			if t := byType[chronicle.EntityType(c.Value)]; t != nil {
				t.Articles = c.Count
			}
		case "country":
			f.Countries = append(f.Countries, c)
		}
		return nil
	})
	if err != nil {
		return err
	}
	f.Countries = top(f.Countries, facetCountries)
	for _, t := range chronicle.EntityTypes {
		err := each(ctx, tx, `SELECT name, articles FROM entity_stats WHERE type = ? AND linked IS NULL
			ORDER BY articles DESC, name, key LIMIT ?`, func(r *sql.Rows) error {
			var c chronicle.FacetCount
			if err := r.Scan(&c.Value, &c.Count); err != nil {
				return err
			}
			byType[t].Entities = append(byType[t].Entities, c)
			return nil
		}, string(t), facetEntities)
		if err != nil {
			return err
		}
	}
	return nil
}

// selectionFacets fills the facets of the articles that where selects, in
// one pass over them and their rows of article_facets. Entities with as
// many articles are listed by name, then key, as storeFacets lists them.
func selectionFacets(ctx context.Context, tx *sql.Tx, f *chronicle.Facets, byType map[chronicle.EntityType]*chronicle.TypeFacet, where string, args []any) error {
	// Surnames linked to a person count as that person.
	linked := map[int64]int64{} // by code
	err := each(ctx, tx, `SELECT id, type, linked FROM entity_stats WHERE linked IS NOT NULL`, func(r *sql.Rows) error {
		var id, to int64
		var typ chronicle.EntityType
		if err := r.Scan(&id, &typ, &to); err != nil {
			return err
		}
		linked[id*8+typeCode(typ)] = to*8 + typeCode(typ)
		return nil
	})
	if err != nil {
		return err
	}
	counts := map[int64]int{}                            // by entity code: id*8 + type code
	perType := make([]int, len(chronicle.EntityTypes)+1) // articles by type code
	countries := map[string]int{}
	months := map[string]int{}
	var mapped []int64
	err = each(ctx, tx, `SELECT substr(a.date, 1, 7), coalesce(f.entities, ''), coalesce(f.countries, '')
		FROM articles a LEFT JOIN article_facets f ON f.seq = a.seq WHERE 1`+where, func(r *sql.Rows) error {
		var month string
		var entities, located sql.RawBytes
		if err := r.Scan(&month, &entities, &located); err != nil {
			return err
		}
		f.Total++
		if month != "" {
			months[month]++
		}
		codes, err := parseCodes(entities)
		if err != nil {
			return err
		}
		var seen uint
		mapped = mapped[:0]
		for _, code := range codes {
			if to, ok := linked[code]; ok {
				if slices.Contains(codes, to) || slices.Contains(mapped, to) {
					continue
				}
				code = to
				mapped = append(mapped, to)
			}
			counts[code]++
			seen |= 1 << (code & 7)
		}
		for t := 1; t < len(perType); t++ {
			if seen&(1<<t) != 0 {
				perType[t]++
			}
		}
		for _, c := range bytes.Fields(located) {
			countries[string(c)]++
		}
		return nil
	}, args...)
	if err != nil {
		return err
	}
	for _, m := range slices.Sorted(maps.Keys(months)) {
		f.Months = append(f.Months, chronicle.FacetCount{Value: m, Count: months[m]})
	}
	for i, t := range chronicle.EntityTypes {
		byType[t].Articles = perType[i+1]
	}
	// The most frequent entities of each type.
	best := make([][]ranked, len(perType))
	for code, n := range counts {
		t := code & 7
		best[t] = append(best[t], ranked{code: code, n: n})
	}
	for i, t := range chronicle.EntityTypes {
		list, err := topRanked(ctx, tx, best[i+1], facetEntities)
		if err != nil {
			return err
		}
		for _, r := range list {
			byType[t].Entities = append(byType[t].Entities, chronicle.FacetCount{Value: r.name, Count: r.n})
		}
	}
	for c, n := range countries {
		f.Countries = append(f.Countries, chronicle.FacetCount{Value: c, Count: n})
	}
	f.Countries = top(f.Countries, facetCountries)
	return nil
}

// A ranked is an entity, by its code, counted n times.
type ranked struct {
	code      int64
	n         int
	name, key string // its row's, once topRanked has read them
}

// topRanked returns the first n of list: most counted first, then by name
// (ignoring ASCII case) and key, as storeFacets orders them, so that the
// order does not follow the row numbers, which depend on what the store
// once held. It reads the names and keys of those that may make the cut.
func topRanked(ctx context.Context, tx *sql.Tx, list []ranked, n int) ([]ranked, error) {
	slices.SortFunc(list, func(a, b ranked) int { return b.n - a.n })
	if len(list) > n {
		cut := list[n-1].n
		list = list[:sort.Search(len(list), func(i int) bool { return list[i].n < cut })]
	}
	if len(list) == 0 {
		return list, nil
	}
	ids := make([]int64, len(list))
	for i, r := range list {
		ids[i] = r.code / 8
	}
	in, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	type row struct{ name, key string }
	rows := map[int64]row{}
	err = each(ctx, tx, `SELECT id, name, key FROM entity_stats WHERE id IN (SELECT value FROM json_each(?))`, func(r *sql.Rows) error {
		var id int64
		var v row
		if err := r.Scan(&id, &v.name, &v.key); err != nil {
			return err
		}
		rows[id] = v
		return nil
	}, string(in))
	if err != nil {
		return nil, err
	}
	for i := range list {
		v := rows[list[i].code/8]
		list[i].name, list[i].key = v.name, v.key
	}
	slices.SortFunc(list, func(a, b ranked) int {
		return cmp.Or(b.n-a.n, strings.Compare(foldASCII(a.name), foldASCII(b.name)), strings.Compare(a.key, b.key))
	})
	return list[:min(len(list), n)], nil
}

// top sorts counts by count, then value, and keeps the first n.
func top(counts []chronicle.FacetCount, n int) []chronicle.FacetCount {
	sort.Slice(counts, func(i, j int) bool {
		a, b := counts[i], counts[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Value < b.Value
	})
	if len(counts) > n {
		counts = counts[:n]
	}
	return counts
}
