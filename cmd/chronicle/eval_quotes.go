package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"chronicle/internal/eval"
	"chronicle/internal/pipeline"
)

// evalQuotes runs `chronicle eval quotes --polnear DIR [--json]`: it
// analyses every article of a PolNeAR split with the full pipeline and
// scores the quotes it finds against the split's gold attributions, for
// direct quotations and for all.
func evalQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval quotes", "--polnear DIR [--json]")
	dir := fs.String("polnear", "", "the PolNeAR split `folder`, holding text/ and attributions/")
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
	s, err := eval.PolNeAR(*dir, pipeline.New().Analyze)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, s)
	}
	fmt.Fprintf(e.stdout, "%d articles, %d gold attributions (%d all quoted), %d quotes found (%d direct)\n\n",
		s.Articles, s.Gold, s.GoldDirect, s.Predicted, s.PredictedDirect)
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "\tprecision\trecall\tF1\t")
	fmt.Fprintf(w, "direct speaker\t%.3f\t%.3f\t%.3f\t\n", s.DirectSpeakerP, s.DirectSpeakerR, s.DirectSpeakerF1)
	fmt.Fprintf(w, "direct content\t%.3f\t%.3f\t%.3f\t\n", s.DirectContentP, s.DirectContentR, s.DirectContentF1)
	fmt.Fprintf(w, "all speaker\t%.3f\t%.3f\t%.3f\t\n", s.SpeakerP, s.SpeakerR, s.SpeakerF1)
	fmt.Fprintf(w, "all content\t%.3f\t%.3f\t%.3f\t\n", s.ContentP, s.ContentR, s.ContentF1)
	return w.Flush()
}
