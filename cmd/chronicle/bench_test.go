package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
)

// BenchmarkIngestWikinews ingests the Wikinews politics corpus into a new
// database, end to end: read, analyse, store. It reports articles and words
// per second and the process's peak resident memory.
func BenchmarkIngestWikinews(b *testing.B) {
	corpus := "../../../shared/data/wikinews/politics.jsonl"
	if _, err := os.Stat(corpus); err != nil {
		b.Skip("../shared/data is not here: no corpus to ingest")
	}
	summary := regexp.MustCompile(`^(\d+) articles, (\d+) words analysed`)
	var articles, words float64
	for i := 0; b.Loop(); i++ {
		db := filepath.Join(b.TempDir(), "bench"+strconv.Itoa(i)+".db")
		var out, errOut bytes.Buffer
		e := &env{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
		if code := run(b.Context(), e, []string{"ingest", "--db", db, corpus}); code != 0 {
			b.Fatalf("ingest: exit %d: %s", code, errOut.String())
		}
		m := summary.FindStringSubmatch(out.String())
		if m == nil {
			b.Fatalf("no summary in %q", out.String())
		}
		n, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		articles += float64(n)
		words += float64(w)
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(articles/secs, "articles/s")
	b.ReportMetric(words/secs, "words/s")
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-MB")
	}
}
