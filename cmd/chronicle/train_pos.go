package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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
	fs.BoolVar(&opts.OnePass, "one-pass", false, "tag in one pass, without the second that sees the first's labels on both sides")
	fs.Float64Var(&opts.DictShare, "dict-share", 0, "share of its occurrences a word must take one tag pair to be in the tag dictionary (0: the default)")
	lexicon := fs.String("lexicon", filepath.Join("internal", "ner", "model", "lexicon.tsv.gz"), "the word lexicon `file` learned from news text: clusters and capitalization (empty: none)")
	minWeight := fs.Float64("min-weight", 0, "drop weights smaller than this from the model (0: the default)")
	err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	opts.MinWeight = float32(*minWeight)
	if *lexicon != "" {
		if opts.Words, err = readWordInfo(*lexicon); err != nil {
			return err
		}
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

	size, err := writeModel(*out, tg.Encode)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "trained on %d sentences in %s\n", len(train), took.Round(time.Millisecond))
	fmt.Fprintf(e.stdout, "dev: UPOS %.2f%%, XPOS %.2f%% of %d words\n", 100*upos.Accuracy(), 100*xpos.Accuracy(), upos.Tokens)
	fmt.Fprintf(e.stdout, "wrote %s (%d bytes)\n", *out, size)
	return nil
}

// readWordInfo reads a word lexicon: gzip-compressed lines of a word, its
// fine, middle and coarse cluster (-1: none) and its capitalization bucket
// (0: unknown), separated by tabs. internal/ner builds it from news text.
func readWordInfo(path string) (map[string]tag.WordInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	words := map[string]tag.WordInfo{}
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 5 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 5", path, line, len(fields))
		}
		var info tag.WordInfo
		for i, field := range fields[1:] {
			n, err := strconv.Atoi(field)
			if err != nil || n < -1 || n > 4000 || i == 3 && (n < 0 || n > 255) {
				return nil, fmt.Errorf("%s:%d: field %d: bad number %q", path, line, i+2, field)
			}
			if i < 3 {
				info.Clusters[i] = int16(n)
			} else {
				info.Capitalized = uint8(n)
			}
		}
		words[fields[0]] = info
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return words, nil
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
