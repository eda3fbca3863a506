package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Flags after the arguments are flags; after "--" they are arguments.
func TestFlagsAfterArguments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if code, _, stderr := chronicleRun(t, "", "ingest", example, "--db", db); code != 0 {
		t.Fatalf("ingest with --db last: exit %d: %s", code, stderr)
	}
	code, out, stderr := chronicleRun(t, "", "search", "sardines", "--db", db, "--json")
	if code != 0 || !strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Fatalf("search with flags last: exit %d\n%s%s", code, out, stderr)
	}
	if code, _, stderr := chronicleRun(t, "", "ingest", "--db", db, "--", "--db"); code != 1 || !strings.Contains(stderr, "--db") {
		t.Errorf("ingest -- --db: exit %d, stderr %q; want the file --db reported missing", code, stderr)
	}
}

// --quiet leaves out skips and warnings, not errors.
func TestIngestQuiet(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"empty.txt":  "",
		"nodate.txt": "The council met on Tuesday.",
		"bad.jsonl":  `{"text": `,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "c.db")
	code, out, stderr := chronicleRun(t, "", "ingest", "--quiet", "--db", db, dir)
	if code != 1 || !strings.Contains(out, "1 stored") || !strings.Contains(out, "1 skipped") {
		t.Fatalf("exit %d\n%s%s", code, out, stderr)
	}
	if strings.Contains(stderr, "skipped:") || strings.Contains(stderr, "warning:") || !strings.Contains(stderr, "bad.jsonl:1") {
		t.Errorf("--quiet stderr %q: want the error only", stderr)
	}
	code, _, stderr = chronicleRun(t, "", "ingest", "--db", db, dir)
	if code != 1 || !strings.Contains(stderr, "skipped: "+filepath.Join(dir, "empty.txt")) || !strings.Contains(stderr, "warning: ") {
		t.Errorf("without --quiet: exit %d, stderr %q", code, stderr)
	}
}
