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
// listings read them; those of the entities are in names.go), run by SaveDocument for every article it stores.
const (
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
var aggregateWrites = append([]string{insertArticleFacets, upsertEventPair, upsertFacetCount, updateEventDays, insertSpeakers, upsertDayCount}, nameWrites...)

// typeCode is the code of an entity type in article_facets: its place in
// chronicle.EntityTypes plus one, 0 for any other type.
func typeCode(t chronicle.EntityType) int64 {
	return int64(slices.Index(chronicle.EntityTypes, t) + 1)
}

// saveAggregates adds the article d, stored as row seq, to the aggregate
// tables other than those of the entities (see saveEntityStats), within
// tx. groups, order and keys are d's entities as groupEntities gave them,
// with the ids saveEntityStats set.
func (db *DB) saveAggregates(ctx context.Context, tx *sql.Tx, seq int64, d *chronicle.Document,
	groups map[string]*entityGroup, order []string, keys map[chronicle.EntityID]string) error {
	exec := func(q string, args ...any) error {
		st, err := db.prepare(ctx, tx, q)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
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
	types := map[chronicle.EntityType]bool{}
	countries := map[string]bool{}
	for _, e := range d.Entities {
		types[e.Type] = true
		if e.Country != "" {
			countries[e.Country] = true
		}
	}
	if err := db.saveEventPairs(ctx, tx, d, groups, keys); err != nil {
		return err
	}
	located := slices.Sorted(maps.Keys(countries))
	if err := exec(insertArticleFacets, seq, entityCodes(groups, order), strings.Join(located, " ")); err != nil {
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

// entityCodes returns the codes of the groups, in order, as article_facets
// lists them.
func entityCodes(groups map[string]*entityGroup, order []string) string {
	codes := make([]string, len(order))
	for i, k := range order {
		codes[i] = strconv.FormatInt(groups[k].code, 10)
	}
	return strings.Join(codes, " ")
}

// saveEventPairs counts, in event_pairs, each two entities that act in the
// same event of d, by their own rows of entity_stats: the listings follow
// the links of surnames when they read them.
func (db *DB) saveEventPairs(ctx context.Context, tx *sql.Tx, d *chronicle.Document, groups map[string]*entityGroup, keys map[chronicle.EntityID]string) error {
	var st *sql.Stmt
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
				if st == nil {
					st = tx.StmtContext(ctx, db.prepared[upsertEventPair])
				}
				if _, err := st.ExecContext(ctx, a, b, string(v.Type)); err != nil {
					return fmt.Errorf("aggregates: %w", err)
				}
			}
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
