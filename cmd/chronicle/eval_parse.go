package main

import (
	"context"
	"encoding/json"
	"fmt"

	"chronicle/internal/conllu"
	"chronicle/internal/parse"
)

// evalParse runs `chronicle eval parse --conllu FILE [--json]`: it tags the
// words of a CoNLL-U treebank with the embedded tagger, parses them with the
// embedded parser (or --model) and scores the trees against the treebank's.
func evalParse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval parse", "--conllu FILE [--json] [--model FILE] [--gold-tags]")
	path := fs.String("conllu", "", "the CoNLL-U `file` to score against")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	model := fs.String("model", "", "a parser model `file` to use instead of the embedded one")
	goldTags := fs.Bool("gold-tags", false, "parse with the treebank's tags instead of the tagger's")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *path == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	gold, err := conllu.ReadFile(*path)
	if err != nil {
		return err
	}
	p := parse.Default
	if *model != "" {
		loaded, err := loadModelFile(*model, parse.Load)
		if err != nil {
			return err
		}
		p = func() *parse.Parser { return loaded }
	}
	tagged := gold
	if !*goldTags {
		tagged = retag(gold)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	a, err := scoreParse(p(), gold, tagged)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			UAS        float64 `json:"uas"`
			LAS        float64 `json:"las"`
			UASNoPunct float64 `json:"uasNoPunct"`
			LASNoPunct float64 `json:"lasNoPunct"`
			Words      int     `json:"words"`
			NoPunct    int     `json:"wordsNoPunct"`
			GoldTags   bool    `json:"goldTags"`
		}{a.UAS(), a.LAS(), a.UASNoPunct(), a.LASNoPunct(), a.Words, a.WordsNoPunct, *goldTags})
	}
	tags := "tags from the tagger"
	if *goldTags {
		tags = "gold tags"
	}
	fmt.Fprintf(e.stdout, "%s: %d words, %s\n", *path, a.Words, tags)
	fmt.Fprintf(e.stdout, "                       UAS      LAS\n")
	fmt.Fprintf(e.stdout, "all words           %6.2f%%  %6.2f%%\n", 100*a.UAS(), 100*a.LAS())
	fmt.Fprintf(e.stdout, "without punctuation %6.2f%%  %6.2f%%  (%d words)\n", 100*a.UASNoPunct(), 100*a.LASNoPunct(), a.WordsNoPunct)
	return nil
}
