package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"chronicle/internal/canon"
	"chronicle/internal/sqlite"
)

// defaultDB is the database used when neither --db nor CHRONICLE_DB is set.
const defaultDB = "chronicle.db"

// dbFlag adds the --db flag to fs; its default comes from CHRONICLE_DB.
func dbFlag(fs *flag.FlagSet, e *env) *string {
	def := e.getenv("CHRONICLE_DB")
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "the database `file` (env CHRONICLE_DB)")
}

// openStore opens the embedded database at path, creating it if needed,
// with entities known across articles by their canonical names (see
// internal/canon).
// A path in a directory that does not exist is an error that says so.
func openStore(ctx context.Context, path string) (*sqlite.DB, error) {
	if path != ":memory:" {
		dir := filepath.Dir(path)
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("open store %s: directory %s does not exist", path, dir)
		}
	}
	return sqlite.OpenWith(ctx, path, sqlite.Options{Names: canon.Default()})
}

// openExistingStore opens the database at path for a command that only
// reads it: a path where there is no file is an error, rather than a new,
// empty store that would answer every question with nothing.
func openExistingStore(ctx context.Context, path string) (*sqlite.DB, error) {
	if path != ":memory:" {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no database at %s: store articles with `chronicle ingest` first, or name the database with --db or CHRONICLE_DB", path)
		}
	}
	return openStore(ctx, path)
}

// How many arguments a command that reads the store takes.
var (
	noArgs   = func(n int) bool { return n == 0 }
	oneArg   = func(n int) bool { return n == 1 }
	someArgs = func(n int) bool { return n > 0 }
)

// parseAndOpen parses args into fs and opens the existing database that
// db, the --db flag of fs, names. A number of arguments that wantArgs
// refuses prints the usage and is errUsage.
func parseAndOpen(ctx context.Context, fs *flag.FlagSet, db *string, args []string, wantArgs func(int) bool) (*sqlite.DB, error) {
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	if !wantArgs(fs.NArg()) {
		fs.Usage()
		return nil, errUsage
	}
	return openExistingStore(ctx, *db)
}
