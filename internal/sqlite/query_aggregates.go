package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"chronicle"
)

// The statements that keep the aggregate tables of migrations 0004 and 0005 (the
// listings read them), run by SaveDocument for every article it stores.
const (
	upsertEntityStats = `INSERT INTO entity_stats (name, type, articles, mentions) VALUES (?, ?, 1, ?)
		ON CONFLICT (name, type) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions
		RETURNING id`
	upsertEntityCountry = `INSERT INTO entity_countries (name, type, country, articles) VALUES (?, ?, ?, 1)
		ON CONFLICT (name, type, country) DO UPDATE SET articles = articles + 1`
	updateEntityCountry = `UPDATE entity_stats SET country = coalesce((SELECT c.country FROM entity_countries c
		WHERE c.name = entity_stats.name AND c.type = entity_stats.type AND c.country != ''
		ORDER BY c.articles DESC, c.country LIMIT 1), '') WHERE id = ?`
	upsertEntityRole = `INSERT INTO entity_role_stats (name, type, role, n) VALUES (?, ?, ?, ?)
		ON CONFLICT (name, type, role) DO UPDATE SET n = n + excluded.n`
	insertArticleFacets = `INSERT INTO article_facets (seq, entities, countries) VALUES (?, ?, ?)`
	upsertEventPair     = `INSERT INTO event_pairs (a, b, type, events) VALUES (?, ?, ?, 1)
		ON CONFLICT (a, b, type) DO UPDATE SET events = events + 1`
	upsertFacetCount = `INSERT INTO facet_counts (facet, value, articles) VALUES (?, ?, 1)
		ON CONFLICT (facet, value) DO UPDATE SET articles = articles + 1`
	updateEventDays = `UPDATE events SET day = coalesce(nullif(date, ''), ?), seq = ? WHERE article_id = ?`
	insertSpeakers  = `INSERT INTO quote_speakers (rowid, speaker_text) SELECT rowid, speaker_text FROM quotes WHERE article_id = ?`
	upsertDayCount  = `INSERT INTO day_counts (day, articles, events) VALUES (?, ?, ?)
		ON CONFLICT (day) DO UPDATE SET articles = articles + excluded.articles, events = events + excluded.events`
)

// aggregateWrites lists them, for Open to prepare.
var aggregateWrites = []string{upsertEntityStats, upsertEntityCountry, updateEntityCountry,
	upsertEntityRole, insertArticleFacets, upsertEventPair, upsertFacetCount, updateEventDays, insertSpeakers, upsertDayCount}

// typeCode is the code of an entity type in article_facets: its place in
// chronicle.EntityTypes plus one, 0 for any other type.
func typeCode(t chronicle.EntityType) int64 {
	return int64(slices.Index(chronicle.EntityTypes, t) + 1)
}

// An entityGroup is what one article says of one entity across its rows
// of the same name (ignoring case) and type.
type entityGroup struct {
	name      string
	typ       chronicle.EntityType
	mentions  int
	code      int64          // its code in article_facets and event_pairs
	countries []string       // distinct, in order of appearance; '' included
	roles     map[string]int // by role folded as NOCASE folds it
	roleNames []string       // the first spelling of each role, in order
}

