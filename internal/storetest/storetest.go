// Package storetest is the behaviour every Chronicle store shares, written
// once as a test suite: a store passes when Run passes. Import it only from
// _test.go files.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"chronicle"

	"github.com/google/go-cmp/cmp"
)

// Store is what the suite exercises.
type Store interface {
	SaveDocument(ctx context.Context, d *chronicle.Document) (stored bool, err error)
	Has(ctx context.Context, id chronicle.ArticleID) (bool, error)
	Document(ctx context.Context, id chronicle.ArticleID) (*chronicle.Document, error)
	Search(ctx context.Context, q chronicle.Query) (hits []chronicle.Hit, next string, err error)
	Stats(ctx context.Context) (chronicle.Stats, error)
	DeleteDocument(ctx context.Context, id chronicle.ArticleID) (*chronicle.Document, error)
	Facets(ctx context.Context, q chronicle.Query) (*chronicle.Facets, error)
	Entities(ctx context.Context, f chronicle.EntityFilter) ([]chronicle.EntitySummary, string, error)
	Quotes(ctx context.Context, f chronicle.QuoteFilter) ([]chronicle.QuoteHit, string, error)
	Events(ctx context.Context, f chronicle.EventFilter) ([]chronicle.EventHit, string, error)
	Timeline(ctx context.Context, f chronicle.TimelineFilter) ([]chronicle.TimelineDay, error)
	Places(ctx context.Context, f chronicle.EventFilter) ([]chronicle.PlaceCount, error)
	Graph(ctx context.Context, f chronicle.GraphFilter) (*chronicle.Graph, error)
	EntityProfile(ctx context.Context, name string, typ chronicle.EntityType) (*chronicle.EntityProfile, error)
}

// Run runs the suite. open must return a new, empty store for each call and
// arrange for it to be closed when the test ends.
func Run(t *testing.T, open func(t *testing.T) Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"EmptyDocument", testEmptyDocument},
		{"Generated", testGenerated},
		{"Duplicate", testDuplicate},
		{"NotFound", testNotFound},
		{"Prefix", testPrefix},
		{"Invalid", testInvalid},
		{"Ranking", testRanking},
		{"PrefixSearch", testPrefixSearch},
		{"Phrase", testPhrase},
		{"Operators", testOperators},
		{"Diacritics", testDiacritics},
		{"Dates", testDates},
		{"Entity", testEntity},
		{"Pages", testPages},
		{"BadQuery", testBadQuery},
		{"Stats", testStats},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
	// These compare two stores.
	t.Run("Delete", func(t *testing.T) { testDelete(t, open) })
	t.Run("DeleteUnknown", func(t *testing.T) { testDeleteUnknown(t, open) })
}

// sameDay compares chronicle.Day values, whose fields cmp cannot see.
var sameDay = cmp.Comparer(func(a, b chronicle.Day) bool { return a.String() == b.String() })

// MustSave saves d and fails the test unless it was stored.
func MustSave(t testing.TB, s Store, d *chronicle.Document) {
	t.Helper()
	stored, err := s.SaveDocument(t.Context(), d)
	if err != nil {
		t.Fatalf("SaveDocument(%s): %v", d.Article.ID, err)
	}
	if !stored {
		t.Fatalf("SaveDocument(%s): stored = false for a new article", d.Article.ID)
	}
}

func testRoundTrip(t *testing.T, s Store) {
	want := Full()
	MustSave(t, s, want)
	got, err := s.Document(t.Context(), want.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, sameDay); diff != "" {
		t.Errorf("Document(%s) differs from what was saved (-saved +loaded):\n%s", want.Article.ID, diff)
	}
}

func testEmptyDocument(t *testing.T, s Store) {
	want := chronicle.NewDocument(&chronicle.Article{ID: "0123456789abcdef", Text: "Just a line.", Title: "Just a line."})
	MustSave(t, s, want)
	got, err := s.Document(t.Context(), want.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, sameDay); diff != "" {
		t.Errorf("Document differs (-saved +loaded):\n%s", diff)
	}
}

