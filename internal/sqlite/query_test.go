package sqlite

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"chronicle"

	"github.com/google/go-cmp/cmp"
)

// docBuilder builds a stored-looking document over a text of our own, with
// spans found by searching the text.
type docBuilder struct {
	t *testing.T
	d *chronicle.Document
}

func newDoc(t *testing.T, date, title, text string) *docBuilder {
	t.Helper()
	day, err := chronicle.ParseDay(date)
	if err != nil {
		t.Fatal(err)
	}
	a := &chronicle.Article{ID: chronicle.IDOf(text), Date: day, Title: title, Source: "example.org", Text: text}
	d := chronicle.NewDocument(a)
	d.Sentences = append(d.Sentences, chronicle.Span{Start: 0, End: len(text)})
	return &docBuilder{t, d}
}

// span returns the span of the first occurrence of s.
func (b *docBuilder) span(s string) chronicle.Span {
	b.t.Helper()
	i := strings.Index(b.d.Article.Text, s)
	if i < 0 {
		b.t.Fatalf("%q not in the text", s)
	}
	return chronicle.Span{Start: i, End: i + len(s)}
}

func (b *docBuilder) entity(name string, typ chronicle.EntityType, country string, roles []string, mentions ...string) chronicle.EntityID {
	id := chronicle.EntityID("E" + string(rune('1'+len(b.d.Entities))))
	e := chronicle.Entity{ID: id, Name: name, Type: typ, Country: country, Roles: roles}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, chronicle.Mention{Text: m, Kind: chronicle.NameMention, Span: b.span(m)})
	}
	b.d.Entities = append(b.d.Entities, e)
	return id
}

func (b *docBuilder) quote(text string, speaker chronicle.EntityID, speakerText string) {
	b.d.Quotes = append(b.d.Quotes, chronicle.Quote{Text: text, Kind: chronicle.DirectQuote, Speaker: speaker,
		SpeakerText: speakerText, Cue: "said", Span: b.span(text)})
}

func (b *docBuilder) event(typ chronicle.EventType, date, trigger string, place *chronicle.Place, source, target []chronicle.EntityID) {
	id := chronicle.EventID("V" + string(rune('1'+len(b.d.Events))))
	b.d.Events = append(b.d.Events, chronicle.Event{ID: id, Type: typ, Date: date, Location: place,
		Source: source, Target: target, Trigger: chronicle.Trigger{Text: trigger, Span: b.span(trigger)},
		Sentence: b.d.Sentences[0], Confidence: 0.8, Why: "trigger '" + trigger + "'"})
}

var lisbon = &chronicle.Place{Name: "Lisbon", Country: "PRT", Lat: 38.72, Lon: -9.14}

