package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"chronicle"
	"chronicle/internal/event"
	"chronicle/internal/export"
	"chronicle/internal/gazetteer"
	"chronicle/internal/sqlite"
)

// runExport runs `chronicle export --format plover|gdelt|csv|jsonl [--db
// FILE] [--actor NAME] [--type TYPE] [--country ISO3] [--place NAME]
// [--from DATE] [--to DATE] [--out FILE]`: it writes the stored events the
// filters select, the latest first, in one of the export formats.
func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "--format "+strings.Join(export.Formats, "|")+" [flags]")
	format := fs.String("format", "", "the output `format`: "+strings.Join(export.Formats, ", "))
	db := dbFlag(fs, e)
	actor := fs.String("actor", "", "only events with a source or target of this `name`")
	typ := fs.String("type", "", "only events of this PLOVER `type`, e.g. CONSULT")
	country := fs.String("country", "", "only events in, or with an actor of, this `country` (alpha-3)")
	place := fs.String("place", "", "only events located at this `place`")
	from := fs.String("from", "", "only events on or after this `date` (YYYY-MM-DD)")
	to := fs.String("to", "", "only events on or before this `date` (YYYY-MM-DD)")
	out := fs.String("out", "", "write to this `file` instead of standard output")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format == "" || fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	f := chronicle.EventFilter{Actor: *actor, Country: *country, Place: *place, Limit: sqlite.MaxListLimit}
	if *typ != "" {
		t, err := eventType(*typ)
		if err != nil {
			return fmt.Errorf("--type: %w", err)
		}
		f.Type = t
	}
	var err error
	if f.From, err = chronicle.ParseDay(*from); err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	if f.To, err = chronicle.ParseDay(*to); err != nil {
		return fmt.Errorf("--to: %w", err)
	}
	if _, err := export.Writer(*format, io.Discard); err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	store, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	write := func(w io.Writer) (int, error) {
		enc, err := export.Writer(*format, w)
		if err != nil {
			return 0, err
		}
		n, err := exportEvents(ctx, store, f, enc)
		if err != nil {
			return n, err
		}
		return n, enc.Close()
	}
	if *out == "" {
		_, err := write(e.stdout)
		return err
	}
	n, err := writeFile(*out, write)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%d events written to %s\n", n, *out)
	return nil
}

// writeFile writes the file at path through write, all or nothing: the
// output goes to a temporary file beside it that takes its name only when
// write, the flush and the close have all succeeded, so a failed run leaves
// any earlier file as it was.
func writeFile(path string, write func(io.Writer) (int, error)) (n int, err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if n, err = write(bw); err != nil {
		return n, err
	}
	if err = bw.Flush(); err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return n, err
	}
	if err = tmp.Close(); err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return n, err
	}
	return n, nil
}

// exportEvents writes every event f selects, page by page, with its
// article, sentence and actors (country and sector) read from the stored
// document, and returns how many it wrote.
func exportEvents(ctx context.Context, db *sqlite.DB, f chronicle.EventFilter, enc export.Encoder) (int, error) {
	g := gazetteer.Default()
	docs := map[chronicle.ArticleID]*chronicle.Document{}
	n := 0
	for {
		list, next, err := db.Events(ctx, f)
		if err != nil {
			return n, err
		}
		for _, h := range list {
			d, ok := docs[h.Article.ID]
			if !ok {
				if d, err = db.Document(ctx, h.Article.ID); err != nil {
					return n, err
				}
				if len(docs) >= 256 { // events come by day, not by article: keep a bounded cache
					clear(docs)
				}
				docs[h.Article.ID] = d
			}
			if err := enc.Write(exportRecord(d, h.Event, g)); err != nil {
				return n, err
			}
			n++
		}
		if next == "" {
			return n, nil
		}
		f.Cursor = next
	}
}

// exportRecord builds the export record of event v of document d.
func exportRecord(d *chronicle.Document, v chronicle.Event, g *gazetteer.Gazetteer) export.Record {
	r := export.Record{Event: v, Article: *d.Article}
	r.Article.Text = ""
	if v.Sentence.Valid(len(d.Article.Text)) {
		r.Sentence = d.Text(v.Sentence)
	}
	if len(r.Event.Context) == 0 {
		r.Event.Context = event.Context(v.Trigger.Text, v.Type)
	}
	add := func(ids []chronicle.EntityID, role string) {
		for _, id := range ids {
			a := export.Actor{ID: id, Role: role}
			if ent := d.Entity(id); ent != nil {
				a.Name, a.Type, a.Country = ent.Name, ent.Type, ent.Country
				a.Sector = ent.Sector
				if a.Sector == "" {
					a.Sector = event.Sector(ent, g)
				}
			}
			r.Actors = append(r.Actors, a)
		}
	}
	add(v.Source, "source")
	add(v.Target, "target")
	return r
}
