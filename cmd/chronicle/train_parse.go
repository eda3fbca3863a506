package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"chronicle/internal/conllu"
	"chronicle/internal/parse"
	"chronicle/internal/tag"
)

// trainParse runs `chronicle train parse`: it tags the UD English EWT
// training set with the embedded tagger, trains the dependency parser on
// those tags and the gold trees, reports its attachment scores on the
// development set (tagged the same way) and writes the model.
func trainParse(ctx context.Context, e *env, args []string) error {
	fs, data, out := trainFlags(e, "parse", filepath.Join("internal", "parse", "model", "parse.model"))
	var opts parse.TrainOptions
	fs.IntVar(&opts.Iterations, "iterations", 0, "passes over the training data (0: the default)")
	fs.UintVar(&opts.MoveBits, "move-bits", 0, "log2 of the move model's feature buckets (0: the default)")
	fs.UintVar(&opts.LabelBits, "label-bits", 0, "log2 of the label model's feature buckets (0: the default)")
	fs.Float64Var(&opts.Explore, "explore", 0, "share of moves that follow the model from the second pass on (0: the default, negative: none)")
	goldTags := fs.Bool("gold-tags", false, "train and score on the treebank's tags instead of the tagger's")
	folds := fs.Int("jackknife", 0, "tag the training set with this many taggers, each trained without the part it tags (0: tag it with the embedded tagger)")
	lexicon := fs.String("lexicon", filepath.Join("internal", "ner", "model", "lexicon.tsv.gz"), "with --jackknife: the word lexicon `file` the taggers use, as in `chronicle train pos`")
	minWeight := fs.Float64("min-weight", 0, "drop weights smaller than this from the model (0: the default)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	opts.MinWeight = float32(*minWeight)
	dir := filepath.Join(*data, "ud-english-ewt")
	train, err := readTreebank(dir, "en_ewt-ud-train.conllu")
	if err != nil {
		return err
	}
	dev, err := readTreebank(dir, "en_ewt-ud-dev.conllu")
	if err != nil {
		return err
	}
	tagged, taggedDev := train, dev
	switch {
	case *goldTags:
	case *folds > 1:
		if tagged, err = jackknife(train, *folds, *lexicon, e); err != nil {
			return err
		}
		taggedDev = retag(dev)
	default:
		tagged, taggedDev = retag(train), retag(dev)
	}

	began := time.Now()
	p, err := parse.Train(tagged, opts, e.stderr)
	if err != nil {
		return err
	}
	took := time.Since(began)
	if err := ctx.Err(); err != nil {
		return err
	}
	score, err := scoreParse(p, dev, taggedDev)
	if err != nil {
		return err
	}

	size, err := writeModel(*out, p.Encode)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "trained on %d sentences in %s\n", len(train), took.Round(time.Millisecond))
	fmt.Fprintf(e.stdout, "dev: UAS %.2f%%, LAS %.2f%% of %d words; without punctuation UAS %.2f%%, LAS %.2f%%\n",
		100*score.UAS(), 100*score.LAS(), score.Words, 100*score.UASNoPunct(), 100*score.LASNoPunct())
	fmt.Fprintf(e.stdout, "wrote %s (%d bytes)\n", *out, size)
	return nil
}

// retag returns a copy of treebank with the XPOS and UPOS of every word
// replaced by the embedded tagger's, as the parser sees them when it runs.
func retag(treebank []conllu.Sentence) []conllu.Sentence {
	tg := tag.Default()
	out := make([]conllu.Sentence, len(treebank))
	for i, s := range treebank {
		out[i] = tagSentence(tg, s)
	}
	return out
}

// tagSentence returns s with its words copied and tagged by tg.
func tagSentence(tg *tag.Tagger, s conllu.Sentence) conllu.Sentence {
	s.Words = slices.Clone(s.Words)
	xpos, upos := tg.TagWords(s.Forms())
	for j := range s.Words {
		s.Words[j].XPOS, s.Words[j].UPOS = xpos[j], upos[j]
	}
	return s
}

// jackknife returns a copy of treebank tagged as new text is: it is cut
// into folds parts, and each part is tagged by a tagger trained on the
// others. The taggers read the word lexicon at lexicon (none if empty).
func jackknife(treebank []conllu.Sentence, folds int, lexicon string, e *env) ([]conllu.Sentence, error) {
	var opts tag.TrainOptions
	if lexicon != "" {
		var err error
		if opts.Words, err = readWordInfo(lexicon); err != nil {
			return nil, err
		}
	}
	out := make([]conllu.Sentence, len(treebank))
	for k := range folds {
		var rest []conllu.Sentence
		for i, s := range treebank {
			if i%folds != k {
				rest = append(rest, s)
			}
		}
		began := time.Now()
		tg, err := tag.Train(posSentences(rest), opts, nil)
		if err != nil {
			return nil, err
		}
		for i, s := range treebank {
			if i%folds != k {
				continue
			}
			out[i] = tagSentence(tg, s)
		}
		fmt.Fprintf(e.stderr, "tagged part %d of %d with a tagger trained on the rest (%s)\n", k+1, folds, time.Since(began).Round(time.Millisecond))
	}
	return out, nil
}

// scoreParse parses the words of tagged, a copy of gold with the tags to
// parse with, and scores the trees against gold's.
func scoreParse(p *parse.Parser, gold, tagged []conllu.Sentence) (parse.Attachment, error) {
	var a parse.Attachment
	xpos, upos := []string{}, []string{}
	for i := range tagged {
		s := &tagged[i]
		xpos, upos = xpos[:0], upos[:0]
		for _, w := range s.Words {
			xpos, upos = append(xpos, w.XPOS), append(upos, w.UPOS)
		}
		heads, deps := p.ParseWords(s.Forms(), xpos, upos)
		if err := a.Add(&gold[i], heads, deps); err != nil {
			return a, err
		}
	}
	return a, nil
}
