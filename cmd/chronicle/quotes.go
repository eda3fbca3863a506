package main

import (
	"context"
	"fmt"

	"chronicle"
)

func runQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "quotes", "[flags]")
	db := dbFlag(fs, e)
	speaker := fs.String("speaker", "", "only quotes by a speaker of this `name`")
	limit := fs.Int("limit", 20, "at most this many quotes")
	asJSON := fs.Bool("json", false, "print the quotes as JSON")
	store, err := parseAndOpen(ctx, fs, db, args, noArgs)
	if err != nil {
		return err
	}
	defer store.Close()
	list, next, err := store.Quotes(ctx, chronicle.QuoteFilter{Speaker: *speaker, Limit: *limit})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, struct {
			Quotes []chronicle.QuoteHit `json:"quotes"`
			Next   string               `json:"next"`
		}{list, next})
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "no quotes found")
		return nil
	}
	for _, q := range list {
		who := q.SpeakerName
		if who == "" {
			who = q.SpeakerText
		}
		if who == "" {
			who = "(unnamed)"
		}
		fmt.Fprintf(e.stdout, "%s  %s %s (%s):\n    “%s”\n", orUnknown(q.Article.Date.String()), who, q.Cue, q.Kind, clip(q.Text, 200))
		fmt.Fprintf(e.stdout, "    — %s  %s\n", q.Article.ID, clip(q.Article.Title, 80))
	}
	return nil
}
