package main

import (
	"context"

	"chronicle"
)

func runShow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "show", "[flags] ID")
	db := dbFlag(fs, e)
	asJSON := fs.Bool("json", false, "print the extraction record as JSON")
	store, err := parseAndOpen(ctx, fs, db, args, oneArg)
	if err != nil {
		return err
	}
	defer store.Close()
	d, err := store.Document(ctx, chronicle.ArticleID(fs.Arg(0)))
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, d)
	}
	printDocument(e.stdout, d)
	e.stdout.Write([]byte(d.Article.Text + "\n"))
	return nil
}