func testGenerated(t *testing.T, s Store) {
	for n := range 30 {
		want := Generate(n)
		MustSave(t, s, want)
		got, err := s.Document(t.Context(), want.Article.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, sameDay); diff != "" {
			t.Fatalf("Generate(%d) differs after a round trip (-saved +loaded):\n%s", n, diff)
		}
	}
}

func testDuplicate(t *testing.T, s Store) {
	d := Full()
	MustSave(t, s, d)
	before, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	again := Full()
	again.Article.Title = "A different title for the same text"
	stored, err := s.SaveDocument(t.Context(), again)
	if err != nil || stored {
		t.Fatalf("second SaveDocument = %v, %v; want false, nil", stored, err)
	}
	after, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if before != after {
		t.Errorf("stats changed by a duplicate: %+v, then %+v", before, after)
	}
	got, err := s.Document(t.Context(), d.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Article.Title != d.Article.Title {
		t.Errorf("title = %q after a duplicate save; want the first %q", got.Article.Title, d.Article.Title)
	}
}

func testNotFound(t *testing.T, s Store) {
	MustSave(t, s, Full())
	for _, id := range []chronicle.ArticleID{"0000000000000000", "ffffff", "not-an-id", ""} {
		if _, err := s.Document(t.Context(), id); !errors.Is(err, chronicle.ErrNotFound) {
			t.Errorf("Document(%q) error = %v; want ErrNotFound", id, err)
		}
		if has, err := s.Has(t.Context(), id); err != nil || has {
			t.Errorf("Has(%q) = %v, %v; want false, nil", id, has, err)
		}
	}
	if has, err := s.Has(t.Context(), Full().Article.ID); err != nil || !has {
		t.Errorf("Has(saved) = %v, %v; want true, nil", has, err)
	}
}

func testPrefix(t *testing.T, s Store) {
	ids := []chronicle.ArticleID{"abcdef0123456789", "abcdef0f00000000", "abc0000000000000", "123456789abcdef0"}
	for i, id := range ids {
		d := Generate(i)
		d.Article.ID = id
		MustSave(t, s, d)
	}
	tests := []struct {
		query chronicle.ArticleID
		want  chronicle.ArticleID
		err   error
	}{
		{"abcdef0123456789", "abcdef0123456789", nil},
		{"abcdef01", "abcdef0123456789", nil},
		{"ABCDEF0F", "abcdef0f00000000", nil},
		{"123456", "123456789abcdef0", nil},
		{"abcdef", "", chronicle.ErrInvalid},  // two IDs start with it
		{"abcdef0", "", chronicle.ErrInvalid}, // still two
		{"abc", "", chronicle.ErrInvalid},     // too short to be a prefix
		{"abcdee", "", chronicle.ErrNotFound},
		{"abcdef0123456789a", "", chronicle.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(string(tt.query), func(t *testing.T) {
			d, err := s.Document(t.Context(), tt.query)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Document(%s) error = %v; want %v", tt.query, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Article.ID != tt.want {
				t.Errorf("Document(%s) = %s; want %s", tt.query, d.Article.ID, tt.want)
			}
		})
	}
}

func testInvalid(t *testing.T, s Store) {
	noID := Full()
	noID.Article.ID = ""
	badMention := Full()
	badMention.Entities[1].Mentions[0].End = len(badMention.Article.Text) + 1
	badSentence := Full()
	badSentence.Sentences[2] = chronicle.Span{Start: 10, End: 5}
	twice := Full()
	twice.Entities[2].ID = "E1"
	tests := []struct {
		name string
		d    *chronicle.Document
		want string // a piece of the message that locates the fault
	}{
		{"nil", nil, "no article"},
		{"no article", &chronicle.Document{}, "no article"},
		{"no id", noID, "no id"},
		{"mention outside text", badMention, "entities[1].mentions[0]"},
		{"reversed sentence", badSentence, "sentences[2]"},
		{"entity id twice", twice, "entities[2]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stored, err := s.SaveDocument(t.Context(), tt.d)
			if stored || !errors.Is(err, chronicle.ErrInvalid) {
				t.Fatalf("SaveDocument = %v, %v; want false, ErrInvalid", stored, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not mention %q", err, tt.want)
			}
		})
	}
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st != (chronicle.Stats{}) {
		t.Errorf("invalid documents left rows behind: %+v", st)
	}
}

// article returns a document with only an article: an ID derived from
// text, the given title and date (YYYY-MM-DD or "").
func article(t testing.TB, title, date, text string) *chronicle.Document {
	t.Helper()
	day, err := chronicle.ParseDay(date)
	if err != nil {
		t.Fatal(err)
	}
	full := title + "\n\n" + text
	return chronicle.NewDocument(&chronicle.Article{
		ID: chronicle.IDOf(full), Date: day, Title: title, Source: "test", URL: "https://test/" + title, Text: full,
	})
}

// search runs q and returns the titles of the hits in order.
func search(t testing.TB, s Store, q chronicle.Query) []string {
	t.Helper()
	hits, _, err := s.Search(t.Context(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	titles := []string{}
	for _, h := range hits {
		titles = append(titles, h.Article.Title)
	}
	return titles
}

func testRanking(t *testing.T, s Store) {
	strong := article(t, "Harbour budget approved", "2024-05-02",
		"The council approved the harbour budget. The budget adds two cranes, and the budget vote was close.")
	weak := article(t, "Council meets", "2024-05-03",
		"The council met for four hours and discussed many things, among them roads, schools and at the end the budget.")
	none := article(t, "Storm warning", "2024-05-04", "A storm is expected on the coast tonight.")
	for _, d := range []*chronicle.Document{weak, none, strong} {
		MustSave(t, s, d)
	}
	hits, next, err := s.Search(t.Context(), chronicle.Query{Text: "budget"})
	if err != nil {
		t.Fatal(err)
	}
	if next != "" {
		t.Errorf("next = %q on the only page", next)
	}
	var titles []string
	for _, h := range hits {
		titles = append(titles, h.Article.Title)
	}
	if diff := cmp.Diff([]string{"Harbour budget approved", "Council meets"}, titles); diff != "" {
		t.Fatalf("hits for budget (-want +got):\n%s", diff)
	}
	if hits[0].Score > hits[1].Score {
		t.Errorf("scores %v, %v: the better match should score lower", hits[0].Score, hits[1].Score)
	}
	want := *strong.Article
	want.Text = ""
	if diff := cmp.Diff(want, hits[0].Article, sameDay); diff != "" {
		t.Errorf("hit article (-want +got):\n%s", diff)
	}
	for _, h := range hits {
		if !strings.Contains(h.Snippet, "«budget»") {
			t.Errorf("snippet %q does not mark «budget»", h.Snippet)
		}
		if n := len(strings.Fields(h.Snippet)); n > 30 {
			t.Errorf("snippet has %d words: %q", n, h.Snippet)
		}
	}
}

func testPrefixSearch(t *testing.T, s Store) {
	MustSave(t, s, article(t, "Tehran speech", "2009-06-01", "Mahmoud Ahmadinejad spoke in Tehran."))
	MustSave(t, s, article(t, "Other speech", "2009-06-02", "Ahmad spoke elsewhere."))
	if got := search(t, s, chronicle.Query{Text: "Ahmadinej*"}); !cmp.Equal(got, []string{"Tehran speech"}) {
		t.Errorf("Ahmadinej* found %q", got)
	}
	if got := search(t, s, chronicle.Query{Text: "ahmad*"}); len(got) != 2 {
		t.Errorf("ahmad* found %q; want both", got)
	}
	if got := search(t, s, chronicle.Query{Text: "Ahmadinej"}); len(got) != 0 {
		t.Errorf("Ahmadinej without * found %q; want nothing (no stemming)", got)
	}
}

func testPhrase(t *testing.T, s Store) {
	MustSave(t, s, article(t, "Adjacent", "2020-01-01", "The prime minister resigned."))
	MustSave(t, s, article(t, "Apart", "2020-01-02", "The minister said the prime cause was money."))
	if got := search(t, s, chronicle.Query{Text: `"prime minister"`}); !cmp.Equal(got, []string{"Adjacent"}) {
		t.Errorf(`"prime minister" found %q`, got)
	}
	if got := search(t, s, chronicle.Query{Text: `prime minister`}); len(got) != 2 {
		t.Errorf(`prime minister found %q; want both`, got)
	}
	if got := search(t, s, chronicle.Query{Text: `"prime min"*`}); !cmp.Equal(got, []string{"Adjacent"}) {
		t.Errorf(`"prime min"* found %q`, got)
	}
}

func testOperators(t *testing.T, s Store) {
	MustSave(t, s, article(t, "Alpha", "2020-01-01", "alpha news from the U.S. capital"))
	MustSave(t, s, article(t, "Beta", "2020-01-02", "beta news, don't miss it"))
	MustSave(t, s, article(t, "Both", "2020-01-03", "alpha or beta news, both"))
	tests := []struct {
		query string
		want  []string
	}{
		{"alpha OR beta", []string{"Alpha", "Beta", "Both"}},
		{"alpha AND beta", []string{"Both"}},
		{"alpha beta", []string{"Both"}},
		{"news NOT beta", []string{"Alpha"}},
		{"(alpha OR beta) NOT (alpha beta)", []string{"Alpha", "Beta"}},
		{"alpha or beta", []string{"Both"}}, // lower-case or is a word, and "or" is in none
		{"U.S.", []string{"Alpha"}},
		{"don't", []string{"Beta"}},
		{"title:alpha", nil},
		{"alpha -", []string{"Alpha", "Both"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := search(t, s, chronicle.Query{Text: tt.query})
			if !cmp.Equal(sortedCopy(got), sortedCopy(tt.want)) {
				t.Errorf("%s found %q; want %q", tt.query, got, tt.want)
			}
		})
	}
}

func testDiacritics(t *testing.T, s Store) {
	MustSave(t, s, article(t, "Brazil", "2020-01-01", "Protests in São Paulo and Brasília."))
	for _, q := range []string{"Sao Paulo", "são", "BRASILIA", "brasíl*"} {
		if got := search(t, s, chronicle.Query{Text: q}); !cmp.Equal(got, []string{"Brazil"}) {
			t.Errorf("%s found %q", q, got)
		}
	}
}

func testDates(t *testing.T, s Store) {
	for _, d := range []struct{ title, date string }{
		{"March", "2021-03-15"}, {"April", "2021-04-15"}, {"May", "2021-05-15"}, {"Undated", ""},
	} {
		MustSave(t, s, article(t, d.title, d.date, "Floods reached the valley."))
	}
	day := func(s string) chronicle.Day {
		d, err := chronicle.ParseDay(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name string
		q    chronicle.Query
		want []string
	}{
		{"all newest first", chronicle.Query{}, []string{"May", "April", "March", "Undated"}},
		{"from", chronicle.Query{From: day("2021-04-15")}, []string{"May", "April"}},
		{"to", chronicle.Query{To: day("2021-04-14")}, []string{"March"}},
		{"between", chronicle.Query{From: day("2021-04-01"), To: day("2021-04-30")}, []string{"April"}},
		{"text and range", chronicle.Query{Text: "floods", From: day("2021-03-15"), To: day("2021-04-15")}, nil},
		{"nothing", chronicle.Query{From: day("2022-01-01")}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := search(t, s, tt.q)
			want := tt.want
			if want == nil { // a ranked search: every hit ties, compare as sets
				got, want = sortedCopy(got), []string{"April", "March"}
			}
			if !cmp.Equal(got, want) {
				t.Errorf("got %q; want %q", got, want)
			}
		})
	}
	if _, _, err := s.Search(t.Context(), chronicle.Query{From: day("2021-05-01"), To: day("2021-04-01")}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("From after To: error = %v; want ErrInvalid", err)
	}
}

func testEntity(t *testing.T, s Store) {
	MustSave(t, s, Full()) // Ana Ruiz, with the mention "Ruiz"
	MustSave(t, s, article(t, "Ruiz elsewhere", "2020-01-01", "A text that names Ruiz without an entity."))
	for i := range 3 {
		MustSave(t, s, Generate(i))
	}
	tests := []struct {
		entity, text string
		want         []string
	}{
		{"Ana Ruiz", "", []string{"Talks in Genève"}},
		{"ana ruiz", "", []string{"Talks in Genève"}},
		{"Ruiz", "", []string{"Talks in Genève"}}, // a mention, not the name
		{"Ruiz", "treaty", []string{"Talks in Genève"}},
		{"Ruiz", "cranes", []string{}},
		{"Nobody", "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.entity+"/"+tt.text, func(t *testing.T) {
			if got := search(t, s, chronicle.Query{Entity: tt.entity, Text: tt.text}); !cmp.Equal(got, tt.want) {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

func testPages(t *testing.T, s Store) {
	for i := range 23 {
		// Varying lengths and repeats give varying scores, and some ties.
		text := strings.Repeat("filler words here. ", i%5) + strings.Repeat("lantern ", 1+i%3)
		MustSave(t, s, article(t, fmt.Sprintf("Doc %02d", i), fmt.Sprintf("2022-01-%02d", 1+i%9), text))
	}
	for _, q := range []chronicle.Query{{Text: "lantern"}, {}, {Text: "lantern OR filler", From: chronicle.NewDay(2022, 1, 3)}} {
		t.Run(q.Text, func(t *testing.T) {
			all := q
			all.Limit = 100
			want := search(t, s, all)
			var got []string
			q.Limit = 5
			for page := 0; ; page++ {
				if page > 10 {
					t.Fatal("more pages than hits")
				}
				hits, next, err := s.Search(t.Context(), q)
				if err != nil {
					t.Fatal(err)
				}
				if len(hits) > 5 {
					t.Fatalf("page of %d hits; limit 5", len(hits))
				}
				for _, h := range hits {
					got = append(got, h.Article.Title)
				}
				if next == "" {
					break
				}
				q.Cursor = next
			}
			if diff := cmp.Diff(want, got, sameDay); diff != "" {
				t.Errorf("pages differ from one big page (-one +pages):\n%s", diff)
			}
		})
	}
	if got := search(t, s, chronicle.Query{}); len(got) != 20 {
		t.Errorf("default limit gave %d hits; want 20", len(got))
	}
}

func testBadQuery(t *testing.T, s Store) {
	MustSave(t, s, Full())
	MustSave(t, s, Generate(0))
	_, next, err := s.Search(t.Context(), chronicle.Query{Text: "said", Limit: 1})
	if err != nil || next == "" {
		t.Fatalf("Search = %q, %v; want a next cursor", next, err)
	}
	for _, q := range []chronicle.Query{
		{Text: `"unclosed phrase`},
		{Text: `said "`},
		{Text: "AND AND"},
		{Text: "treaty AND AND troops"},
		{Text: "OR troops"},
		{Text: "troops NOT"},
		{Text: "(troops"},
		{Text: "troops)"},
		{Text: "()"},
		{Text: "... --- !!!"},
		{Text: "said", Limit: -1},
		{Text: "said", Cursor: "not a cursor"},
		{Text: "said", Cursor: "bm90IGEgY3Vyc29y"},
		{Cursor: next}, // a ranked search's cursor used for a listing
	} {
		t.Run(q.Text+q.Cursor, func(t *testing.T) {
			_, _, err := s.Search(t.Context(), q)
			if !errors.Is(err, chronicle.ErrInvalid) {
				t.Errorf("Search(%+v) error = %v; want ErrInvalid", q, err)
			}
		})
	}
}

func testStats(t *testing.T, s Store) {
	var want chronicle.Stats
	for n := range 12 {
		d := Generate(n)
		MustSave(t, s, d)
		want = want.Add(d.Stats())
	}
	got, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("Stats = %+v; want %+v", got, want)
	}
}

func sortedCopy(s []string) []string {
	c := append([]string{}, s...)
	slices.Sort(c)
	return c
}
