package storetest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"chronicle"

	"github.com/google/go-cmp/cmp"
)

// A Checker is a store that can check itself: its storage, and that what
// it derives from the articles (counts, indexes, aggregates) agrees with
// them. The suite checks such a store after it removes articles.
type Checker interface {
	Check(ctx context.Context) error
}

// deleteDocs returns the documents the removal tests store: Full, three
// articles naming one organisation each (tied), and Generate(0) to
// Generate(11), which share people and places.
func deleteDocs(t testing.TB) []*chronicle.Document {
	docs := append([]*chronicle.Document{Full()}, tiedDocs(t)...)
	for n := range 12 {
		docs = append(docs, Generate(n))
	}
	return docs
}

// removed is which of deleteDocs the tests remove: Full, whose people no
// other document names, the first of tiedDocs, two of the middle and the
// last one stored.
var removed = []int{0, 1, 6, 11, 15}

// tiedDocs returns three articles in which Ingrid Dahl meets an
// organisation in a town, with police the text never names: the first and
// the last the Pilots Union in Bergen with Norwegian police, the second
// the Harbour Board in Tromso with Swedish police. Once the first is
// removed, each organisation, town and police is named by one article,
// tied, and the union, Bergen and the Norwegian police were stored first
// only in the store that held the first: the listings and the graph
// around Ingrid Dahl must not order ties by what a store once held.
func tiedDocs(t testing.TB) []*chronicle.Document {
	one := func(title, date, text, org, town, police string) *chronicle.Document {
		d := article(t, title, date, text)
		d.Sentences = []chronicle.Span{{Start: len(title) + 2, End: len(d.Article.Text)}}
		entity := func(id chronicle.EntityID, name string, typ chronicle.EntityType) {
			at := strings.Index(d.Article.Text, name)
			d.Entities = append(d.Entities, chronicle.Entity{ID: id, Name: name, Type: typ, Country: "NOR",
				Roles: []string{}, Mentions: []chronicle.Mention{{Text: name, Kind: chronicle.NameMention,
					Span: chronicle.Span{Start: at, End: at + len(name)}}}})
		}
		entity("E1", "Ingrid Dahl", chronicle.Person)
		entity("E2", org, chronicle.Organization)
		entity("E3", town, chronicle.Location)
		entity("E4", "the police", chronicle.Organization)
		d.Entities[3].Country, d.Entities[3].Mentions[0].Kind = police, chronicle.NominalMention
		at := strings.Index(d.Article.Text, "met")
		d.Events = []chronicle.Event{{ID: "V1", Type: chronicle.Consult, Source: []chronicle.EntityID{"E1"},
			Target: []chronicle.EntityID{"E2"}, Trigger: chronicle.Trigger{Text: "met", Span: chronicle.Span{Start: at, End: at + 3}},
			Sentence: d.Sentences[0], Confidence: 0.5, Why: "tied"}}
		return d
	}
	return []*chronicle.Document{
		one("Pilots walk out", "2021-02-03", "Ingrid Dahl met the Pilots Union in Bergen about the strike while the police watched.",
			"Pilots Union", "Bergen", "NOR"),
		one("Board meets on fees", "2021-02-04", "Ingrid Dahl met the Harbour Board in Tromso to set the fees, and the police came from Kiruna.",
			"Harbour Board", "Tromso", "SWE"),
		one("Strike ends", "2021-02-05", "Ingrid Dahl met the Pilots Union in Bergen once more, the police kept away.",
			"Pilots Union", "Bergen", "NOR"),
	}
}