// saveAggregates adds the article d, stored as row seq, to the aggregate
// tables, within tx.
func (db *DB) saveAggregates(ctx context.Context, tx *sql.Tx, seq int64, d *chronicle.Document) error {
	stmts := map[string]*sql.Stmt{}
	for _, q := range aggregateWrites {
		st, err := db.prepare(ctx, tx, q)
		if err != nil {
			return err
		}
		stmts[q] = st
	}
	exec := func(q string, args ...any) error {
		if _, err := stmts[q].ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("aggregates: %w", err)
		}
		return nil
	}
	id, date := string(d.Article.ID), d.Article.Date.String()
	if len(d.Events) > 0 {
		if err := exec(updateEventDays, date, seq, id); err != nil {
			return err
		}
	}
	if len(d.Quotes) > 0 {
		if err := exec(insertSpeakers, id); err != nil {
			return err
		}
	}
	// Days as the timeline counts them: whole dates only.
	days := map[string][2]int{}
	if len(date) == 10 {
		days[date] = [2]int{1, 0}
	}
	for _, v := range d.Events {
		day := cmp.Or(v.Date, date)
		if len(day) >= 10 {
			c := days[day[:10]]
			c[1]++
			days[day[:10]] = c
		}
	}
	for _, day := range slices.Sorted(maps.Keys(days)) {
		if err := exec(upsertDayCount, day, days[day][0], days[day][1]); err != nil {
			return err
		}
	}
	groups := map[string]*entityGroup{}
	keys := map[chronicle.EntityID]string{} // the group of each entity
	var order []string
	types := map[chronicle.EntityType]bool{}
	countries := map[string]bool{}
	for _, e := range d.Entities {
		k := string(e.Type) + "\x00" + foldASCII(e.Name)
		keys[e.ID] = k
		g := groups[k]
		if g == nil {
			g = &entityGroup{name: e.Name, typ: e.Type, roles: map[string]int{}}
			groups[k] = g
			order = append(order, k)
		}
		g.mentions += len(e.Mentions)
		if !slices.Contains(g.countries, e.Country) {
			g.countries = append(g.countries, e.Country)
		}
		for _, r := range e.Roles {
			rk := foldASCII(r)
			if _, ok := g.roles[rk]; !ok {
				g.roleNames = append(g.roleNames, r)
			}
			g.roles[rk]++
		}
		types[e.Type] = true
		if e.Country != "" {
			countries[e.Country] = true
		}
	}
	codes := make([]string, 0, len(order))
	for _, k := range order {
		g := groups[k]
		name, typ := g.name, string(g.typ)
		var id int64
		if err := stmts[upsertEntityStats].QueryRowContext(ctx, name, typ, g.mentions).Scan(&id); err != nil {
			return fmt.Errorf("aggregates: %w", err)
		}
		g.code = id*8 + typeCode(g.typ)
		codes = append(codes, strconv.FormatInt(g.code, 10))
		located := false
		for _, c := range g.countries {
			if err := exec(upsertEntityCountry, name, typ, c); err != nil {
				return err
			}
			located = located || c != ""
		}
		if located {
			if err := exec(updateEntityCountry, id); err != nil {
				return err
			}
		}
		for _, r := range g.roleNames {
			if err := exec(upsertEntityRole, name, typ, r, g.roles[foldASCII(r)]); err != nil {
				return err
			}
		}
	}
	for _, v := range d.Events {
		var actors []int64
		for _, id := range append(slices.Clip(v.Source), v.Target...) {
			if g := groups[keys[id]]; g != nil && !slices.Contains(actors, g.code) {
				actors = append(actors, g.code)
			}
		}
		slices.Sort(actors)
		for i, a := range actors {
			for _, b := range actors[i+1:] {
				if err := exec(upsertEventPair, a, b, string(v.Type)); err != nil {
					return err
				}
			}
		}
	}
	located := slices.Sorted(maps.Keys(countries))
	if err := exec(insertArticleFacets, seq, strings.Join(codes, " "), strings.Join(located, " ")); err != nil {
		return err
	}
	if err := exec(upsertFacetCount, "month", date[:min(7, len(date))]); err != nil {
		return err
	}
	for _, t := range slices.Sorted(maps.Keys(types)) {
		if err := exec(upsertFacetCount, "type", string(t)); err != nil {
			return err
		}
	}
	for _, c := range located {
		if err := exec(upsertFacetCount, "country", c); err != nil {
			return err
		}
	}
	return nil
}

// foldASCII lower-cases the ASCII letters of s, as SQLite's NOCASE
// collation compares them.
func foldASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
