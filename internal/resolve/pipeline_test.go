package resolve

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/chronicletest"
	"chronicle/internal/gazetteer"
	"chronicle/internal/ingest"
	"chronicle/internal/ner"
	"chronicle/internal/tag"
	"chronicle/internal/tokenize"
)

// analyze runs the stages before this one, as the pipeline does.
func analyze(a *chronicle.Article) *chronicle.Document {
	d := chronicle.NewDocument(a)
	d.Sentences, d.Tokens = tokenize.Tokenize(a.Text)
	tag.Default().Tag(d)
	ner.Default().Recognize(d)
	return d
}

// ourArticle is a news report written for this test.
const ourArticle = `German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on Tuesday to discuss defence spending.

Merz told reporters that Germany would raise its budget. The German chancellor said the plan had the support of his coalition.

Macron's foreign minister, Jean-Noël Barrot, welcomed the move. Officials in Berlin and Brussels declined to comment.`

func TestEntitiesAfterRecognizer(t *testing.T) {
	d := analyze(&chronicle.Article{Text: ourArticle})
	got := Entities(d, gazetteer.Default())
	checkRecord(t, d, got)
	find := func(name string) *chronicle.Entity {
		for i := range got {
			if got[i].Name == name {
				return &got[i]
			}
		}
		var names []string
		for _, e := range got {
			names = append(names, e.Name)
		}
		t.Fatalf("no entity %q among %q", name, names)
		return nil
	}
	mentions := func(e *chronicle.Entity) []string {
		var out []string
		for _, m := range e.Mentions {
			out = append(out, string(m.Kind)+":"+m.Text)
		}
		return out
	}
	merz := find("Friedrich Merz")
	if merz.Type != chronicle.Person || merz.Country != "DEU" || !slices.Contains(merz.Roles, "Chancellor") {
		t.Errorf("Merz: %s %s %q", merz.Type, merz.Country, merz.Roles)
	}
	for _, m := range []string{"name:Merz", "nominal:The German chancellor", "pronoun:his"} {
		if !slices.Contains(mentions(merz), m) {
			t.Errorf("Merz lacks mention %s: %q", m, mentions(merz))
		}
	}
	macron := find("Emmanuel Macron")
	if macron.Country != "FRA" || !slices.Contains(macron.Roles, "President") || !slices.Contains(mentions(macron), "name:Macron") {
		t.Errorf("Macron: %s %q %q", macron.Country, macron.Roles, mentions(macron))
	}
	barrot := find("Jean-Noël Barrot")
	if barrot.Country != "FRA" || !slices.Contains(barrot.Roles, "foreign minister") {
		t.Errorf("Barrot: %s %q", barrot.Country, barrot.Roles)
	}
	paris := find("Paris")
	if paris.Type != chronicle.Location || paris.Place == nil || paris.Place.Country != "FRA" {
		t.Errorf("Paris: %s %+v", paris.Type, paris.Place)
	}
}

