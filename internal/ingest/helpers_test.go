package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle"
)

// readAll returns every Record that Read yields for paths.
func readAll(t testing.TB, paths []string, opts Options) []Record {
	t.Helper()
	var recs []Record
	for rec := range Read(context.Background(), paths, opts) {
		checkRecord(t, rec)
		recs = append(recs, rec)
	}
	return recs
}

// readString reads content saved as a file called name in a fresh directory.
func readString(t testing.TB, name, content string, opts Options) []Record {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return readAll(t, []string{path}, opts)
}

// checkRecord fails t unless rec keeps the promises of Read: exactly one of
// Article, Err and Skip; an *Error naming the file; an Article whose text is
// normalized, non-empty and hashed into its ID, with a one-line title.
func checkRecord(t testing.TB, rec Record) {
	t.Helper()
	set := 0
	for _, b := range []bool{rec.Article != nil, rec.Err != nil, rec.Skip != ""} {
		if b {
			set++
		}
	}
	if set != 1 {
		t.Fatalf("record %+v: want exactly one of Article, Err, Skip", rec)
	}
	if rec.File == "" {
		t.Fatalf("record %+v has no file", rec)
	}
	if rec.Err != nil {
		e, ok := rec.Err.(*Error)
		if !ok || e.File != rec.File || e.Line != rec.Line {
			t.Fatalf("error %#v: want an *Error for %s:%d", rec.Err, rec.File, rec.Line)
		}
		return
	}
	a := rec.Article
	if a == nil {
		return
	}
	if a.Text == "" || !utf8.ValidString(a.Text) || Normalize(a.Text) != a.Text {
		t.Fatalf("article text %q is empty or not normalized", a.Text)
	}
	if a.ID != chronicle.IDOf(a.Text) {
		t.Fatalf("article ID %s, want IDOf(text) %s", a.ID, chronicle.IDOf(a.Text))
	}
	if !utf8.ValidString(a.Title) || strings.ContainsAny(a.Title, "\n\t") || a.Title != strings.TrimSpace(a.Title) {
		t.Fatalf("title %q is not one trimmed line", a.Title)
	}
}