// testDelete removes documents one by one and checks what each removal
// takes away, then that the store answers every listing as a store that
// never held them does, and that they can be stored again.
func testDelete(t *testing.T, open func(*testing.T) Store) {
	ctx := t.Context()
	docs := deleteDocs(t)
	s := open(t)
	for _, d := range docs {
		MustSave(t, s, d)
	}
	all := mustStats(t, s)
	for _, i := range removed {
		d := docs[i]
		before := mustStats(t, s)
		got, err := s.DeleteDocument(ctx, d.Article.ID)
		if err != nil {
			t.Fatalf("DeleteDocument(%s): %v", d.Article.ID, err)
		}
		if diff := cmp.Diff(d, got, sameDay); diff != "" {
			t.Errorf("DeleteDocument(%s) returned another document (-saved +returned):\n%s", d.Article.ID, diff)
		}
		if after, want := mustStats(t, s), minus(before, d.Stats()); after != want {
			t.Errorf("stats after deleting %s = %+v; want %+v", d.Article.ID, after, want)
		}
		if has, err := s.Has(ctx, d.Article.ID); err != nil || has {
			t.Errorf("Has(%s) after delete = %v, %v; want false, nil", d.Article.ID, has, err)
		}
		if _, err := s.Document(ctx, d.Article.ID); !errors.Is(err, chronicle.ErrNotFound) {
			t.Errorf("Document(%s) after delete: error %v; want ErrNotFound", d.Article.ID, err)
		}
		if _, err := s.DeleteDocument(ctx, d.Article.ID); !errors.Is(err, chronicle.ErrNotFound) {
			t.Errorf("DeleteDocument(%s) twice: error %v; want ErrNotFound", d.Article.ID, err)
		}
	}
	check(t, s)

	// The same answers as a store that never held them.
	never := open(t)
	for i, d := range docs {
		if !slices.Contains(removed, i) {
			MustSave(t, never, d)
		}
	}
	if diff := cmp.Diff(listings(t, never), listings(t, s), sameDay); diff != "" {
		t.Errorf("after deletes the store answers otherwise than one that never held the documents (-never +deleted):\n%s", diff)
	}
	for _, i := range removed {
		title := docs[i].Article.Title
		if got := search(t, s, chronicle.Query{Text: `"` + title + `"`}); slices.Contains(got, title) {
			t.Errorf("search still finds the deleted %q: %v", title, got)
		}
	}
	if got := entityNames(t, s, chronicle.EntityFilter{Name: "Ruiz"}); len(got) != 0 {
		t.Errorf("entities named Ruiz after deleting the only article naming her: %v", got)
	}

	// Stored again, as new.
	for _, i := range removed {
		stored, err := s.SaveDocument(ctx, docs[i])
		if err != nil || !stored {
			t.Fatalf("SaveDocument(%s) after delete = %v, %v; want true, nil", docs[i].Article.ID, stored, err)
		}
		got, err := s.Document(ctx, docs[i].Article.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(docs[i], got, sameDay); diff != "" {
			t.Errorf("Document(%s) stored again differs (-saved +loaded):\n%s", docs[i].Article.ID, diff)
		}
	}
	if got := mustStats(t, s); got != all {
		t.Errorf("stats with every document stored again = %+v; want %+v", got, all)
	}
	if got := entityNames(t, s, chronicle.EntityFilter{Name: "Ruiz"}); !slices.Equal(got, []string{"Ana Ruiz"}) {
		t.Errorf("entities named Ruiz when stored again = %v; want [Ana Ruiz]", got)
	}
	check(t, s)
}

// testDeleteUnknown checks the errors for IDs that name no article, and
// that they change nothing.
func testDeleteUnknown(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	MustSave(t, s, Full())
	before := mustStats(t, s)
	for _, tt := range []struct {
		id   chronicle.ArticleID
		want error
	}{
		{"0000000000000000", chronicle.ErrNotFound},
		{"not-an-id", chronicle.ErrNotFound},
		{"", chronicle.ErrNotFound},
		{"abc", chronicle.ErrInvalid}, // too short for a prefix
	} {
		d, err := s.DeleteDocument(t.Context(), tt.id)
		if d != nil || !errors.Is(err, tt.want) {
			t.Errorf("DeleteDocument(%q) = %v, %v; want nil, %v", tt.id, d, err, tt.want)
		}
		if err != nil && tt.id != "" && !strings.Contains(err.Error(), string(tt.id)) {
			t.Errorf("DeleteDocument(%q): error %q does not name the id", tt.id, err)
		}
	}
	if got := mustStats(t, s); got != before {
		t.Errorf("stats changed by failed deletes: %+v, then %+v", before, got)
	}
	// A prefix names the article as it does for Document.
	id := Full().Article.ID
	d, err := s.DeleteDocument(t.Context(), id[:8])
	if err != nil || d.Article.ID != id {
		t.Fatalf("DeleteDocument(%s) = %v; want article %s", id[:8], err, id)
	}
	check(t, s)
}

// check fails the test when s is a Checker that finds a fault.
func check(t *testing.T, s Store) {
	t.Helper()
	if c, ok := s.(Checker); ok {
		if err := c.Check(t.Context()); err != nil {
			t.Errorf("Check: %v", err)
		}
	}
}

func mustStats(t *testing.T, s Store) chronicle.Stats {
	t.Helper()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func minus(a, b chronicle.Stats) chronicle.Stats {
	return chronicle.Stats{Articles: a.Articles - b.Articles, Sentences: a.Sentences - b.Sentences,
		Entities: a.Entities - b.Entities, Mentions: a.Mentions - b.Mentions, Times: a.Times - b.Times,
		Quotes: a.Quotes - b.Quotes, Events: a.Events - b.Events}
}

// A view is what a store answers to the questions a user asks of the whole
// of it, and of a few of its entities.
type view struct {
	Stats     chronicle.Stats
	Facets    *chronicle.Facets
	Selected  *chronicle.Facets // of the articles a search selects
	Entities  []chronicle.EntitySummary
	Quotes    []chronicle.QuoteHit
	Said      map[string][]chronicle.QuoteHit // by speaker searched
	Events    []chronicle.EventHit
	Hits      []string
	Timeline  []chronicle.TimelineDay
	Places    []chronicle.PlaceCount
	Graph     *chronicle.Graph
	Centred   map[string]*chronicle.Graph // by entity at the centre
	Profiles  map[string]*chronicle.EntityProfile
	NoProfile []string // the entities asked for that have none
}

// viewed are the entities whose profiles and graphs a view holds, and the
// speakers whose quotes: some that deleteDocs' removals touch, some that
// they leave alone, and Ana Ruiz, whom only a removed one names.
var viewed = []string{"Nadia Roy", "Pablo Vidal", "Lisbon", "Ingrid Dahl", "Pilots Union", "Harbour Board", "Ana Ruiz"}

// listings returns the view of s, each listing's first page of the most
// rows a page may hold.
func listings(t *testing.T, s Store) view {
	t.Helper()
	ctx := t.Context()
	v := view{Said: map[string][]chronicle.QuoteHit{}, Centred: map[string]*chronicle.Graph{}, Profiles: map[string]*chronicle.EntityProfile{}}
	var err error
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	v.Stats = mustStats(t, s)
	v.Facets, err = s.Facets(ctx, chronicle.Query{})
	must(err)
	v.Selected, err = s.Facets(ctx, chronicle.Query{Text: "union OR board OR talks"})
	must(err)
	v.Entities, _, err = s.Entities(ctx, chronicle.EntityFilter{Limit: 500})
	must(err)
	v.Quotes, _, err = s.Quotes(ctx, chronicle.QuoteFilter{Limit: 500})
	must(err)
	for _, who := range []string{"she", "Ruiz", "Tomas Berg"} {
		v.Said[who], _, err = s.Quotes(ctx, chronicle.QuoteFilter{Speaker: who, Limit: 500})
		must(err)
	}
	v.Events, _, err = s.Events(ctx, chronicle.EventFilter{Limit: 500})
	must(err)
	v.Hits = search(t, s, chronicle.Query{Text: "report OR talks", Limit: 100})
	v.Timeline, err = s.Timeline(ctx, chronicle.TimelineFilter{})
	must(err)
	v.Places, err = s.Places(ctx, chronicle.EventFilter{})
	must(err)
	v.Graph, err = s.Graph(ctx, chronicle.GraphFilter{})
	must(err)
	for _, name := range viewed {
		p, err := s.EntityProfile(ctx, name, "")
		if errors.Is(err, chronicle.ErrNotFound) {
			v.NoProfile = append(v.NoProfile, name)
			continue
		}
		must(err)
		v.Profiles[name] = p
		v.Centred[name], err = s.Graph(ctx, chronicle.GraphFilter{Entity: name})
		must(err)
	}
	// Room for one partner alone.
	v.Centred["Ingrid Dahl and one"], err = s.Graph(ctx, chronicle.GraphFilter{Entity: "Ingrid Dahl", Limit: 2})
	must(err)
	return v
}

// entityNames returns the names the entity listing gives for f.
func entityNames(t *testing.T, s Store, f chronicle.EntityFilter) []string {
	t.Helper()
	list, _, err := s.Entities(t.Context(), f)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range list {
		names = append(names, e.Name)
	}
	return names
}