// corpus stores three articles of our own about two made-up ministers.
func corpus(t *testing.T) *DB {
	t.Helper()
	db := open(t, ":memory:")
	for _, d := range corpusDocs(t) {
		if _, err := db.SaveDocument(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// corpusDocs returns the three articles of corpus.
func corpusDocs(t *testing.T) []*chronicle.Document {
	t.Helper()
	b1 := newDoc(t, "2024-03-15", "Ministers agree on patrols",
		`Spanish minister Elena Vidal met Rui Moreira in Lisbon. "We agreed," Vidal said. The European Commission welcomed it.`)
	vidal := b1.entity("Elena Vidal", chronicle.Person, "ESP", []string{"minister"}, "Elena Vidal", "Vidal")
	moreira := b1.entity("Rui Moreira", chronicle.Person, "PRT", nil, "Rui Moreira")
	b1.entity("Lisbon", chronicle.Location, "PRT", nil, "Lisbon")
	b1.entity("European Commission", chronicle.Organization, "", nil, "European Commission")
	b1.quote("We agreed,", vidal, "Vidal")
	b1.event(chronicle.Consult, "2024-03-15", "met", lisbon, []chronicle.EntityID{vidal, moreira}, nil)
	b1.event(chronicle.Agree, "", "agreed", nil, []chronicle.EntityID{vidal}, []chronicle.EntityID{moreira})

	b2 := newDoc(t, "2024-04-02", "Portugal sends vessels",
		`Rui Moreira said Portugal would send two vessels. "Nobody gains from a collapse," said Moreira.`)
	moreira2 := b2.entity("Rui Moreira", chronicle.Person, "PRT", []string{"fisheries minister"}, "Rui Moreira", "Moreira")
	b2.entity("Portugal", chronicle.Location, "PRT", nil, "Portugal")
	b2.quote("Nobody gains from a collapse,", moreira2, "Moreira")
	b2.event(chronicle.Aid, "2024-04", "send", nil, []chronicle.EntityID{moreira2}, nil)

	b3 := newDoc(t, "2024-04-20", "Commission asks for data",
		`The European Commission asked Elena Vidal for catch data, a spokesperson said.`)
	vidal3 := b3.entity("Elena Vidal", chronicle.Person, "ESP", []string{"minister"}, "Elena Vidal")
	commission := b3.entity("European Commission", chronicle.Organization, "", nil, "European Commission")
	b3.quote("for catch data", "", "a spokesperson")
	b3.event(chronicle.Request, "2024-04-19", "asked", nil, []chronicle.EntityID{commission}, []chronicle.EntityID{vidal3})

	return []*chronicle.Document{b1.d, b2.d, b3.d}
}

func TestDB_Entities(t *testing.T) {
	db := corpus(t)
	tests := []struct {
		name string
		f    chronicle.EntityFilter
		want []string // name/type/country/articles/mentions
	}{
		{"all", chronicle.EntityFilter{}, []string{
			"Elena Vidal PERSON ESP 2 3", "European Commission ORG  2 2", "Rui Moreira PERSON PRT 2 3",
			"Lisbon LOC PRT 1 1", "Portugal LOC PRT 1 1"}},
		{"type", chronicle.EntityFilter{Type: chronicle.Location}, []string{"Lisbon LOC PRT 1 1", "Portugal LOC PRT 1 1"}},
		{"country", chronicle.EntityFilter{Country: "prt"}, []string{"Rui Moreira PERSON PRT 2 3", "Lisbon LOC PRT 1 1", "Portugal LOC PRT 1 1"}},
		{"name", chronicle.EntityFilter{Name: "VID"}, []string{"Elena Vidal PERSON ESP 2 3"}},
		{"name with wildcard", chronicle.EntityFilter{Name: "%"}, nil},
		{"limit", chronicle.EntityFilter{Limit: 1}, []string{"Elena Vidal PERSON ESP 2 3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, _, err := db.Entities(t.Context(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range list {
				got = append(got, strings.Join([]string{e.Name, string(e.Type), e.Country, strconv.Itoa(e.Articles), strconv.Itoa(e.Mentions)}, " "))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Entities(%+v) (-want +got):\n%s", tt.f, diff)
			}
		})
	}
	t.Run("roles", func(t *testing.T) {
		list, _, err := db.Entities(t.Context(), chronicle.EntityFilter{Name: "moreira"})
		if err != nil || len(list) != 1 {
			t.Fatal(list, err)
		}
		if diff := cmp.Diff([]string{"fisheries minister"}, list[0].Roles); diff != "" {
			t.Error(diff)
		}
	})
	t.Run("pages", func(t *testing.T) {
		var names []string
		cursor := ""
		for range 10 {
			list, next, err := db.Entities(t.Context(), chronicle.EntityFilter{Limit: 2, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range list {
				names = append(names, e.Name)
			}
			if cursor = next; cursor == "" {
				break
			}
		}
		want := []string{"Elena Vidal", "European Commission", "Rui Moreira", "Lisbon", "Portugal"}
		if diff := cmp.Diff(want, names); diff != "" {
			t.Error(diff)
		}
	})
	for _, f := range []chronicle.EntityFilter{{Limit: -1}, {Cursor: "bogus"}, {Cursor: pageCursor("q", "1", "2", "3")}} {
		if _, _, err := db.Entities(t.Context(), f); !errors.Is(err, chronicle.ErrInvalid) {
			t.Errorf("Entities(%+v) error = %v; want ErrInvalid", f, err)
		}
	}
}

func TestDB_EntityProfile(t *testing.T) {
	db := corpus(t)
	p, err := db.EntityProfile(t.Context(), "elena vidal", "")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Elena Vidal" || p.Type != chronicle.Person || p.Country != "ESP" || p.Articles != 2 {
		t.Errorf("summary = %+v", p.EntitySummary)
	}
	if diff := cmp.Diff([]string{"minister"}, p.Roles); diff != "" {
		t.Errorf("roles: %s", diff)
	}
	var titles []string
	for _, a := range p.Recent {
		titles = append(titles, a.Title)
	}
	if diff := cmp.Diff([]string{"Commission asks for data", "Ministers agree on patrols"}, titles); diff != "" {
		t.Errorf("recent: %s", diff)
	}
	if len(p.Quotes) != 1 || p.Quotes[0].Text != "We agreed," || p.Quotes[0].SpeakerName != "Elena Vidal" {
		t.Errorf("quotes = %+v", p.Quotes)
	}
	var types []chronicle.EventType
	for _, e := range p.Events {
		types = append(types, e.Type)
	}
	if diff := cmp.Diff([]chronicle.EventType{chronicle.Request, chronicle.Consult, chronicle.Agree}, types); diff != "" {
		t.Errorf("events: %s", diff)
	}
	if _, err := db.EntityProfile(t.Context(), "Nobody Here", ""); !errors.Is(err, chronicle.ErrNotFound) {
		t.Errorf("unknown name: %v; want ErrNotFound", err)
	}
	if _, err := db.EntityProfile(t.Context(), "Elena Vidal", chronicle.Organization); !errors.Is(err, chronicle.ErrNotFound) {
		t.Errorf("wrong type: %v; want ErrNotFound", err)
	}
	if _, err := db.EntityProfile(t.Context(), " ", ""); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("empty name: %v; want ErrInvalid", err)
	}
}

func TestDB_Quotes(t *testing.T) {
	db := corpus(t)
	tests := []struct {
		speaker string
		want    []string
	}{
		{"", []string{"for catch data", "Nobody gains from a collapse,", "We agreed,"}},
		{"Rui Moreira", []string{"Nobody gains from a collapse,"}},
		{"spokesperson", []string{"for catch data"}},
		{"SPOKES", []string{"for catch data"}},
		{"oreir", nil}, // a name is found from the start of a word
		{"Mor", []string{"Nobody gains from a collapse,"}},
		{"Vi", []string{"We agreed,"}},
		{"a spokes%", nil},
		{"a_spokes", nil},
		{"nobody", nil},
	}
	for _, tt := range tests {
		t.Run(tt.speaker, func(t *testing.T) {
			list, _, err := db.Quotes(t.Context(), chronicle.QuoteFilter{Speaker: tt.speaker})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range list {
				got = append(got, q.Text)
				if art, _ := db.Document(t.Context(), q.Article.ID); art == nil || art.Text(q.Span) != q.Text {
					t.Errorf("quote %q: span %v does not cover it in article %s", q.Text, q.Span, q.Article.ID)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Error(diff)
			}
		})
	}
	t.Run("pages", func(t *testing.T) {
		var got []string
		cursor := ""
		for range 10 {
			list, next, err := db.Quotes(t.Context(), chronicle.QuoteFilter{Limit: 1, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range list {
				got = append(got, q.Text)
			}
			if cursor = next; cursor == "" {
				break
			}
		}
		if diff := cmp.Diff([]string{"for catch data", "Nobody gains from a collapse,", "We agreed,"}, got); diff != "" {
			t.Error(diff)
		}
	})
	if _, _, err := db.Quotes(t.Context(), chronicle.QuoteFilter{Cursor: pageCursor("q", "x")}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("bad cursor: %v; want ErrInvalid", err)
	}
}

func day(t testing.TB, s string) chronicle.Day {
	t.Helper()
	d, err := chronicle.ParseDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDB_Events(t *testing.T) {
	db := corpus(t)
	tests := []struct {
		name string
		f    chronicle.EventFilter
		want []string // type and trigger
	}{
		{"all", chronicle.EventFilter{}, []string{"REQUEST asked", "AID send", "CONSULT met", "AGREE agreed"}},
		{"actor", chronicle.EventFilter{Actor: "rui moreira"}, []string{"AID send", "CONSULT met", "AGREE agreed"}},
		{"type", chronicle.EventFilter{Type: "consult"}, []string{"CONSULT met"}},
		{"country of actor", chronicle.EventFilter{Country: "ESP"}, []string{"REQUEST asked", "CONSULT met", "AGREE agreed"}},
		{"place", chronicle.EventFilter{Place: "lisbon"}, []string{"CONSULT met"}},
		{"from", chronicle.EventFilter{From: day(t, "2024-04-01")}, []string{"REQUEST asked", "AID send"}},
		{"to", chronicle.EventFilter{To: day(t, "2024-03-31")}, []string{"CONSULT met", "AGREE agreed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, _, err := db.Events(t.Context(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range list {
				got = append(got, string(e.Type)+" "+e.Trigger.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Error(diff)
			}
		})
	}
	t.Run("actors", func(t *testing.T) {
		list, _, err := db.Events(t.Context(), chronicle.EventFilter{Type: chronicle.Request})
		if err != nil || len(list) != 1 {
			t.Fatal(list, err)
		}
		want := []chronicle.Actor{
			{ID: "E2", Name: "European Commission", Type: chronicle.Organization, Role: "source"},
			{ID: "E1", Name: "Elena Vidal", Type: chronicle.Person, Country: "ESP", Role: "target"},
		}
		if diff := cmp.Diff(want, list[0].Actors); diff != "" {
			t.Error(diff)
		}
		if diff := cmp.Diff([]chronicle.EntityID{"E1"}, list[0].Target); diff != "" {
			t.Error(diff)
		}
	})
	t.Run("pages", func(t *testing.T) {
		var got []string
		cursor := ""
		for range 10 {
			list, next, err := db.Events(t.Context(), chronicle.EventFilter{Limit: 3, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range list {
				got = append(got, e.Trigger.Text)
			}
			if cursor = next; cursor == "" {
				break
			}
		}
		if diff := cmp.Diff([]string{"asked", "send", "met", "agreed"}, got); diff != "" {
			t.Error(diff)
		}
	})
	if _, _, err := db.Events(t.Context(), chronicle.EventFilter{From: day(t, "2024-05-01"), To: day(t, "2024-04-01")}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("from after to: %v; want ErrInvalid", err)
	}
}

func TestDB_Timeline(t *testing.T) {
	db := corpus(t)
	tests := []struct {
		name string
		f    chronicle.TimelineFilter
		want []string // day articles events
	}{
		{"all", chronicle.TimelineFilter{}, []string{"2024-03-15 1 2", "2024-04-02 1 0", "2024-04-19 0 1", "2024-04-20 1 0"}},
		{"text", chronicle.TimelineFilter{Text: "vessels"}, []string{"2024-04-02 1 0"}},
		{"entity", chronicle.TimelineFilter{Entity: "Elena Vidal"}, []string{"2024-03-15 1 2", "2024-04-19 0 1", "2024-04-20 1 0"}},
		{"range", chronicle.TimelineFilter{From: day(t, "2024-04-01"), To: day(t, "2024-04-19")}, []string{"2024-04-02 1 0", "2024-04-19 0 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := db.Timeline(t.Context(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range list {
				got = append(got, d.Day.String()+" "+strconv.Itoa(d.Articles)+" "+strconv.Itoa(d.Events))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Error(diff)
			}
		})
	}
	if _, err := db.Timeline(t.Context(), chronicle.TimelineFilter{Text: `"open`}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("bad query: %v; want ErrInvalid", err)
	}
}

func TestDB_Graph(t *testing.T) {
	db := corpus(t)
	g, err := db.Graph(t.Context(), chronicle.GraphFilter{Entity: "Elena Vidal"})
	if err != nil {
		t.Fatal(err)
	}
	var nodes []string
	for _, n := range g.Nodes {
		nodes = append(nodes, n.ID)
	}
	// Vidal first, then her event counterparts (Moreira in two events, the
	// Commission in one), then those in her articles.
	want := []string{"PERSON:elena vidal", "PERSON:rui moreira", "ORG:european commission", "LOC:lisbon"}
	if diff := cmp.Diff(want, nodes); diff != "" {
		t.Errorf("nodes: %s", diff)
	}
	edges := map[string]int{}
	for _, e := range g.Edges {
		edges[e.Source+" "+e.Target+" "+e.Kind+" "+string(e.Type)] = e.Count
	}
	for k, n := range map[string]int{
		"PERSON:elena vidal PERSON:rui moreira event CONSULT":      1,
		"PERSON:elena vidal PERSON:rui moreira event AGREE":        1,
		"ORG:european commission PERSON:elena vidal event REQUEST": 1,
		"ORG:european commission PERSON:elena vidal co-mention ":   2,
		"LOC:lisbon PERSON:rui moreira co-mention ":                1,
	} {
		if edges[k] != n {
			t.Errorf("edge %s = %d; want %d (edges %v)", k, edges[k], n, edges)
		}
	}
	top, err := db.Graph(t.Context(), chronicle.GraphFilter{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(top.Nodes) != 2 || top.Nodes[0].Articles != 2 {
		t.Errorf("top nodes = %+v", top.Nodes)
	}
	if _, err := db.Graph(t.Context(), chronicle.GraphFilter{Entity: "Nobody"}); !errors.Is(err, chronicle.ErrNotFound) {
		t.Errorf("unknown entity: %v; want ErrNotFound", err)
	}
	// The graph of the most mentioned follows the store as it grows.
	if g, err := db.Graph(t.Context(), chronicle.GraphFilter{Limit: 1}); err != nil || g.Nodes[0].Name != "Elena Vidal" {
		t.Fatalf("top node = %+v, %v; want Elena Vidal", g, err)
	}
	for _, text := range []string{"Portugal votes.", "Portugal counts the votes.", "Portugal has a new government."} {
		b := newDoc(t, "2024-06-01", text, text)
		b.entity("Portugal", chronicle.Location, "PRT", nil, "Portugal")
		if _, err := db.SaveDocument(t.Context(), b.d); err != nil {
			t.Fatal(err)
		}
	}
	if g, err := db.Graph(t.Context(), chronicle.GraphFilter{Limit: 1}); err != nil || g.Nodes[0].Name != "Portugal" || g.Nodes[0].Articles != 4 {
		t.Errorf("top node after storing = %+v, %v; want Portugal in 4 articles", g, err)
	}
}

func TestDB_Facets(t *testing.T) {
	db := corpus(t)
	f, err := db.Facets(t.Context(), chronicle.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Total != 3 {
		t.Errorf("total = %d; want 3", f.Total)
	}
	if diff := cmp.Diff([]chronicle.FacetCount{{Value: "2024-03", Count: 1}, {Value: "2024-04", Count: 2}}, f.Months); diff != "" {
		t.Errorf("months: %s", diff)
	}
	if diff := cmp.Diff([]chronicle.FacetCount{{Value: "ESP", Count: 2}, {Value: "PRT", Count: 2}}, f.Countries); diff != "" {
		t.Errorf("countries: %s", diff)
	}
	if f.Types[0].Type != chronicle.Person || f.Types[0].Articles != 3 || len(f.Types[0].Entities) != 2 {
		t.Errorf("persons = %+v", f.Types[0])
	}
	// A selection of every article counts what the aggregates hold.
	every, err := db.Facets(t.Context(), chronicle.Query{From: day(t, "2000-01-01")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, every); diff != "" {
		t.Errorf("facets of every article differ from those of the store (-store +every):\n%s", diff)
	}
	narrow, err := db.Facets(t.Context(), chronicle.Query{Text: "vessels"})
	if err != nil {
		t.Fatal(err)
	}
	if narrow.Total != 1 || len(narrow.Countries) != 1 || narrow.Countries[0] != (chronicle.FacetCount{Value: "PRT", Count: 1}) {
		t.Errorf("facets of 'vessels' = %+v", narrow)
	}
}

func TestDB_SearchCountry(t *testing.T) {
	db := corpus(t)
	tests := []struct {
		q    chronicle.Query
		want []string
	}{
		{chronicle.Query{Country: "esp"}, []string{"Commission asks for data", "Ministers agree on patrols"}},
		{chronicle.Query{Country: "PRT", Text: "vessels"}, []string{"Portugal sends vessels"}},
		{chronicle.Query{Country: "ESP", Text: "vessels"}, nil},
		{chronicle.Query{Country: "ESP", Entity: "rui moreira"}, []string{"Ministers agree on patrols"}},
		{chronicle.Query{Country: "FRA"}, nil},
	}
	for _, tt := range tests {
		hits, _, err := db.Search(t.Context(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Article.Title)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Search(%+v) (-want +got):\n%s", tt.q, diff)
		}
		f, err := db.Facets(t.Context(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if f.Total != len(tt.want) {
			t.Errorf("Facets(%+v).Total = %d; want %d", tt.q, f.Total, len(tt.want))
		}
	}
}

func TestDB_Places(t *testing.T) {
	db := corpus(t)
	b := newDoc(t, "2024-05-02", "Lisbon again", `Rui Moreira met Elena Vidal in Lisbon and spoke in Porto.`)
	moreira := b.entity("Rui Moreira", chronicle.Person, "PRT", nil, "Rui Moreira")
	porto := &chronicle.Place{Name: "Porto", Country: "PRT", Lat: 41.15, Lon: -8.61}
	b.event(chronicle.Consult, "", "met", lisbon, []chronicle.EntityID{moreira}, nil)
	b.event(chronicle.Consult, "", "spoke", porto, []chronicle.EntityID{moreira}, nil)
	if _, err := db.SaveDocument(t.Context(), b.d); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		f    chronicle.EventFilter
		want []chronicle.PlaceCount
	}{
		{chronicle.EventFilter{}, []chronicle.PlaceCount{{Place: *lisbon, Events: 2}, {Place: *porto, Events: 1}}},
		{chronicle.EventFilter{Actor: "elena vidal"}, []chronicle.PlaceCount{{Place: *lisbon, Events: 1}}},
		{chronicle.EventFilter{From: day(t, "2024-05-01")}, []chronicle.PlaceCount{{Place: *lisbon, Events: 1}, {Place: *porto, Events: 1}}},
		{chronicle.EventFilter{Type: chronicle.Aid}, []chronicle.PlaceCount{}},
	}
	for _, tt := range tests {
		got, err := db.Places(t.Context(), tt.f)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Places(%+v) (-want +got):\n%s", tt.f, diff)
		}
	}
	if _, err := db.Places(t.Context(), chronicle.EventFilter{From: day(t, "2024-05-01"), To: day(t, "2024-04-01")}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("from after to: %v; want ErrInvalid", err)
	}
}

// TestDB_QuotesSpeakerWordStart checks that a speaker filter finds the
// name at the start of a word of the speaker text, never inside one.
func TestDB_QuotesSpeakerWordStart(t *testing.T) {
	db := openNamed(t)
	for i, speaker := range []string{"US officials", "Bush", "an Australian diplomat", "a senior U.S. envoy"} {
		text := fmt.Sprintf("Quote %d.", i+1)
		b := newDoc(t, fmt.Sprintf("2024-07-%02d", i+1), "Quotes", fmt.Sprintf("Article %d: %s", i+1, text))
		b.quote(text, "", speaker)
		if _, err := db.SaveDocument(t.Context(), b.d); err != nil {
			t.Fatal(err)
		}
	}
	for speaker, want := range map[string][]string{
		"US":   {"Quote 1."},
		"us":   {"Quote 1."},
		"U.S.": {"Quote 4."},
		"bu":   {"Quote 2."},
		"aus":  {"Quote 3."},
		"[":    nil,
	} {
		list, _, err := db.Quotes(t.Context(), chronicle.QuoteFilter{Speaker: speaker})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range list {
			got = append(got, q.Text)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("speaker %q (-want +got):\n%s", speaker, diff)
		}
	}
}
