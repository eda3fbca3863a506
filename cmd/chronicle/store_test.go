package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A command that only reads the store does not create one where there is
// none; one that writes names a missing directory.
func TestStoreThatIsNotThere(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"stats"}, {"search", "x"}, {"show", "0123456789abcdef"}, {"entities"},
		{"events"}, {"quotes"}, {"feeds"}, {"export", "--format", "csv"},
	} {
		code, _, stderr := chronicleRun(t, "", append([]string{args[0], "--db", db}, args[1:]...)...)
		if code != 1 || !strings.Contains(stderr, "no database at "+db) {
			t.Errorf("%s: exit %d, stderr %q", args[0], code, stderr)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a reading command created %s", db)
	}
	missing := filepath.Join(dir, "no", "such", "c.db")
	code, _, stderr := chronicleRun(t, "", "ingest", "--db", missing, example)
	if code != 1 || !strings.Contains(stderr, "directory "+filepath.Dir(missing)+" does not exist") {
		t.Errorf("ingest into a missing directory: exit %d, stderr %q", code, stderr)
	}
}

func TestStatsRefusesArguments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if code, _, stderr := chronicleRun(t, "", "ingest", "--db", db, example); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	if code, _, _ := chronicleRun(t, "", "stats", "--db", db, "extra"); code != 2 {
		t.Errorf("stats with an argument: exit %d, want 2", code)
	}
}
