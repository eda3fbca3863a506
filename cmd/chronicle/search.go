package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"chronicle"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "[flags] QUERY")
	db := dbFlag(fs, e)
	asJSON := fs.Bool("json", false, "print the hits as JSON")
	from := fs.String("from", "", "only articles published on or after this `date` (YYYY-MM-DD)")
	to := fs.String("to", "", "only articles published on or before this `date` (YYYY-MM-DD)")
	limit := fs.Int("limit", 10, "at most this many hits")
	entity := fs.String("entity", "", "only articles that mention an entity of this `name`")
	country := fs.String("country", "", "only articles that mention an entity of this `country` (ISO 3166-1 alpha-3, e.g. UKR)")
	cursor := fs.String("cursor", "", "continue after the page that printed this `cursor`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	q := chronicle.Query{Text: strings.Join(fs.Args(), " "), Entity: *entity, Country: strings.ToUpper(*country), Limit: *limit, Cursor: *cursor}
	if q.Text == "" && q.Entity == "" && q.Country == "" && *from == "" && *to == "" {
		fs.Usage()
		return errUsage
	}
	if q.Country != "" && len(q.Country) != 3 {
		return fmt.Errorf("--country %q: want an ISO 3166-1 alpha-3 code such as UKR: %w", *country, chronicle.ErrInvalid)
	}
	var err error
	if q.From, err = chronicle.ParseDay(*from); err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	if q.To, err = chronicle.ParseDay(*to); err != nil {
		return fmt.Errorf("--to: %w", err)
	}

	store, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	hits, next, err := store.Search(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		if hits == nil {
			hits = []chronicle.Hit{}
		}
		return writeJSON(e, struct {
			Hits []chronicle.Hit `json:"hits"`
			Next string          `json:"next"`
		}{hits, next})
	}
	if len(hits) == 0 {
		fmt.Fprintln(e.stdout, "no articles found")
		return nil
	}
	for _, h := range hits {
		fmt.Fprintf(e.stdout, "%s  %s  %s\n", h.Article.ID, orUnknown(h.Article.Date.String()), h.Article.Title)
		fmt.Fprintf(e.stdout, "    %s\n", strings.Join(strings.Fields(h.Snippet), " "))
	}
	if next != "" {
		fmt.Fprintf(e.stdout, "\nmore: chronicle search --cursor %s …\n", next)
	}
	return nil
}

// writeJSON prints v as indented JSON.
func writeJSON(e *env, v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
