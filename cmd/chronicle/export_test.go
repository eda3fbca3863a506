package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/export"
)

// TestExport stores the example article in a real SQLite file and exports
// its events in every format, each checked for its header or fields.
func TestExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if code, _, stderr := chronicleRun(t, "", "ingest", "--db", db, example); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	code, out, stderr := chronicleRun(t, "", "export", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export jsonl: exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if out == "" || len(lines) == 0 {
		t.Fatal("no events exported")
	}
	for _, l := range lines {
		var rec struct {
			Version int `json:"version"`
			Event   struct {
				Type string `json:"type"`
			} `json:"event"`
			Sentence string `json:"sentence"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil || rec.Version != export.JSONLVersion || rec.Event.Type == "" || rec.Sentence == "" {
			t.Errorf("bad record (%v): %s", err, l)
		}
	}
	for _, tt := range []struct {
		format string
		comma  rune
		cols   []string
	}{{"csv", ',', export.CSVColumns}, {"gdelt", '\t', export.GDELTColumns}} {
		file := filepath.Join(t.TempDir(), "out."+tt.format)
		if code, _, stderr := chronicleRun(t, "", "export", "--db", db, "--format", tt.format, "--out", file); code != 0 {
			t.Fatalf("export %s: exit %d: %s", tt.format, code, stderr)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(strings.NewReader(string(b)))
		r.Comma = tt.comma
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", tt.format, err)
		}
		if !slices.Equal(rows[0], tt.cols) || len(rows)-1 != len(lines) {
			t.Errorf("%s: header %v and %d rows, want %d rows", tt.format, rows[0], len(rows)-1, len(lines))
		}
	}
	// a filter narrows the export; a type no event has gives nothing
	_, plover, _ := chronicleRun(t, "", "export", "--db", db, "--format", "plover", "--type", "CONSULT")
	for _, l := range strings.Split(strings.TrimSpace(plover), "\n") {
		if l != "" && !strings.Contains(l, `"event":["CONSULT"]`) {
			t.Errorf("--type CONSULT let through %s", l)
		}
	}
	if code, _, stderr := chronicleRun(t, "", "export", "--db", db, "--format", "xml"); code == 0 || !strings.Contains(stderr, "format") {
		t.Errorf("--format xml: exit %d, stderr %q", code, stderr)
	}
}

// An export that fails leaves the file it would have written as it was.
func TestExportFailureKeepsFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "events.csv")
	if err := os.WriteFile(file, []byte("earlier export\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--format", "xml"},
		{"--format", "csv", "--db", filepath.Join(dir, "missing.db")},
	} {
		code, _, stderr := chronicleRun(t, "", append([]string{"export", "--out", file}, args...)...)
		if code == 0 {
			t.Errorf("%v: exit 0", args)
		}
		if b, _ := os.ReadFile(file); string(b) != "earlier export\n" {
			t.Errorf("%v (%s): the file now holds %q", args, strings.TrimSpace(stderr), b)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
