package sqlite

import (
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/storetest"
)

// TestStatsCounts checks that the counts Stats reads stay those of the
// stored rows as articles are saved, saved again, deleted (their
// annotations with them, through the foreign keys) and the store reopened,
// and that migration 0008 builds the same counts from the stored rows.
func TestStatsCounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stats.db")
	db := open(t, path)
	check := func(when string, db *DB) {
		t.Helper()
		got, err := db.Stats(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if want := countRows(t, db); got != want {
			t.Errorf("%s: Stats = %+v, want the rows counted %+v", when, got, want)
		}
	}
	check("empty", db)
	for n := range 12 {
		if _, err := db.SaveDocument(t.Context(), storetest.Generate(n)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.SaveDocument(t.Context(), storetest.Full()); err != nil {
		t.Fatal(err)
	}
	check("after saves", db)
	if st, _ := db.Stats(t.Context()); st.Articles != 13 || st.Mentions == 0 || st.Quotes == 0 || st.Events == 0 {
		t.Fatalf("Stats = %+v: want 13 articles with mentions, quotes and events to count", st)
	}
	if stored, err := db.SaveDocument(t.Context(), storetest.Generate(3)); err != nil || stored {
		t.Fatalf("saving again = %v, %v; want a no-op", stored, err)
	}
	check("after saving an article again", db)
	for _, d := range []*chronicle.Document{storetest.Generate(2), storetest.Generate(5)} {
		if _, err := db.write.ExecContext(t.Context(), `DELETE FROM articles WHERE id = ?`, string(d.Article.ID)); err != nil {
			t.Fatal(err)
		}
	}
	check("after deletes", db)
	if st, _ := db.Stats(t.Context()); st.Articles != 11 {
		t.Errorf("Stats = %+v, want 11 articles after deleting 2 of 13", st)
	}
	if _, err := db.SaveDocument(t.Context(), storetest.Generate(20)); err != nil {
		t.Fatal(err)
	}
	check("after a save that follows deletes", db)

	// The counts as migration 0008 builds them for a store filled before.
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	build := ""
	for _, m := range ms {
		if m.version == 8 {
			_, rest, _ := strings.Cut(m.sql, "INSERT INTO row_counts")
			build, _, _ = strings.Cut(rest, ";")
		}
	}
	if build == "" {
		t.Fatal("migration 0008 has no INSERT INTO row_counts")
	}
	if _, err := db.write.ExecContext(t.Context(), `DELETE FROM row_counts`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.ExecContext(t.Context(), "INSERT INTO row_counts"+build); err != nil {
		t.Fatal(err)
	}
	check("as the migration builds them", db)

	db.Close()
	check("reopened", open(t, path))
}

// countRows counts the rows of the tables Stats reports.
func countRows(t *testing.T, db *DB) chronicle.Stats {
	t.Helper()
	var s chronicle.Stats
	err := db.read.QueryRowContext(t.Context(), `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM sentences), (SELECT count(*) FROM entities),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM times), (SELECT count(*) FROM quotes),
		(SELECT count(*) FROM events)`).Scan(
		&s.Articles, &s.Sentences, &s.Entities, &s.Mentions, &s.Times, &s.Quotes, &s.Events)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
