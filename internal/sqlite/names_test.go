package sqlite

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"chronicle"
	"chronicle/internal/canon"

	"github.com/google/go-cmp/cmp"
)

// openNamed opens a store in memory that knows entities by the canonical
// names of internal/canon, as the command line's store does.
func openNamed(t *testing.T) *DB {
	t.Helper()
	db, err := OpenWith(t.Context(), ":memory:", Options{Names: canon.Default()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// mention is one entity of a one-entity article: its name as the article
// gives it, its type and country, the text the article uses for it.
type mention struct {
	name    string
	typ     chronicle.EntityType
	country string
	text    string
}

// saveMentions stores the articles of mentionDocs, in order.
func saveMentions(t *testing.T, db *DB, ms ...mention) {
	t.Helper()
	for _, d := range mentionDocs(t, ms...) {
		if _, err := db.SaveDocument(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
}

// mentionDocs returns one article per mention, each with one event whose
// source is the entity.
func mentionDocs(t *testing.T, ms ...mention) []*chronicle.Document {
	t.Helper()
	var docs []*chronicle.Document
	for i, m := range ms {
		b := newDoc(t, fmt.Sprintf("2024-05-%02d", i+1), fmt.Sprintf("Article %d", i+1),
			fmt.Sprintf("Article %d: %s protested on Monday.", i+1, m.text))
		id := b.entity(m.name, m.typ, m.country, nil, m.text)
		b.event(chronicle.Protest, "", "protested", nil, []chronicle.EntityID{id}, nil)
		docs = append(docs, b.d)
	}
	return docs
}

// wantListed checks the entities of type typ as "name country articles
// [aliases]" lines.
func wantListed(t *testing.T, db *DB, typ chronicle.EntityType, want []string) {
	t.Helper()
	list, _, err := db.Entities(t.Context(), chronicle.EntityFilter{Type: typ})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range list {
		out = append(out, fmt.Sprintf("%s %s %d %v", s.Name, s.Country, s.Articles, s.Aliases))
	}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("%s entities (-want +got):\n%s", typ, diff)
	}
}

// wantActor checks the titles of the articles of the events an actor name
// selects.
func wantActor(t *testing.T, db *DB, actor string, want ...string) {
	t.Helper()
	list, _, err := db.Events(t.Context(), chronicle.EventFilter{Actor: actor})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range list {
		out = append(out, h.Article.Title)
	}
	slices.Sort(out)
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("events of actor %q in articles (-want +got):\n%s", actor, diff)
	}
}

func TestNames_OneCountry(t *testing.T) {
	db := openNamed(t)
	saveMentions(t, db,
		mention{"US", chronicle.Location, "USA", "US"},
		mention{"U.S.", chronicle.Location, "USA", "U.S."},
		mention{"United States", chronicle.Location, "USA", "the United States"},
		mention{"U.S.", chronicle.Location, "USA", "U.S."},
		mention{"Moscow", chronicle.Location, "RUS", "Moscow"},
		mention{"Russia", chronicle.Location, "RUS", "Russia"},
	)
	want := []string{
		"United States USA 4 [U.S. United States US]",
		"Moscow RUS 1 [Moscow]",
		"Russia RUS 1 [Russia]",
	}
	wantListed(t, db, chronicle.Location, want)
	for _, name := range []string{"U.S.", "us", "United States"} {
		wantActor(t, db, name, "Article 1", "Article 2", "Article 3", "Article 4")
	}
	// No article names it so, and the store does not guess.
	wantActor(t, db, "the United States")
	p, err := db.EntityProfile(t.Context(), "U.S.", "")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "United States" || p.Articles != 4 || len(p.Recent) != 4 || len(p.Events) != 4 {
		t.Errorf("profile of U.S.: %s, %d articles, %d recent, %d events; want United States, 4, 4, 4",
			p.Name, p.Articles, len(p.Recent), len(p.Events))
	}
	hits, _, err := db.Search(t.Context(), chronicle.Query{Entity: "US"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 4 {
		t.Errorf("search for entity US: %d hits, want 4", len(hits))
	}
	f, err := db.Facets(t.Context(), chronicle.Query{Text: "protested"})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Types[2].Entities; len(got) == 0 || got[0] != (chronicle.FacetCount{Value: "United States", Count: 4}) {
		t.Errorf("LOC facet: %v, want United States 4 first", got)
	}
	g, err := db.Graph(t.Context(), chronicle.GraphFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var nodes []string
	for _, n := range g.Nodes {
		nodes = append(nodes, fmt.Sprintf("%s %d", n.ID, n.Articles))
	}
	if diff := cmp.Diff([]string{"LOC:united states 4", "LOC:moscow 1", "LOC:russia 1"}, nodes); diff != "" {
		t.Errorf("graph nodes (-want +got):\n%s", diff)
	}
}

func TestNames_Surname(t *testing.T) {
	trump := mention{"Trump", chronicle.Person, "USA", "Trump"}
	donald := mention{"Donald Trump", chronicle.Person, "USA", "Donald Trump"}
	for _, order := range [][]mention{{trump, donald, trump, donald}, {donald, trump, donald, trump}} {
		t.Run(order[0].name+" first", func(t *testing.T) {
			db := openNamed(t)
			saveMentions(t, db, order...)
			wantListed(t, db, chronicle.Person, []string{"Donald Trump USA 4 [Donald Trump Trump]"})
			for _, name := range []string{"Trump", "Donald Trump"} {
				wantActor(t, db, name, "Article 1", "Article 2", "Article 3", "Article 4")
			}
			// The graph and the facets count the surname's articles as
			// the person's.
			for _, centre := range []string{"", "Trump"} {
				g, err := db.Graph(t.Context(), chronicle.GraphFilter{Entity: centre})
				if err != nil {
					t.Fatal(err)
				}
				if len(g.Nodes) != 1 || g.Nodes[0].ID != "PERSON:donald trump" || g.Nodes[0].Articles != 4 {
					t.Errorf("graph around %q: nodes %+v; want Donald Trump in 4 articles", centre, g.Nodes)
				}
			}
			f, err := db.Facets(t.Context(), chronicle.Query{Text: "protested"})
			if err != nil {
				t.Fatal(err)
			}
			if got := f.Types[0].Entities; len(got) != 1 || got[0] != (chronicle.FacetCount{Value: "Donald Trump", Count: 4}) {
				t.Errorf("PERSON facet: %v, want Donald Trump 4 alone", got)
			}
			sameAsRekeyed(t, db)
		})
	}
}

func TestNames_NotMerged(t *testing.T) {
	db := openNamed(t)
	saveMentions(t, db,
		mention{"Georgia", chronicle.Location, "GEO", "Georgia"},
		mention{"Georgia", chronicle.Person, "", "Georgia"},
		mention{"Georgia", chronicle.Location, "USA", "Georgia"},
		mention{"England", chronicle.Location, "GBR", "England"},
		mention{"United Kingdom", chronicle.Location, "GBR", "the United Kingdom"},
		mention{"Boris Johnson", chronicle.Person, "GBR", "Boris Johnson"},
		mention{"Andrew Johnson", chronicle.Person, "GBR", "Andrew Johnson"},
		mention{"Johnson", chronicle.Person, "GBR", "Johnson"},
		mention{"Johnson", chronicle.Person, "", "Johnson"},
		mention{"Boris Johnson", chronicle.Person, "GBR", "Boris Johnson"},
		mention{"Andrew Johnson", chronicle.Person, "GBR", "Andrew Johnson"},
		mention{"Our Freedom", chronicle.Person, "", "Our Freedom"},
		mention{"Freedom", chronicle.Person, "", "Freedom"},
	)
	wantLoc := []string{"England GBR 1 [England]", "Georgia GEO 1 [Georgia]", "Georgia USA 1 [Georgia]", "United Kingdom GBR 1 [United Kingdom]"}
	wantListed(t, db, chronicle.Location, wantLoc)
	// Two Johnsons in as many articles, and a name found once.
	wantPerson := []string{"Andrew Johnson GBR 2 [Andrew Johnson]", "Boris Johnson GBR 2 [Boris Johnson]",
		"Johnson GBR 2 [Johnson]", "Freedom  1 [Freedom]", "Georgia  1 [Georgia]", "Our Freedom  1 [Our Freedom]"}
	wantListed(t, db, chronicle.Person, wantPerson)
	wantActor(t, db, "Johnson", "Article 8", "Article 9")
	// The person's profile lists the person's event, not the places'.
	p, err := db.EntityProfile(t.Context(), "Georgia", chronicle.Person)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Events) != 1 || p.Events[0].Article.Title != "Article 2" {
		t.Errorf("events of Georgia the person: %d, want the one of Article 2", len(p.Events))
	}
	sameAsRekeyed(t, db)
}

// TestNames_Unlinked checks that a surname linked to the one person of
// that name stands alone again once another person of that name is as
// often in the news, and that the counts go back.
func TestNames_Unlinked(t *testing.T) {
	db := openNamed(t)
	saveMentions(t, db,
		mention{"Trump", chronicle.Person, "USA", "Trump"},
		mention{"Donald Trump", chronicle.Person, "USA", "Donald Trump"},
		mention{"Donald Trump", chronicle.Person, "USA", "Donald Trump"},
	)
	wantListed(t, db, chronicle.Person, []string{"Donald Trump USA 3 [Donald Trump Trump]"})
	saveMentions(t, db,
		mention{"Ivanka Trump", chronicle.Person, "USA", "Ivanka Trump"},
		mention{"Ivanka Trump", chronicle.Person, "USA", "Ivanka Trump"},
	)
	want := []string{"Donald Trump USA 2 [Donald Trump]", "Ivanka Trump USA 2 [Ivanka Trump]", "Trump USA 1 [Trump]"}
	wantListed(t, db, chronicle.Person, want)
	sameAsRekeyed(t, db)
}

// sameAsRekeyed checks that the entity aggregates SaveDocument kept are
// those rekey builds from the stored rows.
func sameAsRekeyed(t *testing.T, db *DB) {
	t.Helper()
	kept := dumpAggregates(t, db)
	if err := db.rekey(t.Context()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(dumpAggregates(t, db), kept); diff != "" {
		t.Errorf("aggregates kept by SaveDocument differ from those rekey builds (-built +kept):\n%s", diff)
	}
}

// TestNames_Migration makes a store as the migrations before 0007 left
// it, with rows written as SaveDocument wrote them then, and checks that
// opening it keys its entities: one United States, one Donald Trump.
func TestNames_Migration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	old := &DB{write: raw, Now: nil}
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	// The rows of four articles, before the aggregates of 0004 are built
	// from them.
	rows := []struct{ id, entity, name, typ, country string }{
		{"a1", "E1", "US", "LOC", "USA"},
		{"a2", "E1", "U.S.", "LOC", "USA"},
		{"a3", "E1", "United States", "LOC", "USA"},
		{"a3", "E2", "Trump", "PERSON", "USA"},
		{"a4", "E1", "Donald Trump", "PERSON", "USA"},
		{"a5", "E1", "Donald Trump", "PERSON", "USA"},
	}
	for _, m := range ms {
		if m.version == 4 {
			for i, r := range rows {
				for _, q := range []struct {
					query string
					args  []any
				}{
					{`INSERT OR IGNORE INTO articles (id, date, title, source, url, text, record_version, ingested_at)
						VALUES (?, '2024-05-01', ?, 'example.org', '', ?, 1, '2024-05-01T00:00:00Z')`, []any{r.id, r.id, "text of " + r.id}},
					{`INSERT INTO entities (article_id, entity_id, position, name, type, country) VALUES (?, ?, ?, ?, ?, ?)`,
						[]any{r.id, r.entity, i, r.name, r.typ, r.country}},
					{`INSERT INTO mentions (article_id, entity_id, position, text, kind, span_start, span_end) VALUES (?, ?, 0, ?, 'name', 0, 4)`,
						[]any{r.id, r.entity, r.name}},
					{`INSERT INTO events (article_id, event_id, position, type, mode, date, trigger_text, trigger_start, trigger_end,
						sentence_start, sentence_end, negated, hypothetical, future, confidence, why)
						VALUES (?, ?, ?, 'PROTEST', '', '', 'text', 0, 4, 0, 4, 0, 0, 0, 1, '')`, []any{r.id, "V" + r.entity, i}},
					{`INSERT INTO event_actors (article_id, event_id, role, position, entity_id) VALUES (?, ?, 'source', 0, ?)`,
						[]any{r.id, "V" + r.entity, r.entity}},
				} {
					if _, err := raw.Exec(q.query, q.args...); err != nil {
						t.Fatalf("%.50s: %v", q.query, err)
					}
				}
			}
		}
		if m.version >= 7 {
			break
		}
		if err := old.apply(t.Context(), m); err != nil {
			t.Fatalf("migration %s: %v", m.name, err)
		}
	}
	raw.Close()

	db, err := OpenWith(t.Context(), path, Options{Names: canon.Default()})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	wantListed(t, db, chronicle.Location, []string{"United States USA 3 [U.S. United States US]"})
	wantListed(t, db, chronicle.Person, []string{"Donald Trump USA 3 [Donald Trump Trump]"})
	wantActor(t, db, "U.S.", "a1", "a2", "a3")
	var version string
	want := canon.Default().Version() + "/" + keyingVersion
	if err := db.read.QueryRow(`SELECT value FROM store_meta WHERE name = ?`, namesVersion).Scan(&version); err != nil || version != want {
		t.Errorf("entity names version %q (%v), want %q", version, err, want)
	}
	sameAsRekeyed(t, db)
}

// TestNames_Groups checks that groups an article never names are one
// entity across articles only when a country says whose they are, and
// that keying the store again gives the same.
func TestNames_Groups(t *testing.T) {
	db := openNamed(t)
	group := func(name, country string) mention { return mention{name, chronicle.Organization, country, name} }
	// Each group is an entity with one description, as the event stage
	// makes them.
	for i, m := range []mention{group("Kenyan police", "KEN"), group("kenyan  police", "KEN"), group("government", ""), group("government", "")} {
		b := newDoc(t, fmt.Sprintf("2024-06-%02d", i+1), fmt.Sprintf("Group %d", i+1),
			fmt.Sprintf("Group %d: %s protested on Monday.", i+1, m.text))
		id := b.entity(m.name, m.typ, m.country, nil, m.text)
		b.d.Entities[0].Mentions[0].Kind = chronicle.NominalMention
		b.event(chronicle.Protest, "", "protested", nil, []chronicle.EntityID{id}, nil)
		if _, err := db.SaveDocument(t.Context(), b.d); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{
		"Kenyan police KEN 2 [kenyan  police Kenyan police]",
		"government  1 [government]",
		"government  1 [government]",
	}
	wantListed(t, db, chronicle.Organization, want)
	if err := db.rekey(t.Context()); err != nil {
		t.Fatal(err)
	}
	wantListed(t, db, chronicle.Organization, want)
}
