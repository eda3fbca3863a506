package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"chronicle"
	"chronicle/internal/storetest"
)

// open opens a store at path for the test and closes it when the test ends.
func open(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

func TestConformance(t *testing.T) {
	t.Run("Memory", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) storetest.Store { return open(t, ":memory:") })
	})
	t.Run("File", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) storetest.Store {
			return open(t, filepath.Join(t.TempDir(), "chronicle.db"))
		})
	})
}

func TestFTS5Compiled(t *testing.T) {
	db := open(t, ":memory:")
	var on bool
	if err := db.read.QueryRowContext(t.Context(), `SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&on); err != nil {
		t.Fatal(err)
	}
	if !on {
		t.Fatal("SQLite was built without FTS5")
	}
}

func TestPragmas(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "p.db"))
	tests := []struct {
		pool   string
		pragma string
		want   string
	}{
		{"write", "journal_mode", "wal"},
		{"read", "journal_mode", "wal"},
		{"write", "foreign_keys", "1"},
		{"read", "foreign_keys", "1"},
		{"write", "synchronous", "1"}, // NORMAL
		{"write", "busy_timeout", "10000"},
		{"read", "query_only", "1"},
		{"write", "query_only", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.pool+"/"+tt.pragma, func(t *testing.T) {
			pool := db.write
			if tt.pool == "read" {
				pool = db.read
			}
			var got string
			if err := pool.QueryRowContext(t.Context(), "PRAGMA "+tt.pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("PRAGMA %s = %s; want %s", tt.pragma, got, tt.want)
			}
		})
	}
}

func TestOpenInvalidPath(t *testing.T) {
	for _, p := range []string{"", "a.db?mode=ro", "x#y"} {
		if _, err := Open(t.Context(), p); !errors.Is(err, chronicle.ErrInvalid) {
			t.Errorf("Open(%q) error = %v; want ErrInvalid", p, err)
		}
	}
	if _, err := Open(t.Context(), filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")); err == nil {
		t.Error("Open in a missing directory succeeded")
	}
}

func TestMigrateOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	applied := func() []string {
		db, err := Open(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rows, err := db.read.QueryContext(t.Context(), `SELECT version || ' ' || name || ' ' || applied_at FROM schema_migrations ORDER BY version`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var got []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			got = append(got, s)
		}
		return got
	}
	first := applied()
	if len(first) != len(ms) {
		t.Fatalf("schema_migrations has %d rows; want %d: %q", len(first), len(ms), first)
	}
	db := open(t, path)
	storetest.MustSave(t, db, storetest.Full())
	db.Close()
	if again := applied(); fmt.Sprint(again) != fmt.Sprint(first) {
		t.Errorf("re-opening changed schema_migrations: %q, then %q", first, again)
	}
	db = open(t, path)
	if has, err := db.Has(t.Context(), storetest.Full().Article.ID); err != nil || !has {
		t.Errorf("after re-opening Has = %v, %v", has, err)
	}
}

// TestConcurrentReaders reads while a writer saves, on a file store, and
// checks that no read fails and every read sees a complete document.
func TestConcurrentReaders(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "c.db"))
	ctx := t.Context()
	const docs = 150
	storetest.MustSave(t, db, storetest.Generate(0))
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	wg.Go(func() {
		defer close(done)
		for n := 1; n < docs; n++ {
			if _, err := db.SaveDocument(ctx, storetest.Generate(n)); err != nil {
				errs <- err
				return
			}
		}
	})
	for r := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				want := storetest.Generate(0)
				got, err := db.Document(ctx, want.Article.ID)
				if err != nil {
					errs <- err
					return
				}
				if len(got.Entities) != len(want.Entities) || len(got.Events) != len(want.Events) {
					errs <- fmt.Errorf("reader %d: document %s incomplete", r, want.Article.ID)
					return
				}
				if _, _, err := db.Search(ctx, chronicle.Query{Text: "report OR budget*", Limit: 5}); err != nil {
					errs <- err
					return
				}
				if _, err := db.Stats(ctx); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != docs {
		t.Errorf("%d articles; want %d", st.Articles, docs)
	}
}

// TestConcurrentWriters saves from many goroutines at once; the single
// writing connection must serialize them without a busy error.
func TestConcurrentWriters(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "w.db"))
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 8 {
		wg.Go(func() {
			for n := w; n < 80; n += 8 {
				if _, err := db.SaveDocument(t.Context(), storetest.Generate(n)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if st, err := db.Stats(t.Context()); err != nil || st.Articles != 80 {
		t.Errorf("Stats = %+v, %v; want 80 articles", st, err)
	}
}

// TestCanceled checks that a canceled context stops a save and leaves
// nothing behind.
func TestCanceled(t *testing.T) {
	db := open(t, ":memory:")
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if stored, err := db.SaveDocument(ctx, storetest.Full()); err == nil || stored {
		t.Fatalf("SaveDocument with a canceled context = %v, %v", stored, err)
	}
	if st, err := db.Stats(t.Context()); err != nil || st != (chronicle.Stats{}) {
		t.Errorf("Stats = %+v, %v; want nothing stored", st, err)
	}
}
