package event_test

import (
	"encoding/json"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/chronicletest"
	"chronicle/internal/event"
	"chronicle/internal/gazetteer"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
)

// story is a short report of our own, written to exercise the rules
// through the whole pipeline.
const story = `Leaders meet in Oslo

Norwegian Prime Minister Jonas Gahr Store and Canadian Prime Minister Mark Carney met in Oslo on Tuesday to discuss Arctic security.

Russia was criticised by Norway and Finland over the incursions. Carney said Canada would not provide weapons to Russia.

Finnish troops shelled the border post on Monday, and Finland did not meet the Russian delegation.

Sweden could impose sanctions on Moscow, and Denmark will send aid to Ukraine.`

func analyze(t testing.TB, text string, day chronicle.Day) *chronicle.Document {
	t.Helper()
	return pipeline.New().Analyze(&chronicle.Article{ID: chronicle.IDOf(text), Date: day, Text: text})
}

func entityNames(d *chronicle.Document, ids []chronicle.EntityID) string {
	var out []string
	for _, id := range ids {
		if e := d.Entity(id); e != nil {
			out = append(out, e.Name)
		}
	}
	return strings.Join(out, "+")
}

func TestPipelineStory(t *testing.T) {
	d := analyze(t, story, chronicle.NewDay(2025, 6, 12))
	type want struct {
		typ     chronicle.EventType
		trigger string
		src     string // a name among the sources, "" not checked
		tgt     string
		check   func(chronicle.Event) bool
	}
	for _, w := range []want{
		{chronicle.Consult, "met", "Mark Carney", "", func(e chronicle.Event) bool {
			return len(e.Source) >= 2 && len(e.Target) == 0 && e.Location != nil && e.Location.Name == "Oslo" && e.Date == "2025-06-10"
		}},
		{chronicle.Accuse, "criticised", "Norway", "Russia", nil},
		{chronicle.Reject, "provide", "Canada", "Russia", nil},
		{chronicle.Assault, "shelled", "", "", func(e chronicle.Event) bool { return e.Date == "2025-06-09" }},
		{chronicle.Consult, "meet", "Finland", "", func(e chronicle.Event) bool { return e.Negated }},
		{chronicle.Sanction, "impose", "Sweden", "Moscow", func(e chronicle.Event) bool { return e.Hypothetical && len(e.Target) == 1 }},
		{chronicle.Agree, "send", "Denmark", "Ukraine", func(e chronicle.Event) bool { return e.Future }},
	} {
		found := false
		for _, e := range d.Events {
			if e.Type != w.typ || e.Trigger.Text != w.trigger {
				continue
			}
			if w.src != "" && !strings.Contains(entityNames(d, e.Source), w.src) ||
				w.tgt != "" && !strings.Contains(entityNames(d, e.Target), w.tgt) ||
				w.check != nil && !w.check(e) {
				continue
			}
			found = true
		}
		if !found {
			b, _ := json.MarshalIndent(d.Events, "", "  ")
			t.Errorf("no %s %q %s→%s; events:\n%s", w.typ, w.trigger, w.src, w.tgt, b)
		}
	}
	checkEvents(t, d)
}

// checkEvents checks the invariants every event must keep.
func checkEvents(t *testing.T, d *chronicle.Document) {
	t.Helper()
	n := len(d.Article.Text)
	seen := map[chronicle.EventID]bool{}
	for _, e := range d.Events {
		if seen[e.ID] || e.ID == "" {
			t.Errorf("event id %q empty or repeated", e.ID)
		}
		seen[e.ID] = true
		if !strings.Contains(strings.Join(typesOf(), " "), string(e.Type)) {
			t.Errorf("%s: type %q is not PLOVER's", e.ID, e.Type)
		}
		if !e.Trigger.Valid(n) || !e.Sentence.Valid(n) || !e.Sentence.Contains(e.Trigger.Span) || d.Text(e.Trigger.Span) != e.Trigger.Text {
			t.Errorf("%s: trigger %+v / sentence %+v do not fit the text", e.ID, e.Trigger, e.Sentence)
		}
		if e.Source == nil || e.Target == nil {
			t.Errorf("%s: nil actor lists", e.ID)
		}
		for _, id := range append(append([]chronicle.EntityID{}, e.Source...), e.Target...) {
			if d.Entity(id) == nil {
				t.Errorf("%s: unknown entity %q", e.ID, id)
			}
		}
		if e.Confidence <= 0 || e.Confidence > 1 || e.Why == "" {
			t.Errorf("%s: confidence %v, why %q", e.ID, e.Confidence, e.Why)
		}
	}
}

