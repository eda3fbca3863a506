package main

import (
	"context"

	"chronicle"
)

func runShow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "show", "[flags] ID")
	db := dbFlag(fs, e)
	asJSON := fs.Bool("json", false, "print the extraction record as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	store, err := openExistingStore(ctx, *db)
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
