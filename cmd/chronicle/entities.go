package main

import (
	"context"
	"fmt"
	"strings"

	"chronicle"
)

func runEntities(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "entities", "[flags] [NAME]")
	db := dbFlag(fs, e)
	typ := fs.String("type", "", "only entities of this `type`: PERSON, ORG, LOC or MISC")
	country := fs.String("country", "", "only entities of this `country` (ISO 3166-1 alpha-3, e.g. PRT)")
	limit := fs.Int("limit", 20, "at most this many entities")
	asJSON := fs.Bool("json", false, "print the entities as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f := chronicle.EntityFilter{Name: strings.Join(fs.Args(), " "), Country: *country, Limit: *limit}
	if *typ != "" {
		t, err := entityType(*typ)
		if err != nil {
			return fmt.Errorf("--type: %w", err)
		}
		f.Type = t
	}
	store, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	list, next, err := store.Entities(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, struct {
			Entities []chronicle.EntitySummary `json:"entities"`
			Next     string                    `json:"next"`
		}{list, next})
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "no entities found")
		return nil
	}
	fmt.Fprintf(e.stdout, "%-32s %-6s %-7s %8s %8s  %-40s  %s\n", "NAME", "TYPE", "COUNTRY", "ARTICLES", "MENTIONS", "ROLES", "ALSO CALLED")
	for _, s := range list {
		fmt.Fprintf(e.stdout, "%-32s %-6s %-7s %8d %8d  %-40s  %s\n", clip(s.Name, 32), s.Type, s.Country, s.Articles, s.Mentions,
			clip(strings.Join(s.Roles, ", "), 40), clip(strings.Join(otherNames(s), ", "), 40))
	}
	return nil
}

// otherNames returns the aliases of s other than the name it is listed
// by, ignoring case.
func otherNames(s chronicle.EntitySummary) []string {
	var out []string
	for _, a := range s.Aliases {
		if !strings.EqualFold(a, s.Name) {
			out = append(out, a)
		}
	}
	return out
}

// entityType reads an entity type in any case.
func entityType(s string) (chronicle.EntityType, error) {
	for _, t := range chronicle.EntityTypes {
		if strings.EqualFold(string(t), s) {
			return t, nil
		}
	}
	return "", fmt.Errorf("%q: want PERSON, ORG, LOC or MISC: %w", s, chronicle.ErrInvalid)
}