func typesOf() []string {
	var out []string
	for _, t := range chronicle.EventTypes {
		out = append(out, string(t))
	}
	return out
}

// TestSeedArticle extracts the example article's events when ../shared is
// there: the two meetings, the criticism and the opposition to the US
// proposal (../shared/tools/seedcheck scores the whole record).
func TestSeedArticle(t *testing.T) {
	path := chronicletest.Shared(t, "seed/000_8141e75181dc3b6f.txt")
	var a *chronicle.Article
	for r := range ingest.Read(t.Context(), []string{path}, ingest.Options{}) {
		if r.Article != nil {
			a = r.Article
		}
	}
	if a == nil {
		t.Fatal("no article read")
	}
	d := pipeline.New().Analyze(a)
	checkEvents(t, d)
	has := func(typ chronicle.EventType, date, place string, names ...string) bool {
		for _, e := range d.Events {
			all := entityNames(d, e.Source) + "|" + entityNames(d, e.Target)
			ok := e.Type == typ && strings.HasPrefix(e.Date, date) && (place == "" || e.Location != nil && strings.HasPrefix(e.Location.Name, place))
			for _, n := range names {
				ok = ok && strings.Contains(all, n)
			}
			if ok {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		typ   chronicle.EventType
		date  string
		place string
		names []string
	}{
		{chronicle.Consult, "2025-04-26", "Rome", []string{"Trump", "Zelenskyy"}},
		{chronicle.Consult, "2025-02", "Washington", []string{"Trump", "Zelenskyy"}},
		{chronicle.Accuse, "2025-02", "", []string{"Trump", "Vance", "Zelenskyy"}},
		{chronicle.Reject, "", "", []string{"Ukraine", "US"}},
	} {
		if !has(c.typ, c.date, c.place, c.names...) {
			b, _ := json.MarshalIndent(d.Events, "", "  ")
			t.Errorf("no %s %s %s with %v in\n%s", c.typ, c.date, c.place, c.names, b)
		}
	}
}

// FuzzExtract checks that any text yields well-formed events: valid spans
// and known entity ids.
func FuzzExtract(f *testing.F) {
	f.Add(story)
	f.Add("They met. Their meeting was their first since the talks in February.")
	f.Add(`"We will attack," he said, and they did not.`)
	p := pipeline.New()
	f.Fuzz(func(t *testing.T, text string) {
		d := p.Analyze(&chronicle.Article{Text: text, Date: chronicle.NewDay(2025, 1, 1)})
		checkEvents(t, d)
	})
}

// BenchmarkExtract measures the event stage alone on an analysed document.
func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat(story+"\n\n", 40)
	d := analyze(b, text, chronicle.NewDay(2025, 6, 12))
	g := gazetteer.Default()
	b.SetBytes(int64(len(text)))
	b.ReportMetric(float64(len(strings.Fields(text))), "words/op")
	for b.Loop() {
		event.Extract(d, g)
	}
}

// BenchmarkAnalyze measures the whole pipeline, event stage included, on
// the same text: the figure to hold at 100k words/s on one core.
func BenchmarkAnalyze(b *testing.B) {
	text := strings.Repeat(story+"\n\n", 40)
	p := pipeline.New()
	a := &chronicle.Article{Text: text, Date: chronicle.NewDay(2025, 6, 12)}
	p.Analyze(a)
	b.SetBytes(int64(len(text)))
	b.ReportMetric(float64(len(strings.Fields(text))), "words/op")
	for b.Loop() {
		p.Analyze(a)
	}
}
