package parse

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"chronicle/internal/conllu"
	"chronicle/internal/learn"
)

// TrainOptions tune Train. The zero value gives the settings the embedded
// model was trained with.
type TrainOptions struct {
	Iterations int     // passes over the data; 0 means 20
	MoveBits   uint    // log2 of the move model's feature buckets; 0 means 21
	LabelBits  uint    // log2 of the label model's feature buckets; 0 means 18
	Explore    float64 // from the second pass on, the share of moves that follow the model rather than the oracle; 0 means 0.9, negative means none
	Seed       uint64  // seeds the shuffle before each pass and the exploration
	MinWeight  float32 // weights smaller than this are dropped from the model; 0 means 0.05
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Iterations == 0 {
		o.Iterations = 20
	}
	if o.MoveBits == 0 {
		o.MoveBits = 21
	}
	if o.LabelBits == 0 {
		o.LabelBits = 18
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.MinWeight == 0 {
		o.MinWeight = 0.05
	}
	return o
}

// A sample is one training sentence as the trainer needs it: the words and
// tags, the gold heads (projective) and labels, indexed from 1 as tokens.
type sample struct {
	words, xpos, upos []string
	heads             []int32 // heads[0] is -1
	labels            []uint8 // label indices; labels[0] unused
}

// Train trains a parser on sentences, using the XPOS and UPOS tags they
// carry: give it the tags the tagger predicts, so that training sees tags
// as they will be when parsing. Non-projective trees are made projective
// first (see projectivize). It writes a line of progress per pass to log
// (which may be nil).
//
// Training is deterministic: the same sentences and options give a parser
// that encodes to the same bytes. A sentence with an unspecified or
// out-of-range head, a cycle, or an empty relation is an error naming it.
func Train(sentences []conllu.Sentence, opts TrainOptions, log io.Writer) (*Parser, error) {
	if log == nil {
		log = io.Discard
	}
	opts = opts.withDefaults()
	samples, names, lifted, err := samples(sentences)
	if err != nil {
		return nil, err
	}
	if len(samples) == 0 {
		return nil, fmt.Errorf("train parser: no sentences")
	}
	fmt.Fprintf(log, "%d sentences, %d labels, %d arcs lifted to make trees projective\n", len(samples), len(names), lifted)

	moves, err := learn.NewTrainer(moveNames, opts.MoveBits)
	if err != nil {
		return nil, err
	}
	labels, err := learn.NewTrainer(names, opts.LabelBits)
	if err != nil {
		return nil, err
	}
	// The parser whose models are the trainers' current ones, for its
	// label hashes and root index.
	p := newParser(moves.Current(), labels.Current())

	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	w := p.getWork()
	for it := range opts.Iterations {
		began := time.Now()
		r := rand.New(rand.NewPCG(opts.Seed, uint64(it)))
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := 0.0
		if it > 0 && opts.Explore > 0 {
			explore = opts.Explore
		}
		var st trainStats
		for _, i := range order {
			p.trainSentence(w, &samples[i], moves, labels, r, explore, &st)
		}
		fmt.Fprintf(log, "pass %d: moves %.2f%%, labels %.2f%%, heads %.2f%% (%s)\n", it+1,
			100*float64(st.movesRight)/float64(st.moves), 100*float64(st.labelsRight)/float64(max(st.labels, 1)),
			100*float64(st.headsRight)/float64(st.words), time.Since(began).Round(time.Millisecond))
	}

	// Average, then round-trip through the encoding so that the parser
	// returned is the one a saved model loads as.
	var buf bytes.Buffer
	trained := newParser(moves.Averaged(), labels.Averaged())
	if err := trained.encode(&buf, opts.MinWeight); err != nil {
		return nil, err
	}
	return Load(&buf)
}

// trainStats counts a pass's decisions.
type trainStats struct {
	moves, movesRight   int
	labels, labelsRight int
	words, headsRight   int
}

// trainSentence parses one sample with the current models, learning from
// each move the oracle would not have made and each wrong label of a right
// arc. With probability explore a move follows the model even when it is
// wrong, so that the model learns to recover from its own mistakes.
func (p *Parser) trainSentence(w *work, x *sample, moves, labels *learn.Trainer, r *rand.Rand, explore float64, st *trainStats) {
	s := &w.s
	s.reset(len(x.words))
	s.setTokens(x.words, x.xpos, x.upos)
	var cost [nMoves]int
	for !s.terminal() {
		s.moveFeatures(&w.f, &p.labelHash)
		scores := moves.Current().Scores(w.f.IDs, w.moves)
		guess := bestValid(s, scores)
		s.costs(x.heads, &cost)
		least := -1
		for _, c := range cost {
			if c >= 0 && (least < 0 || c < least) {
				least = c
			}
		}
		gold := -1
		for m, c := range cost {
			if c == least && (gold < 0 || scores[m] > scores[gold]) {
				gold = m
			}
		}
		moves.Learn(w.f.IDs, gold, guess)
		st.moves++
		if cost[guess] == least {
			st.movesRight++
		}
		m := gold
		if cost[guess] == least || explore > 0 && r.Float64() < explore {
			m = guess
		}
		var lab uint8
		if m != shift {
			h, d := s.arc(m)
			lab = p.label(w, m, h, d)
			if h != 0 && h == x.heads[d] {
				// Label features are still in w.f from p.label.
				labels.Learn(w.f.IDs, int(x.labels[d]), int(lab))
				st.labels++
				if lab == x.labels[d] {
					st.labelsRight++
				}
			}
			st.words++
			if h == x.heads[d] {
				st.headsRight++
			}
		}
		s.apply(m, lab)
	}
}

// samples checks the sentences and turns them into samples, with the
// sorted relation names they use ("root" always among them) and the number
// of arcs lifted.
func samples(sentences []conllu.Sentence) ([]sample, []string, int, error) {
	seen := map[string]bool{"root": true}
	for _, s := range sentences {
		for _, w := range s.Words {
			seen[w.Deprel] = true
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	slices.Sort(names)
	if len(names) > maxLabels {
		return nil, nil, 0, fmt.Errorf("train parser: %d relations, at most %d", len(names), maxLabels)
	}
	index := make(map[string]uint8, len(names))
	for i, n := range names {
		index[n] = uint8(i)
	}

	out := make([]sample, 0, len(sentences))
	lifted := 0
	for _, s := range sentences {
		where := fmt.Sprintf("sentence %q (line %d)", s.ID, s.Line)
		n := len(s.Words)
		x := sample{
			words:  make([]string, n),
			xpos:   make([]string, n),
			upos:   make([]string, n),
			heads:  make([]int32, n+1),
			labels: make([]uint8, n+1),
		}
		x.heads[0] = -1
		for i, w := range s.Words {
			if w.Head < 0 || w.Head > n {
				return nil, nil, 0, fmt.Errorf("train parser: %s: word %d: head %d out of range", where, w.ID, w.Head)
			}
			if w.Deprel == "" || w.Deprel == "_" {
				return nil, nil, 0, fmt.Errorf("train parser: %s: word %d: no relation", where, w.ID)
			}
			x.words[i], x.xpos[i], x.upos[i] = w.Form, w.XPOS, w.UPOS
			x.heads[i+1] = int32(w.Head)
			x.labels[i+1] = index[w.Deprel]
		}
		if !isTree(x.heads) {
			return nil, nil, 0, fmt.Errorf("train parser: %s: heads do not form a tree", where)
		}
		lifted += projectivize(x.heads)
		out = append(out, x)
	}
	return out, names, lifted, nil
}
