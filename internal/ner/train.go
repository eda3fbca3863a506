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
	Dev     []Doc    // when set, the F1 on it is logged after each pass
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
	tr, err := learn.NewTrainer(labelNames(), opts.Bits)
	if err != nil {
		return nil, err
	}
	r := &Recognizer{lex: opts.Lexicon, gaz: defaultGazetteer()}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	sc := r.get()
	for epoch := range opts.Epochs {
		begin := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, d := range order {
			fill(sc, docs[d])
			if len(sc.words) == 0 {
				continue
			}
			r.prepare(sc)
			r.decode(sc, tr.Current(), tr, gold[d])
		}
		msg := fmt.Sprintf("pass %d/%d: %.1fs", epoch+1, opts.Epochs, time.Since(begin).Seconds())
		if len(opts.Dev) > 0 && (epoch+1)%3 == 0 || epoch+1 == opts.Epochs {
			r.model = tr.Averaged()
			if len(opts.Dev) > 0 {
				score := r.Evaluate(opts.Dev)
				msg += fmt.Sprintf(", dev F1 %.2f", 100*score.Overall.F1())
			}
		}
		fmt.Fprintln(log, msg)
	}
	r.model = tr.Averaged()
	return r, nil
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
