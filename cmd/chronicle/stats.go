package main

import (
	"context"
	"fmt"
)

func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stats", "[flags]")
	db := dbFlag(fs, e)
	asJSON := fs.Bool("json", false, "print the counts as a JSON object")
	store, err := parseAndOpen(ctx, fs, db, args, noArgs)
	if err != nil {
		return err
	}
	defer store.Close()
	s, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, s)
	}
	for _, row := range []struct {
		name string
		n    int
	}{
		{"articles", s.Articles}, {"sentences", s.Sentences}, {"entities", s.Entities},
		{"mentions", s.Mentions}, {"times", s.Times}, {"quotes", s.Quotes}, {"events", s.Events},
	} {
		fmt.Fprintf(e.stdout, "%-10s %d\n", row.name, row.n)
	}
	return nil
}
