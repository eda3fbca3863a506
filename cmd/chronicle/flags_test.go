package main

import (
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