// TestExampleArticle scores the entities of the example article against
// its gold file as ../shared/tools/seedcheck does: an entity counts when
// its name or one of its mentions is a gold entity's name or alias and
// the types agree; entities the gold lists as optional count neither way.
func TestExampleArticle(t *testing.T) {
	seed := strings.TrimSuffix(chronicletest.Shared(t, filepath.Join("seed", "000_8141e75181dc3b6f.txt")), ".txt")
	var gold struct {
		Entities []struct {
			Name    string   `json:"name"`
			Type    string   `json:"type"`
			Country string   `json:"country"`
			Aliases []string `json:"aliases"`
		} `json:"entities"`
		Optional []string `json:"optional_entities"`
	}
	b, err := os.ReadFile(seed + ".gold.json")
	if err != nil {
		t.Skip(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("%s.gold.json: %v", seed, err)
	}
	var a *chronicle.Article
	for r := range ingest.Read(context.Background(), []string{seed + ".txt"}, ingest.Options{}) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		a = r.Article
	}
	if a == nil {
		t.Fatalf("%s.txt holds no article", seed)
	}
	d := analyze(a)
	got := Entities(d, gazetteer.Default())
	checkRecord(t, d, got)

	norm := func(s string) string {
		s = strings.ToLower(strings.ReplaceAll(s, "\u2019", "'"))
		s = regexp.MustCompile(`^(the|a|an)\s+`).ReplaceAllString(strings.TrimSpace(s), "")
		s = regexp.MustCompile(`[.\-]`).ReplaceAllString(s, " ")
		return strings.Join(strings.Fields(s), " ")
	}
	forms := make([]map[string]bool, len(gold.Entities))
	for i, g := range gold.Entities {
		forms[i] = map[string]bool{norm(g.Name): true}
		for _, a := range g.Aliases {
			forms[i][norm(a)] = true
		}
	}
	optional := map[string]bool{}
	for _, o := range gold.Optional {
		optional[norm(o)] = true
	}
	hit := map[int]bool{}
	tp, spurious := 0, 0
	for _, e := range got {
		if e.Type == chronicle.Misc {
			continue
		}
		own := map[string]bool{norm(e.Name): true}
		for _, m := range e.Mentions {
			own[norm(m.Text)] = true
		}
		idx := -1
		for i := range forms {
			if forms[i][norm(e.Name)] {
				idx = i
				break
			}
		}
		for i := range forms {
			for f := range own {
				if idx < 0 && forms[i][f] {
					idx = i
				}
			}
		}
		isOptional := false
		for f := range own {
			isOptional = isOptional || optional[f]
		}
		switch {
		case idx >= 0 && gold.Entities[idx].Type == string(e.Type):
			tp++
			hit[idx] = true
			if c := gold.Entities[idx].Country; c != e.Country {
				t.Logf("%s: country %q, gold %q", e.Name, e.Country, c)
			}
		case isOptional:
		default:
			spurious++
			t.Logf("spurious: %s (%s)", e.Name, e.Type)
		}
	}
	for i, g := range gold.Entities {
		if !hit[i] {
			t.Logf("missed: %s (%s)", g.Name, g.Type)
		}
	}
	p := float64(tp) / float64(max(tp+spurious, 1))
	r := float64(len(hit)) / float64(len(gold.Entities))
	f1 := 2 * p * r / max(p+r, 1e-9)
	t.Logf("entities: P %.2f R %.2f F1 %.2f", p, r, f1)
	if f1 < 0.9 {
		t.Errorf("entity F1 %.2f on the example article, want at least 0.90", f1)
	}
}

// benchArticle is a marked article of our own, the size of a short news
// report.
const benchArticle = `[L US] President [P Donald Trump] and [M Ukrainian] leader [P Volodymyr Zelenskyy] met in [L Rome] on Saturday, a [L White House] official said.
[L White House] communications director [P Steven Cheung] said the talks were useful. [P Zelenskyy]'s chief of staff, [P Andriy Yermak], agreed, but he gave no details.
The two leaders sat together in [L Washington], [L DC], in February. Later the [M Ukrainian] president met [M British] Prime Minister [P Keir Starmer] and [M French] President [P Emmanuel Macron].
[P Trump], who has pressed [L Moscow] and [L Kyiv] to agree, said his envoy would travel to [L Russia]. [L Ukraine] and [M European] nations oppose a plan to recognise [L Crimea] as [M Russian].
The [L US] president said [P Vance] would join him. [O NATO] and the [O North Atlantic Treaty Organization] summit were not discussed, and the [L Ukraine-Russia] talks go on.`

func BenchmarkEntities(b *testing.B) {
	d := markedDoc(b, strings.Repeat(benchArticle+"\n\n", 4))
	g := gazetteer.Default()
	Entities(d, g)
	words := len(strings.Fields(d.Article.Text))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Entities(d, g)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkEntitiesWikinews resolves Wikinews politics articles that the
// earlier stages have already read, so that only this stage is timed.
func BenchmarkEntitiesWikinews(b *testing.B) {
	path := chronicletest.Shared(b, filepath.Join("data", "wikinews", "politics.jsonl"))
	var docs []*chronicle.Document
	words := 0
	for r := range ingest.Read(context.Background(), []string{path}, ingest.Options{}) {
		if r.Article == nil {
			continue
		}
		docs = append(docs, analyze(r.Article))
		words += len(strings.Fields(r.Article.Text))
		if len(docs) == 300 {
			break
		}
	}
	if len(docs) == 0 {
		b.Skipf("%s holds no articles", path)
	}
	g := gazetteer.Default()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Entities(d, g)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
