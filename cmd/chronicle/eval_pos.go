package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"chronicle/internal/conllu"
	"chronicle/internal/eval"
	"chronicle/internal/tag"
)

// evalPOS runs `chronicle eval pos --conllu FILE [--json]`: it tags the
// words of a CoNLL-U treebank with the embedded tagger (or --model) and
// scores the UPOS and XPOS tags against the treebank's.
func evalPOS(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval pos", "--conllu FILE [--json] [--model FILE]")
	path := fs.String("conllu", "", "the CoNLL-U `file` to score against")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	model := fs.String("model", "", "a tagger model `file` to use instead of the embedded one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *path == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	treebank, err := conllu.ReadFile(*path)
	if err != nil {
		return err
	}
	var tg *tag.Tagger
	if *model == "" {
		tg = tag.Default()
	} else {
		if tg, err = loadModelFile(*model, tag.Load); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	upos, xpos, err := scorePOS(tg, treebank)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Accuracy     float64        `json:"accuracy"`
			XPOSAccuracy float64        `json:"xposAccuracy"`
			Tokens       int            `json:"tokens"`
			UPOS         []tagScoreJSON `json:"upos"`
			XPOS         []tagScoreJSON `json:"xpos"`
		}{upos.Accuracy(), xpos.Accuracy(), upos.Tokens, tagScoresJSON(upos), tagScoresJSON(xpos)})
	}
	fmt.Fprintf(e.stdout, "%s: %d words\nUPOS accuracy %.2f%%\nXPOS accuracy %.2f%%\n", *path, upos.Tokens, 100*upos.Accuracy(), 100*xpos.Accuracy())
	for _, table := range []struct {
		name  string
		score eval.TagScore
	}{{"UPOS", upos}, {"XPOS", xpos}} {
		fmt.Fprintf(e.stdout, "\n")
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "%s\tgold\tguessed\tprecision\trecall\tF1\t\n", table.name)
		for _, t := range table.score.TagNames() {
			c := table.score.Tags[t]
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", t, c.Gold, c.Guessed, c.Precision(), c.Recall(), c.F1())
		}
		tw.Flush()
	}
	return nil
}

// tagScoreJSON is one row of the per-tag table in JSON.
type tagScoreJSON struct {
	Tag       string  `json:"tag"`
	Gold      int     `json:"gold"`
	Guessed   int     `json:"guessed"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func tagScoresJSON(s eval.TagScore) []tagScoreJSON {
	rows := []tagScoreJSON{}
	for _, t := range s.TagNames() {
		c := s.Tags[t]
		rows = append(rows, tagScoreJSON{t, c.Gold, c.Guessed, c.Precision(), c.Recall(), c.F1()})
	}
	return rows
}
