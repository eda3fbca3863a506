package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"chronicle/internal/conllu"
	"chronicle/internal/eval"
	"chronicle/internal/tag"
)

// trainPOS runs `chronicle train pos`: it trains the tagger on the UD
// English EWT training set, reports its accuracy on the development set and
// writes the model.
func trainPOS(ctx context.Context, e *env, args []string) error {
	fs, data, out := trainFlags(e, "pos", filepath.Join("internal", "tag", "model", "pos.model"))
	var opts tag.TrainOptions
	fs.IntVar(&opts.Iterations, "iterations", 0, "passes over the training data (0: the default)")
	fs.UintVar(&opts.Bits, "bits", 0, "log2 of the number of feature buckets (0: the default)")
	fs.BoolVar(&opts.Split, "split", false, "train one model for XPOS and one for UPOS instead of one over pairs")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	dir := filepath.Join(*data, "ud-english-ewt")
	train, err := readTreebank(dir, "en_ewt-ud-train.conllu")
	if err != nil {
		return err
	}
	dev, err := readTreebank(dir, "en_ewt-ud-dev.conllu")
	if err != nil {
		return err
	}

	began := time.Now()
	tg, err := tag.Train(posSentences(train), opts, e.stderr)
	if err != nil {
		return err
	}
	took := time.Since(began)
	if err := ctx.Err(); err != nil {
		return err
	}
	upos, xpos, err := scorePOS(tg, dev)
	if err != nil {
		return err
	}

	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := tg.Encode(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", *out, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	info, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "trained on %d sentences in %s\n", len(train), took.Round(time.Millisecond))
	fmt.Fprintf(e.stdout, "dev: UPOS %.2f%%, XPOS %.2f%% of %d words\n", 100*upos.Accuracy(), 100*xpos.Accuracy(), upos.Tokens)
	fmt.Fprintf(e.stdout, "wrote %s (%d bytes)\n", *out, info.Size())
	return nil
}

// readTreebank reads the CoNLL-U file name in dir, with a clear error when
// the data set is absent.
func readTreebank(dir, name string) ([]conllu.Sentence, error) {
	path := filepath.Join(dir, name)
	s, err := conllu.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no %s in %s: set --data to the folder that holds ud-english-ewt", name, dir)
	}
	return s, err
}

// posSentences returns the words and gold tags of a treebank's sentences.
func posSentences(treebank []conllu.Sentence) []tag.Sentence {
	out := make([]tag.Sentence, len(treebank))
	for i, s := range treebank {
		t := tag.Sentence{Words: s.Forms(), XPOS: make([]string, len(s.Words)), UPOS: make([]string, len(s.Words))}
		for j, w := range s.Words {
			t.XPOS[j], t.UPOS[j] = w.XPOS, w.UPOS
		}
		out[i] = t
	}
	return out
}

// scorePOS tags the words of treebank and scores the UPOS and XPOS tags.
func scorePOS(tg *tag.Tagger, treebank []conllu.Sentence) (upos, xpos eval.TagScore, err error) {
	var us, xs eval.TagScorer
	for _, s := range posSentences(treebank) {
		x, u := tg.TagWords(s.Words)
		if err := us.Add(s.UPOS, u); err != nil {
			return upos, xpos, err
		}
		if err := xs.Add(s.XPOS, x); err != nil {
			return upos, xpos, err
		}
	}
	return us.Score(), xs.Score(), nil
}
