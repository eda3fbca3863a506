package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"chronicle/internal/eval"
	"chronicle/internal/gazetteer"
	"chronicle/internal/pipeline"
)

// evalEvents runs `chronicle eval events [--data DIR] [--json]`: it
// analyses every PETRARCH and UniversalPetrarch validation record with the
// full pipeline and scores the events found against the records' CAMEO
// codes mapped to PLOVER: type accuracy, actor and recipient F1, and how
// often sentences with no event are left without one.
func evalEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval events", "[--data DIR] [--json] [--misses]")
	dir := fs.String("data", filepath.Join("..", "shared", "data", "event-coding"), "the event-coding `folder`, holding CAMEO2PLOVER-2021.txt and the validation records")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	misses := fs.Bool("misses", false, "list the records whose event type was wrong")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s, err := eval.Events(*dir, pipeline.New().Analyze, gazetteer.Default())
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, s)
	}
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "set\trecords\twith events\ttype acc.\t(table only)\tsource F1\ttarget F1\tno event\tleft empty\t")
	for _, x := range s.Sets {
		fmt.Fprintf(w, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%.3f\t\n", x.Name, x.Records, x.WithEvents,
			x.TypeAccuracy, x.TypeAccuracyTable, x.SrcF1, x.TgtF1, x.NoEvent, x.NoEventPrecision)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if *misses {
		for _, x := range s.Sets {
			fmt.Fprintf(e.stdout, "\n%s: %d misses\n", x.Name, len(x.Misses))
			for _, m := range x.Misses {
				fmt.Fprintf(e.stdout, "%s\t%s\n\tgold %s\n\tgot  %s\n", m.ID, m.Text, m.Gold, m.Got)
			}
		}
	}
	fmt.Fprintf(e.stdout, "\ntype accuracy (PETR2_GSR_validation) %.3f (%.3f with the table alone); source F1 %.3f, target F1 %.3f over all sets\n",
		s.TypeAccuracy, s.TypeAccuracyTable, s.SourceF1, s.TargetF1)
	for _, x := range s.Sets {
		if x.Name != "PETR2_GSR_validation" {
			continue
		}
		fmt.Fprintf(e.stdout, "\n%s, gold type → main type found:\n", x.Name)
		keys := make([]string, 0, len(x.Confusion))
		for k := range x.Confusion {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			var parts []string
			for t, n := range x.Confusion[k] {
				parts = append(parts, fmt.Sprintf("%s %d", t, n))
			}
			sort.Strings(parts)
			fmt.Fprintf(e.stdout, "  %-22s %s\n", k, strings.Join(parts, ", "))
		}
	}
	return nil
}
