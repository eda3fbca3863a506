// Package sqlite is Chronicle's embedded store: one SQLite file holding
// articles, every annotation of their documents, and a full-text index. It
// uses modernc.org/sqlite (pure Go, FTS5 compiled in).
//
// The database runs in WAL mode with synchronous=NORMAL: a transaction whose
// commit has returned survives the process being killed; only a power loss
// can take back the last few commits, and never leaves the file corrupt.
// Writes go through a single connection, one transaction at a time; reads use
// a pool of read-only connections that see the last committed state and never
// wait for the writer.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"time"

	"chronicle"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// A DB is an open store. Its methods are safe for concurrent use.
type DB struct {
	// Now returns the current time, which SaveDocument records as
	// ingested_at. It defaults to time.Now; tests may pin it.
	Now func() time.Time

	write *sql.DB // one connection: writes are serialized
	read  *sql.DB // read-only connections; the same as write for ":memory:"

	prepared map[string]*sql.Stmt // on write, by query; read-only after Open

	topGraphs graphCache // Graph's answers without an entity

	names Namer // keys entities across articles
}

// connection settings shared by the reading and the writing pool. WAL and
// synchronous=NORMAL give durable commits without an fsync per transaction;
// busy_timeout makes a second process wait for the write lock instead of
// failing at once.
var pragmas = []string{
	"busy_timeout(10000)",
	"foreign_keys(1)",
	"synchronous(NORMAL)",
	"temp_store(MEMORY)",
	"cache_size(-16000)", // KiB, per connection
}

// Open opens the store at path, creating the file if needed, and brings its
// schema up to date. The path ":memory:" opens a private in-memory store
// that lives until Close; the store then uses a single connection. A path
// containing '?' is ErrInvalid. Entities are known across articles by
// their names alone; OpenWith can give a Namer that knows more.
func Open(ctx context.Context, path string) (*DB, error) {
	return OpenWith(ctx, path, Options{})
}

// OpenWith is Open with options. When the stored entities were keyed by
// another Namer (or by none, in a store made before migration 0007), it
// keys them again with o.Names before it returns.
func OpenWith(ctx context.Context, path string, o Options) (*DB, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("open store %q: want a file path without '?' or '#': %w", path, chronicle.ErrInvalid)
	}
	db := &DB{Now: time.Now, prepared: map[string]*sql.Stmt{}, names: o.Names}
	if db.names == nil {
		db.names = plainNames{}
	}
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	if path == ":memory:" {
		w, err := sql.Open("sqlite", path+"?"+q.Encode())
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		// Each connection to ":memory:" is a database of its own, so keep
		// exactly one, forever.
		w.SetMaxOpenConns(1)
		w.SetMaxIdleConns(1)
		w.SetConnMaxLifetime(0)
		w.SetConnMaxIdleTime(0)
		db.write, db.read = w, w
	} else {
		wq := cloneValues(q)
		wq.Add("_pragma", "journal_mode(WAL)")
		wq.Set("_txlock", "immediate") // take the write lock at BEGIN, not halfway through
		w, err := sql.Open("sqlite", path+"?"+wq.Encode())
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		w.SetMaxOpenConns(1)
		w.SetMaxIdleConns(1)
		w.SetConnMaxIdleTime(0)
		db.write = w
		// The writer creates the file and switches it to WAL before any
		// reader opens it.
		if err := w.PingContext(ctx); err != nil {
			w.Close()
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		rq := cloneValues(q)
		rq.Add("_pragma", "query_only(1)")
		r, err := sql.Open("sqlite", path+"?"+rq.Encode())
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		n := max(4, runtime.GOMAXPROCS(0))
		r.SetMaxOpenConns(n)
		r.SetMaxIdleConns(n)
		db.read = r
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	for _, q := range inserts {
		st, err := db.write.PrepareContext(ctx, q)
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %s: prepare: %w", path, err)
		}
		db.prepared[q] = st
	}
	if err := db.checkNames(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: key entities: %w", path, err)
	}
	return db, nil
}

func cloneValues(v url.Values) url.Values {
	c := url.Values{}
	for k, vs := range v {
		c[k] = append([]string(nil), vs...)
	}
	return c
}

// Close closes the store, first letting SQLite refresh the statistics its
// query planner uses. Calls after the first do nothing.
func (db *DB) Close() error {
	var errs []error
	if db.write != nil {
		_, err := db.write.Exec(`PRAGMA optimize`)
		errs = append(errs, err)
	}
	for _, st := range db.prepared {
		errs = append(errs, st.Close())
	}
	db.prepared = nil
	if db.read != nil && db.read != db.write {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	db.read, db.write = nil, nil
	return errors.Join(errs...)
}

// now returns the current time in UTC.
func (db *DB) now() time.Time {
	if db.Now == nil {
		return time.Now().UTC()
	}
	return db.Now().UTC()
}
