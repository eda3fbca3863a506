package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"chronicle/internal/eval"
	"chronicle/internal/learn"
)

// A Sentence is one annotated sentence: its words and their labels, in
// IOB1 (as CoNLL-2003 ships), IOB2 or IOBES over PER, ORG, LOC and MISC.
type Sentence struct {
	Words  []string
	Labels []string
}

// A Doc is one annotated document. The recognizer reads documents whole,
// so training on documents teaches it what one sentence says about another.
type Doc struct {
	Sentences []Sentence
}

// TrainOptions are the settings of Train. The zero value gives the settings
// the embedded model was trained with, without a lexicon.
type TrainOptions struct {
	Epochs  int      // passes over the data; 0 means 12
	Bits    uint     // log2 of the number of feature buckets; 0 means 20
	Seed    uint64   // seeds the order documents are visited in
	Lexicon *Lexicon // word clusters and capitalization; nil for none
	Dev     []Doc    // when set, the F1 on it is logged now and then
	// SecondPass adds a second model that relabels each document knowing
	// what the first made of all of it. It doubles the labelling time and,
	// with the first pass's document features, has not paid on eng.testa.
	SecondPass bool
}

// Train trains a recognizer on docs. The same docs and options always give a
// recognizer that encodes to the same bytes. Progress goes to log, which may
// be nil. A label that is not O or a chunk tag over the four CoNLL-2003 types
// is an error naming the document and sentence.
func Train(docs []Doc, opts TrainOptions, log io.Writer) (*Recognizer, error) {
	if opts.Epochs == 0 {
		opts.Epochs = 12
	}
	if opts.Bits == 0 {
		opts.Bits = 20
	}
	if log == nil {
		log = io.Discard
	}
	gold := make([][]int, len(docs))
	for d, doc := range docs {
		for s, sent := range doc.Sentences {
			if len(sent.Words) != len(sent.Labels) {
				return nil, fmt.Errorf("document %d sentence %d: %d words, %d labels", d+1, s+1, len(sent.Words), len(sent.Labels))
			}
			chunks, err := chunksOf(sent.Labels)
			if err != nil {
				return nil, fmt.Errorf("document %d sentence %d: %w", d+1, s+1, err)
			}
			gold[d] = append(gold[d], bilou(chunks, len(sent.Words))...)
		}
	}
	r := &Recognizer{lex: opts.Lexicon, gaz: defaultGazetteer()}
	all := make([]int, len(docs))
	for i := range all {
		all[i] = i
	}
	fmt.Fprintln(log, "first pass:")
	first, err := r.trainPass(docs, gold, all, nil, opts, log)
	if err != nil {
		return nil, err
	}
	r.model = first
	if !opts.SecondPass {
		return r, nil
	}

	// The second pass learns from first-pass labels like those it will see:
	// each document labelled by a first-pass model that did not train on it.
	firstLabels := make([][]int, len(docs))
	sc := r.get()
	defer r.put(sc)
	for k := range folds {
		var in, out []int
		for d := range docs {
			if d%folds == k {
				out = append(out, d)
			} else {
				in = append(in, d)
			}
		}
		fmt.Fprintf(log, "first pass without fold %d/%d:\n", k+1, folds)
		m, err := r.trainPass(docs, gold, in, nil, opts, log)
		if err != nil {
			return nil, err
		}
		for _, d := range out {
			fill(sc, docs[d])
			if len(sc.words) == 0 {
				continue
			}
			r.prepare(sc)
			r.decode(sc, m, nil, nil, false)
			firstLabels[d] = append([]int(nil), sc.labels...)
		}
	}
	fmt.Fprintln(log, "second pass:")
	second, err := r.trainPass(docs, gold, all, firstLabels, opts, log)
	if err != nil {
		return nil, err
	}
	r.second = second
	return r, nil
}

// folds is the number of parts the training documents are cut into to give
// the second pass honest first-pass labels.
const folds = 4

// trainPass trains one pass's model on the documents numbered in use. With
// firstLabels it trains the second pass, which reads them.
func (r *Recognizer) trainPass(docs []Doc, gold [][]int, use []int, firstLabels [][]int, opts TrainOptions, log io.Writer) (*learn.Model, error) {
	tr, err := learn.NewTrainer(labelNames(), opts.Bits)
	if err != nil {
		return nil, err
	}
	order := append([]int(nil), use...)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	sc := r.get()
	defer r.put(sc)
	// Evaluate with a copy of r that has the models being trained.
	probe := &Recognizer{lex: r.lex, gaz: r.gaz, model: r.model}
	for epoch := range opts.Epochs {
		begin := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, d := range order {
			fill(sc, docs[d])
			if len(sc.words) == 0 {
				continue
			}
			r.prepare(sc)
			if firstLabels != nil {
				sc.first = append(sc.first[:0], firstLabels[d]...)
				summarize(sc)
			}
			r.decode(sc, tr.Current(), tr, gold[d], firstLabels != nil)
		}
		msg := fmt.Sprintf("pass %d/%d: %.1fs", epoch+1, opts.Epochs, time.Since(begin).Seconds())
		if len(opts.Dev) > 0 && ((epoch+1)%4 == 0 || epoch+1 == opts.Epochs) && len(use) == len(docs) {
			if firstLabels == nil {
				probe.model = tr.Averaged()
			} else {
				probe.second = tr.Averaged()
			}
			score := probe.Evaluate(opts.Dev)
			msg += fmt.Sprintf(", dev F1 %.2f", 100*score.Overall.F1())
		}
		fmt.Fprintln(log, msg)
	}
	return tr.Averaged(), nil
}

// fill loads the words and sentence starts of doc into sc.
func fill(sc *scratch, doc Doc) {
	sc.words = sc.words[:0]
	sc.sents = sc.sents[:0]
	for _, s := range doc.Sentences {
		if len(s.Words) == 0 {
			continue
		}
		sc.sents = append(sc.sents, len(sc.words))
		sc.words = append(sc.words, s.Words...)
	}
}

// Evaluate labels docs and scores the labels against theirs by the
// conlleval rules.
func (r *Recognizer) Evaluate(docs []Doc) eval.ChunkScore {
	var cs eval.ChunkScorer
	for _, d := range docs {
		sents := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Words
		}
		guess := r.TagDocument(sents)
		for i, s := range d.Sentences {
			cs.Add(s.Labels, guess[i])
		}
	}
	return cs.Score()
}

// DocsOf turns CoNLL documents into training documents.
func DocsOf(docs []eval.CoNLLDocument) []Doc {
	out := make([]Doc, len(docs))
	for i, d := range docs {
		for _, s := range d.Sentences {
			out[i].Sentences = append(out[i].Sentences, Sentence{Words: s.Words(), Labels: s.Labels()})
		}
	}
	return out
}
