package sqlite

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
	"unicode"

	"chronicle"
)

// wikinews reads the Wikinews politics articles from ../shared next to the
// module root, skipping the benchmark when they are not there.
func wikinews(b *testing.B) []*chronicle.Document {
	b.Helper()
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Skip("no module root above the working directory")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", "data", "wikinews", "politics.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("benchmark data not available: %v", err)
	}
	defer f.Close()
	var docs []*chronicle.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for line := 1; sc.Scan(); line++ {
		var r struct {
			Date, Title, Text, Source string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatalf("%s:%d: %v", path, line, err)
		}
		day, err := chronicle.ParseDay(r.Date)
		if err != nil {
			b.Fatalf("%s:%d: date: %v", path, line, err)
		}
		text := r.Title + "\n\n" + r.Text
		docs = append(docs, annotate(&chronicle.Article{
			ID: chronicle.IDOf(text), Date: day, Title: r.Title, Source: r.Source, Text: text,
		}))
	}
	if err := sc.Err(); err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	return docs
}

// annotate gives a an annotation load like the pipeline's: sentences split
// at ". ", and an entity for each capitalized word with all its mentions.
func annotate(a *chronicle.Article) *chronicle.Document {
	d := chronicle.NewDocument(a)
	start := 0
	for i := 0; i+1 < len(a.Text); i++ {
		if a.Text[i] == '.' && a.Text[i+1] == ' ' {
			d.Sentences = append(d.Sentences, chronicle.Span{Start: start, End: i + 1})
			start = i + 2
		}
	}
	d.Sentences = append(d.Sentences, chronicle.Span{Start: start, End: len(a.Text)})
	ids := map[string]int{}
	for i := 0; i < len(a.Text); {
		j := i
		for j < len(a.Text) && (unicode.IsLetter(rune(a.Text[j])) || a.Text[j] >= 0x80) {
			j++
		}
		if j == i {
			i++
			continue
		}
		w := a.Text[i:j]
		if unicode.IsUpper(rune(w[0])) && len(w) > 3 {
			k, ok := ids[w]
			if !ok {
				k = len(d.Entities)
				ids[w] = k
				d.Entities = append(d.Entities, chronicle.Entity{
					ID: chronicle.EntityID(fmt.Sprintf("E%d", k+1)), Name: w, Type: chronicle.Misc,
					Roles: []string{}, Mentions: []chronicle.Mention{},
				})
			}
			e := &d.Entities[k]
			e.Mentions = append(e.Mentions, chronicle.Mention{Text: w, Kind: chronicle.NameMention, Span: chronicle.Span{Start: i, End: j}})
		}
		i = j
	}
	return d
}

// BenchmarkSaveDocument saves Wikinews articles, with the annotations
// annotate gives them, to a file store.
func BenchmarkSaveDocument(b *testing.B) {
	docs := wikinews(b)
	db := open(b, filepath.Join(b.TempDir(), "bench.db"))
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Article.Text))
	}
	b.SetBytes(bytes / int64(len(docs)))
	b.ReportAllocs()
	i := 0
	start := time.Now()
	for b.Loop() {
		d := *docs[i%len(docs)]
		a := *d.Article
		a.ID = chronicle.ArticleID(fmt.Sprintf("%016x", i)) // every save a new article
		d.Article = &a
		if stored, err := db.SaveDocument(b.Context(), &d); err != nil || !stored {
			b.Fatalf("SaveDocument = %v, %v", stored, err)
		}
		i++
	}
	b.ReportMetric(float64(i)/time.Since(start).Seconds(), "docs/s")
}

// searchQueries are typical searches: words, phrases, prefixes, OR, filters.
var searchQueries = []chronicle.Query{
	{Text: "election"},
	{Text: "president"},
	{Text: "prime minister"},
	{Text: `"prime minister"`},
	{Text: "parliament vote"},
	{Text: "Bush OR Kerry"},
	{Text: "minist*"},
	{Text: "Ahmadinej*"},
	{Text: "war NOT Iraq"},
	{Text: "government", From: chronicle.NewDay(2008, 1, 1), To: chronicle.NewDay(2008, 12, 31)},
	{Text: "court ruling"},
	{Text: "protest*"},
	{From: chronicle.NewDay(2010, 1, 1)},
	{Entity: "Obama"},
}

// BenchmarkSearch runs searchQueries against a file store holding every
// Wikinews politics article and reports the median and 99th percentile
// latency of one search (first page, with snippets).
func BenchmarkSearch(b *testing.B) {
	docs := wikinews(b)
	db := open(b, filepath.Join(b.TempDir(), "bench.db"))
	for _, d := range docs {
		if _, err := db.SaveDocument(b.Context(), d); err != nil {
			b.Fatal(err)
		}
	}
	var took []time.Duration
	i := 0
	for b.Loop() {
		q := searchQueries[i%len(searchQueries)]
		t := time.Now()
		if _, _, err := db.Search(b.Context(), q); err != nil {
			b.Fatalf("Search(%+v): %v", q, err)
		}
		took = append(took, time.Since(t))
		i++
	}
	slices.Sort(took)
	pct := func(p float64) float64 {
		return float64(took[int(p*float64(len(took)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkDocument loads stored documents with all their annotations.
func BenchmarkDocument(b *testing.B) {
	docs := wikinews(b)
	if len(docs) > 1000 {
		docs = docs[:1000]
	}
	db := open(b, filepath.Join(b.TempDir(), "bench.db"))
	for _, d := range docs {
		if _, err := db.SaveDocument(b.Context(), d); err != nil {
			b.Fatal(err)
		}
	}
	i := 0
	for b.Loop() {
		if _, err := db.Document(b.Context(), docs[i%len(docs)].Article.ID); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
