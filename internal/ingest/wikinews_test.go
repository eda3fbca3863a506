package ingest

import (
	"bufio"
	"chronicle/internal/chronicletest"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestReadWikinews reads the Wikinews politics file and checks its counts
// against a plain decoding of the same lines: every line gives one record,
// the articles with empty text are skipped, the undated ones are kept with
// a warning, and almost none is taken for another language.
func TestReadWikinews(t *testing.T) {
	path := chronicletest.Shared(t, "data/wikinews/politics.jsonl")

	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines, empty, undated := 0, 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v struct{ Date, Text *string }
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("line %d: %v", lines+1, err)
		}
		lines++
		switch {
		case v.Text == nil || strings.TrimSpace(*v.Text) == "":
			empty++
		case v.Date == nil || *v.Date == "":
			undated++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if lines != 5000 {
		t.Errorf("%d lines, want the 5000 the source describes", lines)
	}

	var articles, skipped, noDate, notEnglish, errs int
	seen := map[int]bool{}
	for _, rec := range readAll(t, []string{path}, Options{}) {
		seen[rec.Line] = true
		switch {
		case rec.Err != nil:
			errs++
			t.Errorf("unexpected error: %v", rec.Err)
		case rec.Skip != "":
			skipped++
		default:
			articles++
			if strings.Contains(rec.Warning, WarnNoDate) {
				noDate++
			}
			if strings.Contains(rec.Warning, WarnNotEnglish) {
				notEnglish++
			}
			if rec.Article.Source == "" || rec.Article.Title == "" {
				t.Errorf("line %d: no source or title: %+v", rec.Line, rec.Article)
			}
		}
	}
	t.Logf("%d lines: %d articles (%d undated, %d not English), %d skipped, %d errors",
		lines, articles, noDate, notEnglish, skipped, errs)
	if len(seen) != lines || articles+skipped+errs != lines {
		t.Errorf("records for %d lines (%d in all), want one for each of %d lines", len(seen), articles+skipped+errs, lines)
	}
	if skipped != empty || noDate != undated {
		t.Errorf("%d skipped and %d undated, want %d and %d", skipped, noDate, empty, undated)
	}
	if notEnglish*1000 > articles {
		t.Errorf("%d of %d English articles taken for another language", notEnglish, articles)
	}
}

func BenchmarkReadJSONLines(b *testing.B) {
	path := chronicletest.Shared(b, "data/wikinews/politics.jsonl")
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	for b.Loop() {
		for rec := range Read(context.Background(), []string{path}, Options{}) {
			if rec.Err != nil {
				b.Fatal(rec.Err)
			}
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	text := strings.Repeat("Rain fell on the town\r\nfor a third day, and the café closed early.\r\n\r\n", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Normalize(text)
	}
}
