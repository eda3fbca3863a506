package ner

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"chronicle"
)

// benchDocuments returns tokenized news articles to label: the first
// Wikinews articles from the shared data, or, without it, our own text.
func benchDocuments(b *testing.B) []*chronicle.Document {
	var texts []string
	if dir := sharedDir(); dir != "" {
		f, err := os.Open(filepath.Join(dir, "data", "wikinews", "politics.jsonl"))
		if err == nil {
			defer f.Close()
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, 1<<22)
			for sc.Scan() && len(texts) < 200 {
				var a struct{ Text string }
				if json.Unmarshal(sc.Bytes(), &a) == nil {
					texts = append(texts, a.Text)
				}
			}
		}
	}
	if len(texts) == 0 {
		for range 50 {
			texts = append(texts, ownArticle)
		}
	}
	docs := make([]*chronicle.Document, len(texts))
	for i, t := range texts {
		docs[i] = document(t)
	}
	return docs
}

// ownArticle is a made-up news report for benchmarks and tests.
const ownArticle = `Finance ministers from the Nordic countries met in Tromsø on Wednesday to discuss a shared approach to energy prices, Norway's finance ministry said.

Norwegian Finance Minister Ingrid Halvorsen told reporters the talks with her Swedish counterpart, Lars-Erik Nyqvist, had been "frank and useful". The European Commission sent an observer, and officials from the International Energy Agency joined by video link from Paris.

Shares in Equinor rose 2.1 percent on the Oslo Stock Exchange after the meeting. Analysts at Nordea Markets said investors welcomed signs of coordination.

The next meeting will be held in Helsinki in March, Finland's government said in a statement.`

func BenchmarkRecognize(b *testing.B) {
	r := Default()
	docs := benchDocuments(b)
	words, bytes := 0, 0
	for _, d := range docs {
		words += len(d.Tokens)
		bytes += len(d.Article.Text)
	}
	for _, d := range docs {
		r.Recognize(d) // warm the scratch memory and the gazetteer's index
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		for _, d := range docs {
			r.Recognize(d)
		}
		n++
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(words*n)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(words*n), "allocs/word")
}

func BenchmarkLoad(b *testing.B) {
	Default() // the gazetteer loads once per process, outside the loop
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}
