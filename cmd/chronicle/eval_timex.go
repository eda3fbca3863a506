package main

import (
	"context"
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"chronicle"
	"chronicle/internal/eval"
	"chronicle/internal/timex"
)

// evalTimex runs `chronicle eval timex --timeml DIR [--json]`: it finds the
// time expressions of every .tml file under DIR, resolved against the
// file's creation time, and scores them the TempEval-3 way.
func evalTimex(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval timex", "--timeml DIR [--json] [--misses]")
	dir := fs.String("timeml", "", "the `folder` of TimeML (.tml) files to score against")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	misses := fs.Bool("misses", false, "list the expressions missed, found wrongly, or given another type or value")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s, err := eval.TimeML(*dir, timex.Find)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, s)
	}
	fmt.Fprintf(e.stdout, "%d documents, %d gold time expressions, %d found\n\n", s.Documents, s.Gold, s.Found)
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "\tprecision\trecall\tF1")
	fmt.Fprintf(w, "strict span\t%.3f\t%.3f\t%.3f\n", s.StrictPrecision, s.StrictRecall, s.StrictF1)
	fmt.Fprintf(w, "relaxed span\t%.3f\t%.3f\t%.3f\n", s.RelaxedPrecision, s.RelaxedRecall, s.RelaxedF1)
	fmt.Fprintf(w, "value\t%.3f\t%.3f\t%.3f\n", s.ValuePrecision, s.ValueRecall, s.ValueF1)
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\ntype accuracy %.3f (type F1 %.3f) over %d relaxed matches\n", s.TypeAccuracy, s.TypeF1, s.Relaxed)
	if *misses {
		printTimexMistakes(e, s.Mistakes)
	}
	return nil
}

// printTimexMistakes lists each disagreement with the gold standard on a
// line: the document and its creation day, the gold and the found
// expression (text, type, value; "-" where there is none) and the context.
func printTimexMistakes(e *env, ms []eval.TimexMistake) {
	show := func(t *chronicle.Timex) string {
		if t == nil {
			return "-"
		}
		return fmt.Sprintf("%q %s %s", t.Text, t.Type, t.Value)
	}
	fmt.Fprintf(e.stdout, "\n%d mistakes (gold | found)\n", len(ms))
	for _, m := range ms {
		fmt.Fprintf(e.stdout, "%s %s\t%s | %s\t%s\n", filepath.Base(m.Doc), m.DCT, show(m.Gold), show(m.Found), m.Context)
	}
}
