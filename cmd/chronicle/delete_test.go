package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

// twoArticles are two short articles of our own, as JSON lines.
const twoArticles = `{"date": "2024-05-02", "title": "Bridge reopens", "text": "The river bridge in Tavira reopened on Thursday after repairs, the mayor Rita Sousa said."}
{"date": "2024-05-03", "title": "Ferry strike ends", "text": "Ferry crews in Setubal ended a three-day strike on Friday, their union said."}
`

func TestDelete(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	lines := filepath.Join(dir, "two.jsonl")
	if err := os.WriteFile(lines, []byte(twoArticles), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := chronicleRun(t, "", "ingest", "--db", db, example, lines); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	id := searchOne(t, db, "sardin*")
	bridge := searchOne(t, db, "bridge")

	// An unknown ID is reported and the others are still deleted.
	code, out, stderr := chronicleRun(t, "", "delete", "--db", db, string(id), "0123456789abcdef")
	if code != 1 {
		t.Errorf("delete with an unknown id: exit %d; want 1", code)
	}
	if !strings.HasPrefix(out, "deleted "+string(id)+"  2024-03-15  ") || !strings.Contains(out, " quotes, ") {
		t.Errorf("delete printed %q", out)
	}
	if !strings.Contains(stderr, "error: delete article 0123456789abcdef: not found") || !strings.Contains(stderr, "1 of 2 articles not deleted") {
		t.Errorf("stderr %q names neither the unknown id nor the count", stderr)
	}
	if code, out, _ := chronicleRun(t, "", "search", "--db", db, "sardin*"); code != 0 || !strings.Contains(out, "no articles found") {
		t.Errorf("search after delete (exit %d): %s", code, out)
	}
	if code, _, stderr := chronicleRun(t, "", "show", "--db", db, string(id)); code != 1 || !strings.Contains(stderr, "not found") {
		t.Errorf("show after delete: exit %d: %s", code, stderr)
	}

	// --json lists what went, by a prefix of the ID too.
	code, out, stderr = chronicleRun(t, "", "delete", "--db", db, "--json", string(bridge[:8]))
	if code != 0 {
		t.Fatalf("delete --json: exit %d: %s", code, stderr)
	}
	var got []deletion
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("delete --json printed %s: %v", out, err)
	}
	if len(got) != 1 || got[0].ID != bridge || got[0].Title != "Bridge reopens" || got[0].Removed.Articles != 1 || got[0].Removed.Sentences == 0 {
		t.Errorf("delete --json = %+v", got)
	}
	if code, out, _ := chronicleRun(t, "", "stats", "--db", db); code != 0 || !strings.Contains(out, "articles   1\n") {
		t.Errorf("stats after two deletes (exit %d):\n%s", code, out)
	}

	// The same text ingested again is stored as new.
	if code, out, stderr := chronicleRun(t, "", "ingest", "--db", db, example); code != 0 || !strings.Contains(out, "1 stored") {
		t.Errorf("ingest after delete (exit %d): %s%s", code, out, stderr)
	}
	if again := searchOne(t, db, "sardin*"); again != id {
		t.Errorf("ingested again as %s; want %s", again, id)
	}
	store, err := openStore(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := store.Check(t.Context()); err != nil {
		t.Error(err)
	}
}

func TestDeleteUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if code, _, stderr := chronicleRun(t, "", "delete", "--db", db); code != 2 || !strings.Contains(stderr, "Usage: chronicle delete") {
		t.Errorf("delete without ids: exit %d: %s", code, stderr)
	}
	if code, _, stderr := chronicleRun(t, "", "delete", "--db", db, "0123456789abcdef"); code != 1 || !strings.Contains(stderr, "no database at") {
		t.Errorf("delete from a missing store: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("delete created %s", db)
	}
}

// searchOne returns the ID of the one article that query finds in db.
func searchOne(t *testing.T, db, query string) chronicle.ArticleID {
	t.Helper()
	code, out, stderr := chronicleRun(t, "", "search", "--db", db, "--json", query)
	if code != 0 {
		t.Fatalf("search %s: exit %d: %s", query, code, stderr)
	}
	var res struct{ Hits []chronicle.Hit }
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Hits) != 1 {
		t.Fatalf("search %s = %s (%v); want one hit", query, out, err)
	}
	return res.Hits[0].Article.ID
}
