package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"chronicle/internal/eval"
	"chronicle/internal/timex"
)

// evalTimex runs `chronicle eval timex --timeml DIR [--json]`: it finds the
// time expressions of every .tml file under DIR, resolved against the
// file's creation time, and scores them the TempEval-3 way.
func evalTimex(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval timex", "--timeml DIR [--json]")
	dir := fs.String("timeml", "", "the `folder` of TimeML (.tml) files to score against")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
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
	return nil
}
