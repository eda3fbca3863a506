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
// listings read them; those of the entities are in names.go), run by SaveDocument
// for every article it stores and by DeleteDocument for every article it
// removes. The counts they add are +1 for a stored article and -1 for a
// removed one.
const (
	insertArticleFacets = `INSERT INTO article_facets (seq, entities, countries) VALUES (?, ?, ?)`
	upsertEventPair     = `INSERT INTO event_pairs (a, b, type, events) VALUES (?, ?, ?, ?)
		ON CONFLICT (a, b, type) DO UPDATE SET events = events + excluded.events`
	upsertFacetCount = `INSERT INTO facet_counts (facet, value, articles) VALUES (?, ?, ?)
		ON CONFLICT (facet, value) DO UPDATE SET articles = articles + excluded.articles`
	updateEventDays = `UPDATE events SET day = coalesce(nullif(date, ''), ?), seq = ? WHERE article_id = ?`
	insertSpeakers  = `INSERT INTO quote_speakers (rowid, speaker_text) SELECT rowid, speaker_text FROM quotes WHERE article_id = ?`
	upsertDayCount  = `INSERT INTO day_counts (day, articles, events) VALUES (?, ?, ?)
		ON CONFLICT (day) DO UPDATE SET articles = articles + excluded.articles, events = events + excluded.events`
	// What a removal leaves at zero goes.
	deleteEventPair  = `DELETE FROM event_pairs WHERE a = ? AND b = ? AND type = ? AND events <= 0`
	deleteFacetCount = `DELETE FROM facet_counts WHERE facet = ? AND value = ? AND articles <= 0`
	deleteDayCount   = `DELETE FROM day_counts WHERE day = ? AND articles <= 0 AND events <= 0`
)

// aggregateWrites lists them, for Open to prepare.
var aggregateWrites = append([]string{insertArticleFacets, upsertEventPair, upsertFacetCount, updateEventDays, insertSpeakers,
	upsertDayCount, deleteEventPair, deleteFacetCount, deleteDayCount}, nameWrites...)

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
	id, date := string(d.Article.ID), d.Article.Date.String()
	if len(d.Events) > 0 {
		if err := db.exec(ctx, tx, updateEventDays, date, seq, id); err != nil {
			return fmt.Errorf("aggregates: %w", err)
		}
	}
	if len(d.Quotes) > 0 {
		if err := db.exec(ctx, tx, insertSpeakers, id); err != nil {
			return fmt.Errorf("aggregates: %w", err)
		}
	}
	c := countArticle(d, groups, keys)
	if err := db.exec(ctx, tx, insertArticleFacets, seq, entityCodes(groups, order), strings.Join(c.countries, " ")); err != nil {
		return fmt.Errorf("aggregates: %w", err)
	}
	return db.addCount(ctx, tx, c, 1)
}

// An articleCount is what one article counts for in the aggregate tables
// other than those of the entities.
type articleCount struct {
	days      map[string][2]int // articles and events by day, whole dates only, as the timeline counts them
	facets    [][2]string       // facet and value of each row of facet_counts it counts in
	countries []string          // the countries of its entities, sorted
	pairs     []eventPair
}

// countArticle returns what d counts for; groups and keys are its entities
// as groupEntities gave them, with their ids set.
func countArticle(d *chronicle.Document, groups map[string]*entityGroup, keys map[chronicle.EntityID]string) articleCount {
	date := d.Article.Date.String()
	c := articleCount{days: map[string][2]int{}, pairs: eventPairs(d, groups, keys)}
	if len(date) == 10 {
		c.days[date] = [2]int{1, 0}
	}
	for _, v := range d.Events {
		day := cmp.Or(v.Date, date)
		if len(day) >= 10 {
			n := c.days[day[:10]]
			n[1]++
			c.days[day[:10]] = n
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
	c.countries = slices.Sorted(maps.Keys(countries))
	c.facets = append(c.facets, [2]string{"month", date[:min(7, len(date))]})
	for _, t := range slices.Sorted(maps.Keys(types)) {
		c.facets = append(c.facets, [2]string{"type", string(t)})
	}
	for _, v := range c.countries {
		c.facets = append(c.facets, [2]string{"country", v})
	}
	return c
}

// addCount adds c to the aggregate tables (sign 1) or takes it away (sign
// -1), dropping the rows that are left counting nothing.
func (db *DB) addCount(ctx context.Context, tx *sql.Tx, c articleCount, sign int) error {
	for _, day := range slices.Sorted(maps.Keys(c.days)) {
		n := c.days[day]
		if err := db.exec(ctx, tx, upsertDayCount, day, sign*n[0], sign*n[1]); err != nil {
			return fmt.Errorf("aggregates: %w", err)
		}
		if sign < 0 {
			if err := db.exec(ctx, tx, deleteDayCount, day); err != nil {
				return fmt.Errorf("aggregates: %w", err)
			}
		}
	}
	for _, f := range c.facets {
		if err := db.exec(ctx, tx, upsertFacetCount, f[0], f[1], sign); err != nil {
			return fmt.Errorf("aggregates: %w", err)
		}
		if sign < 0 {
			if err := db.exec(ctx, tx, deleteFacetCount, f[0], f[1]); err != nil {
				return fmt.Errorf("aggregates: %w", err)
			}
		}
	}
	return db.addEventPairs(ctx, tx, c.pairs, sign)
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

// An eventPair is two entities that act in one event, by their codes, the
// smaller first, and the event's type.
type eventPair struct {
	a, b int64
	typ  chronicle.EventType
}

// eventPairs returns each two entities that act in the same event of d,
// once per event, by their own rows of entity_stats: the listings follow
// the links of surnames when they read them.
func eventPairs(d *chronicle.Document, groups map[string]*entityGroup, keys map[chronicle.EntityID]string) []eventPair {
	var pairs []eventPair
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
				pairs = append(pairs, eventPair{a, b, v.Type})
			}
		}
	}
	return pairs
}

// addEventPairs adds (sign 1) or takes away (sign -1) the pairs to the
// counts of event_pairs.
func (db *DB) addEventPairs(ctx context.Context, tx *sql.Tx, pairs []eventPair, sign int) error {
	for _, p := range pairs {
		if err := db.exec(ctx, tx, upsertEventPair, p.a, p.b, string(p.typ), sign); err != nil {
			return fmt.Errorf("aggregates: %w", err)
		}
		if sign < 0 {
			if err := db.exec(ctx, tx, deleteEventPair, p.a, p.b, string(p.typ)); err != nil {
				return fmt.Errorf("aggregates: %w", err)
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
