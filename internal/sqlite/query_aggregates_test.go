package sqlite

import (
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"chronicle"

	"github.com/google/go-cmp/cmp"
)

// TestAggregates checks that the aggregates SaveDocument keeps are those
// rekey (for the entities) and migrations 0004 and 0005 (for the rest)
// build from the stored rows, and that its index
// of quote speakers holds what the quotes do. It stores our corpus and
// articles with the cases that matter (a name in another case, a role in
// another case, one entity with two countries, an actor on both sides of
// an event, an event with three actors), dumps the aggregate tables, then
// empties them, runs the migrations' building statements and dumps again.
func TestAggregates(t *testing.T) {
	db := corpus(t)
	b := newDoc(t, "2024-05-02", "Vidal again",
		`elena vidal met the EUROPEAN COMMISSION and Rui Moreira in Porto. Vidal thanked herself. Porto, Oporto.`)
	vidal := b.entity("elena vidal", chronicle.Person, "ESP", []string{"Minister", "minister", "envoy"}, "elena vidal", "Vidal")
	commission := b.entity("EUROPEAN COMMISSION", chronicle.Organization, "BEL", nil, "EUROPEAN COMMISSION")
	moreira := b.entity("Rui Moreira", chronicle.Person, "PRT", nil, "Rui Moreira")
	b.entity("Porto", chronicle.Location, "PRT", nil, "Porto,")
	b.entity("porto", chronicle.Location, "", nil, "Oporto")
	b.event(chronicle.Consult, "", "met", nil, []chronicle.EntityID{vidal}, []chronicle.EntityID{commission, moreira, vidal})
	b.event(chronicle.Support, "2024-05-01", "thanked", nil, []chronicle.EntityID{vidal}, []chronicle.EntityID{vidal})
	if _, err := db.SaveDocument(t.Context(), b.d); err != nil {
		t.Fatal(err)
	}
	kept := dumpAggregates(t, db)
	// The speaker index holds exactly what the quotes table does.
	if _, err := db.write.ExecContext(t.Context(), `INSERT INTO quote_speakers (quote_speakers, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("quote_speakers: %v", err)
	}

	// The entity aggregates as rekey builds them from the stored rows.
	if err := db.rekey(t.Context()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(dumpAggregates(t, db), kept); diff != "" {
		t.Errorf("aggregates kept by SaveDocument differ from those rekey builds (-built +kept):\n%s", diff)
	}

	// The others as the migrations build them.
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	var builds []string
	for _, m := range ms {
		if _, build, ok := strings.Cut(m.sql, "-- Build them from what is stored."); ok {
			for _, q := range strings.SplitAfter(build, ";\n") {
				if !strings.Contains(q, "entity_") && !strings.Contains(q, "article_facets") && !strings.Contains(q, "event_pairs") {
					builds = append(builds, q)
				}
			}
		}
	}
	for _, q := range append([]string{
		`DELETE FROM facet_counts`, `DELETE FROM day_counts`,
		`INSERT INTO quote_speakers (quote_speakers) VALUES ('delete-all')`,
		`UPDATE events SET day = '', seq = 0`}, builds...) {
		if _, err := db.write.ExecContext(t.Context(), q); err != nil {
			t.Fatalf("%.40s: %v", q, err)
		}
	}
	built := dumpAggregates(t, db)
	if diff := cmp.Diff(built, kept); diff != "" {
		t.Errorf("aggregates kept by SaveDocument differ from those the migrations build (-built +kept):\n%s", diff)
	}
	for _, want := range []string{
		"entity_stats: PERSON elena vidal ESP 3 5",
		"entity_stats: LOC porto PRT 1 2",
		"entity_countries: ORG european commission BEL 1",
		"entity_role_stats: PERSON elena vidal minister 4",
		"article_facets: Vidal again: LOC porto, ORG european commission, PERSON elena vidal, PERSON rui moreira; BEL ESP PRT",
		"event_pairs: CONSULT PERSON elena vidal + PERSON rui moreira 2",
		"event_pairs: CONSULT ORG european commission + PERSON elena vidal 1",
		"events: thanked 2024-05-01",
		"events: met 2024-05-02",
		"facet_counts: country PRT 3",
		"day_counts: 2024-05-02 1 1",
		"day_counts: 2024-05-01 0 1",
		"day_counts: 2024-04-19 0 1",
		"quote_speakers: Vidal 1",
	} {
		if !slices.Contains(kept, want) {
			t.Errorf("no %q among the aggregates:\n%s", want, strings.Join(kept, "\n"))
		}
	}
}

// dumpAggregates returns the rows of the aggregate tables as sorted lines,
// entities by type and lower-case name rather than by id.
func dumpAggregates(t *testing.T, db *DB) []string {
	t.Helper()
	var out []string
	query := func(q string, line func(r *sql.Rows) (string, error)) {
		rows, err := db.read.QueryContext(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			s, err := line(rows)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	names := map[int64]string{} // by code
	query(`SELECT s.id, s.type, s.name, s.country, s.articles, s.mentions, coalesce(t.name, '')
		FROM entity_stats s LEFT JOIN entity_stats t ON t.id = s.linked`, func(r *sql.Rows) (string, error) {
		var id int64
		var typ, name, country, linked string
		var articles, mentions int
		err := r.Scan(&id, &typ, &name, &country, &articles, &mentions, &linked)
		key := typ + " " + strings.ToLower(name)
		names[id*8+typeCode(chronicle.EntityType(typ))] = key
		if linked != "" {
			linked = " → " + strings.ToLower(linked)
		}
		return fmt.Sprintf("entity_stats: %s %s %d %d%s", key, country, articles, mentions, linked), err
	})
	query(`SELECT s.type, s.name, c.country, c.articles FROM entity_countries c JOIN entity_stats s ON s.id = c.entity`, func(r *sql.Rows) (string, error) {
		var typ, name, country string
		var n int
		err := r.Scan(&typ, &name, &country, &n)
		return fmt.Sprintf("entity_countries: %s %s %s %d", typ, strings.ToLower(name), country, n), err
	})
	query(`SELECT s.type, s.name, r.role, r.n FROM entity_role_stats r JOIN entity_stats s ON s.id = r.entity`, func(r *sql.Rows) (string, error) {
		var typ, name, role string
		var n int
		err := r.Scan(&typ, &name, &role, &n)
		return fmt.Sprintf("entity_role_stats: %s %s %s %d", typ, strings.ToLower(name), strings.ToLower(role), n), err
	})
	query(`SELECT s.type, s.name, n.name, n.articles FROM entity_names n JOIN entity_stats s ON s.id = n.entity`, func(r *sql.Rows) (string, error) {
		var typ, name, alias string
		var n int
		err := r.Scan(&typ, &name, &alias, &n)
		return fmt.Sprintf("entity_names: %s %s: %s %d", typ, strings.ToLower(name), alias, n), err
	})
	query(`SELECT e.name, coalesce(s.type || ' ' || lower(s.name), 'no row'), count(*) FROM entities e
		LEFT JOIN entity_stats s ON s.id = e.entity GROUP BY 1, 2`, func(r *sql.Rows) (string, error) {
		var name, row string
		var n int
		err := r.Scan(&name, &row, &n)
		return fmt.Sprintf("entities: %s → %s %d", name, row, n), err
	})
	code := func(s string) string {
		c, err := strconv.ParseInt(s, 10, 64)
		if err != nil || names[c] == "" {
			return "unknown code " + s
		}
		return names[c]
	}
	query(`SELECT a.title, f.entities, f.countries FROM article_facets f JOIN articles a ON a.seq = f.seq`, func(r *sql.Rows) (string, error) {
		var title, entities, countries string
		err := r.Scan(&title, &entities, &countries)
		var keys []string
		for _, c := range strings.Fields(entities) {
			keys = append(keys, code(c))
		}
		slices.Sort(keys)
		cs := strings.Fields(countries)
		slices.Sort(cs)
		return fmt.Sprintf("article_facets: %s: %s; %s", title, strings.Join(keys, ", "), strings.Join(cs, " ")), err
	})
	query(`SELECT a, b, type, events FROM event_pairs`, func(r *sql.Rows) (string, error) {
		var a, b, typ string
		var n int
		err := r.Scan(&a, &b, &typ, &n)
		pair := []string{code(a), code(b)}
		slices.Sort(pair)
		return fmt.Sprintf("event_pairs: %s %s + %s %d", typ, pair[0], pair[1], n), err
	})
	query(`SELECT v.trigger_text, v.day, a.seq = v.seq FROM events v JOIN articles a ON a.id = v.article_id`, func(r *sql.Rows) (string, error) {
		var trigger, day string
		var sameSeq bool
		err := r.Scan(&trigger, &day, &sameSeq)
		if !sameSeq {
			trigger += " (wrong seq)"
		}
		return fmt.Sprintf("events: %s %s", trigger, day), err
	})
	query(`SELECT day, articles, events FROM day_counts`, func(r *sql.Rows) (string, error) {
		var day string
		var articles, events int
		err := r.Scan(&day, &articles, &events)
		return fmt.Sprintf("day_counts: %s %d %d", day, articles, events), err
	})
	query(`SELECT q.speaker_text, count(*) FROM quotes q WHERE q.rowid IN (SELECT rowid FROM quote_speakers WHERE speaker_text LIKE '%vida%')
		GROUP BY q.speaker_text`, func(r *sql.Rows) (string, error) {
		var text string
		var n int
		err := r.Scan(&text, &n)
		return fmt.Sprintf("quote_speakers: %s %d", text, n), err
	})
	query(`SELECT facet, value, articles FROM facet_counts`, func(r *sql.Rows) (string, error) {
		var facet, value string
		var n int
		err := r.Scan(&facet, &value, &n)
		return fmt.Sprintf("facet_counts: %s %s %d", facet, value, n), err
	})
	slices.Sort(out)
	return out
}
