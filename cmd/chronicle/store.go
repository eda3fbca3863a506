package main

import (
	"context"
	"flag"

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

// openStore opens the embedded database at path, creating it if needed.
func openStore(ctx context.Context, path string) (*sqlite.DB, error) {
	return sqlite.Open(ctx, path)
}
