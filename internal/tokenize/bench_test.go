package tokenize

import (
	"bufio"
	"chronicle/internal/chronicletest"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func readArticle(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// wikinews returns the texts of ../shared/data/wikinews/politics.jsonl, or
// skips the benchmark when the file is absent.
func wikinews(b *testing.B) []string {
	b.Helper()
	path := chronicletest.Shared(b, "data/wikinews/politics.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("%s: %v", path, err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatalf("%s:%d: text: %v", path, line, err)
		}
		texts = append(texts, a.Text)
	}
	if err := sc.Err(); err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	return texts
}

// benchmark runs f over texts, reporting MB/s and tokens/s.
func benchmark(b *testing.B, texts []string, f func(string)) {
	size, tokens := 0, 0
	for _, t := range texts {
		size += len(t)
		tokens += len(Words(t))
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			f(t)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkWords(b *testing.B) {
	benchmark(b, []string{readArticle(b)}, func(t string) { Words(t) })
}

func BenchmarkSentences(b *testing.B) {
	benchmark(b, []string{readArticle(b)}, func(t string) { Sentences(t) })
}

func BenchmarkTokenize(b *testing.B) {
	benchmark(b, []string{readArticle(b)}, func(t string) { Tokenize(t) })
}

func BenchmarkTokenizeWikinews(b *testing.B) {
	benchmark(b, wikinews(b), func(t string) { Tokenize(t) })
}
