package sqlite

import (
	"os"
	"testing"

	"chronicle"
	"chronicle/internal/canon"
)

// BenchmarkListings runs every listing against the store that
// CHRONICLE_BENCH_DB names (one `chronicle ingest` filled; it is migrated
// when opened), skipping without it:
//
//	CHRONICLE_BENCH_DB=/tmp/wn.db go test -run '^$' -bench Listings ./internal/sqlite/
func BenchmarkListings(b *testing.B) {
	path := os.Getenv("CHRONICLE_BENCH_DB")
	if path == "" {
		b.Skip("set CHRONICLE_BENCH_DB to a store filled by chronicle ingest")
	}
	// The names the command line's store is keyed by, so that opening it
	// does not key it again.
	db, err := OpenWith(b.Context(), path, Options{Names: canon.Default()})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var top string
	if list, _, err := db.Entities(b.Context(), chronicle.EntityFilter{Limit: 1}); err != nil || len(list) == 0 {
		b.Fatalf("no entities in %s: %v", path, err)
	} else {
		top = list[0].Name
	}
	run := func(name string, f func() error) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := f(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	ctx := b.Context()
	for _, q := range []chronicle.Query{{}, {Text: "minister"}, {Text: "the"}, {Entity: top}, {Country: "FRA"}} {
		run("Facets/"+describe(q), func() error { _, err := db.Facets(ctx, q); return err })
		run("Search/"+describe(q), func() error { _, _, err := db.Search(ctx, q); return err })
	}
	for _, f := range []chronicle.EntityFilter{{}, {Type: chronicle.Person}, {Country: "USA"}, {Name: "bush"}} {
		run("Entities/"+f.Name+string(f.Type)+f.Country, func() error { _, _, err := db.Entities(ctx, f); return err })
	}
	run("EntityProfile/top", func() error { _, err := db.EntityProfile(ctx, top, ""); return err })
	for _, f := range []chronicle.EventFilter{{}, {Limit: 500}, {Actor: top}, {Country: "USA"}, {Country: "ISL"},
		{Type: chronicle.Accuse}, {From: day(b, "2005-01-01"), To: day(b, "2005-12-31")}} {
		run("Events/"+f.Actor+f.Country+string(f.Type)+f.From.String(), func() error { _, _, err := db.Events(ctx, f); return err })
	}
	run("Places/", func() error { _, err := db.Places(ctx, chronicle.EventFilter{}); return err })
	run("Places/top", func() error { _, err := db.Places(ctx, chronicle.EventFilter{Actor: top}); return err })
	run("Quotes/", func() error { _, _, err := db.Quotes(ctx, chronicle.QuoteFilter{}); return err })
	run("Quotes/top", func() error { _, _, err := db.Quotes(ctx, chronicle.QuoteFilter{Speaker: top}); return err })
	run("Timeline/", func() error { _, err := db.Timeline(ctx, chronicle.TimelineFilter{}); return err })
	run("Timeline/top", func() error { _, err := db.Timeline(ctx, chronicle.TimelineFilter{Entity: top}); return err })
	run("Graph/", func() error { _, err := db.Graph(ctx, chronicle.GraphFilter{}); return err })
	run("Graph/top", func() error { _, err := db.Graph(ctx, chronicle.GraphFilter{Entity: top, Limit: 20}); return err })
	run("Stats", func() error { _, err := db.Stats(ctx); return err })
}

func describe(q chronicle.Query) string {
	switch {
	case q.Text != "":
		return "q=" + q.Text
	case q.Entity != "":
		return "entity"
	case q.Country != "":
		return "country"
	}
	return "all"
}
