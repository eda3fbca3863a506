package main

import (
	"context"
	"fmt"

	"chronicle"
)

// A deletion is what `chronicle delete` reports of one deleted article.
type deletion struct {
	ID      chronicle.ArticleID `json:"id"`
	Date    chronicle.Day       `json:"date"`
	Title   string              `json:"title"`
	Removed chronicle.Stats     `json:"removed"` // the rows that went with it
}

// runDelete removes stored articles, each with everything derived from
// it. It goes on past an ID that names no article, reports it, and fails
// at the end.
func runDelete(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "delete", "[flags] ID...")
	db := dbFlag(fs, e)
	asJSON := fs.Bool("json", false, "print what was deleted as a JSON array")
	store, err := parseAndOpen(ctx, fs, db, args, someArgs)
	if err != nil {
		return err
	}
	defer store.Close()
	deleted := []deletion{}
	failed := 0
	for _, id := range fs.Args() {
		if ctx.Err() != nil {
			break
		}
		d, err := store.DeleteDocument(ctx, chronicle.ArticleID(id))
		if err != nil {
			if ctx.Err() == nil {
				fmt.Fprintf(e.stderr, "error: %v\n", err)
				failed++
			}
			continue
		}
		r := deletionOf(d)
		deleted = append(deleted, r)
		if !*asJSON {
			n := r.Removed
			fmt.Fprintf(e.stdout, "deleted %s  %s  %s: %d sentences, %d entities (%d mentions), %d times, %d quotes, %d events\n",
				r.ID, orUnknown(r.Date.String()), r.Title, n.Sentences, n.Entities, n.Mentions, n.Times, n.Quotes, n.Events)
		}
	}
	if *asJSON {
		if err := writeJSON(e, deleted); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d articles not deleted", failed, fs.NArg())
	}
	return nil
}

// deletionOf returns the report of the deleted document d.
func deletionOf(d *chronicle.Document) deletion {
	return deletion{ID: d.Article.ID, Date: d.Article.Date, Title: d.Article.Title, Removed: d.Stats()}
}
