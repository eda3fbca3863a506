package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	"chronicle"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "[flags] FILE|DIR|-...")
	asJSON := fs.Bool("json", false, "print the extraction record as JSON, one line per article")
	date := fs.String("date", "", "publication `date` (YYYY-MM-DD) for plain text without a date line")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed at once")
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

	p := pipeline.New()
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	var tally readTally
	err = pipeline.Map(ctx, ingest.Read(ctx, fs.Args(), opts), *workers,
		func(r ingest.Record) analysed {
			if r.Article == nil {
				return analysed{record: r}
			}
			return analysed{record: r, doc: p.Analyze(r.Article)}
		},
		func(a analysed) error {
			if !tally.note(e, a.record) {
				return nil
			}
			if *asJSON {
				return enc.Encode(a.doc)
			}
			printDocument(e.stdout, a.doc)
			return nil
		})
	if err != nil {
		return err
	}
	return tally.err()
}

// analysed is one record read, and its document when it held an article.
type analysed struct {
	record ingest.Record
	doc    *chronicle.Document
}

// readOptions returns the reader options for a --date flag.
func readOptions(e *env, date string) (ingest.Options, error) {
	day, err := chronicle.ParseDay(date)
	if err != nil {
		return ingest.Options{}, fmt.Errorf("--date: %w", err)
	}
	return ingest.Options{Date: day, Stdin: e.stdin}, nil
}

// readTally counts what reading produced and reports problems on stderr:
// errors always, skips and warnings unless quiet.
type readTally struct {
	articles, skipped, failed int
	quiet                     bool
}

// note reports r's problems and reports whether r carries an article.
func (t *readTally) note(e *env, r ingest.Record) bool {
	switch {
	case r.Err != nil:
		t.failed++
		fmt.Fprintf(e.stderr, "error: %v\n", r.Err)
		return false
	case r.Skip != "":
		t.skipped++
		if !t.quiet {
			fmt.Fprintf(e.stderr, "skipped: %s: %s\n", where(r), r.Skip)
		}
		return false
	}
	t.articles++
	if r.Warning != "" && !t.quiet {
		fmt.Fprintf(e.stderr, "warning: %s: %s\n", where(r), r.Warning)
	}
	return true
}

// err returns an error when some input could not be read.
func (t *readTally) err() error {
	if t.failed > 0 {
		return fmt.Errorf("%d of %d inputs could not be read", t.failed, t.failed+t.skipped+t.articles)
	}
	return nil
}

// where names the file and line a record came from.
func where(r ingest.Record) string {
	if r.Line > 0 {
		return fmt.Sprintf("%s:%d", r.File, r.Line)
	}
	return r.File
}
