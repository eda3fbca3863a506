package main

import (
	"context"
	"encoding/json"
	"fmt"

	"chronicle/internal/eval"
	"chronicle/internal/ner"
)

// evalNER runs `chronicle eval ner --conll FILE [--json]`: it labels the
// documents of a CoNLL-2003 file with the embedded recognizer and scores the
// names by the conlleval rules, per type and overall.
func evalNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval ner", "--conll FILE [--json] [--model FILE]")
	path := fs.String("conll", "../shared/data/conll2003/eng.testa", "the CoNLL-2003 `file` to score against")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object")
	model := fs.String("model", "", "a recognizer model `file` to use instead of the embedded one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	gold, err := eval.ReadCoNLLFile(*path)
	if err != nil {
		return err
	}
	if len(gold) == 0 {
		return fmt.Errorf("%s: no sentences", *path)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	rec := ner.Default()
	if *model != "" {
		if rec, err = loadModelFile(*model, ner.Load); err != nil {
			return err
		}
	}
	score := rec.Evaluate(ner.DocsOf(gold))
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(chunkScoreJSON(score))
	}
	printChunkScore(e, score)
	return nil
}

// prf is precision, recall and F1, each 0..1, with the counts behind them.
type prf struct {
	Precision float64     `json:"precision"`
	Recall    float64     `json:"recall"`
	F1        float64     `json:"f1"`
	Counts    eval.Counts `json:"counts"`
}

func prfOf(c eval.Counts) prf {
	return prf{Precision: c.Precision(), Recall: c.Recall(), F1: c.F1(), Counts: c}
}

// chunkScoreJSON is the --json shape: the overall figures at the top level
// and one entry per type.
func chunkScoreJSON(s eval.ChunkScore) any {
	types := map[string]prf{}
	for name, c := range s.Types {
		types[name] = prfOf(c)
	}
	return struct {
		prf
		Types map[string]prf `json:"types"`
	}{prfOf(s.Overall), types}
}

// printChunkScore prints a score as a table in percent.
func printChunkScore(e *env, s eval.ChunkScore) {
	fmt.Fprintf(e.stdout, "%-8s %9s %9s %9s %6s %6s %6s\n", "type", "precision", "recall", "F1", "gold", "found", "right")
	row := func(name string, c eval.Counts) {
		fmt.Fprintf(e.stdout, "%-8s %9.2f %9.2f %9.2f %6d %6d %6d\n", name, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold, c.Guessed, c.Correct)
	}
	for _, name := range s.TypeNames() {
		row(name, s.Types[name])
	}
	row("overall", s.Overall)
}
