package main

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "[flags] FILE|DIR|-...")
	db := dbFlag(fs, e)
	date := fs.String("date", "", "publication `date` (YYYY-MM-DD) for plain text without a date line")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed at once")
	quiet := fs.Bool("quiet", false, "print no progress, skips or warnings: only errors and the summary")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	opts, err := readOptions(e, *date)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()

	p := pipeline.New()
	sum := ingestSummary{start: time.Now(), read: readTally{quiet: *quiet}}
	prog := newProgress(e, !*quiet && e.isTerminal)
	err = pipeline.Map(ctx, ingest.Read(ctx, fs.Args(), opts), *workers,
		func(r ingest.Record) analysed {
			if r.Article == nil {
				return analysed{record: r}
			}
			if has, err := store.Has(ctx, r.Article.ID); err == nil && has {
				return analysed{record: r} // a duplicate: nothing to analyse
			}
			return analysed{record: r, doc: p.Analyze(r.Article)}
		},
		func(a analysed) error {
			defer prog.show(&sum)
			if r := a.record; r.Err != nil || r.Skip != "" || r.Warning != "" {
				prog.clear()
			}
			if !sum.read.note(e, a.record) {
				return nil
			}
			if a.doc == nil {
				sum.duplicates++
				return nil
			}
			stored, err := store.SaveDocument(ctx, a.doc)
			switch {
			case err != nil:
				return fmt.Errorf("store %s: %w", where(a.record), err)
			case stored:
				sum.stored++
				sum.words += countWords(a.doc)
			default:
				sum.duplicates++
			}
			return nil
		})
	prog.clear()
	sum.print(e)
	if err != nil {
		return err
	}
	return sum.read.err()
}

// ingestSummary counts what an ingest run did.
type ingestSummary struct {
	start      time.Time
	read       readTally
	stored     int
	duplicates int
	words      int // in the articles analysed and stored
}

func (s *ingestSummary) print(e *env) {
	secs := max(time.Since(s.start).Seconds(), 1e-9)
	fmt.Fprintf(e.stdout, "%d articles, %d words analysed in %.1fs (%.0f articles/s, %.0f words/s): %d stored, %d duplicates, %d skipped, %d errors\n",
		s.read.articles, s.words, secs, float64(s.read.articles)/secs, float64(s.words)/secs,
		s.stored, s.duplicates, s.read.skipped, s.read.failed)
}
