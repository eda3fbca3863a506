package tag

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"chronicle/internal/learn"
)

// A Sentence is one sentence of training data: its words and their gold
// tags, one of each per word.
type Sentence struct {
	Words []string
	XPOS  []string
	UPOS  []string
}

// TrainOptions tune Train. The zero value gives the settings the embedded
// model was trained with.
type TrainOptions struct {
	Iterations int     // passes over the data; 0 means 8
	Bits       uint    // log2 of the number of feature buckets; 0 means 19
	Split      bool    // one model for XPOS then one for UPOS, rather than one over (XPOS, UPOS) pairs
	Seed       uint64  // seeds the shuffle before each pass
	DictMin    int     // a word must occur this often to be in the tag dictionary; 0 means 20
	DictShare  float64 // and take one pair this share of the time; 0 means 0.97
	ClassMin   int     // a word must occur this often for its tags to be a feature; 0 means 3
	MinWeight  float32 // weights smaller than this are dropped from the model; 0 means 0.01
}

func (o TrainOptions) withDefaults() TrainOptions {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.Iterations, 8)
	def(&o.DictMin, 20)
	def(&o.ClassMin, 3)
	if o.Bits == 0 {
		o.Bits = 19
	}
	if o.DictShare == 0 {
		o.DictShare = 0.97
	}
	if o.MinWeight == 0 {
		o.MinWeight = 0.01
	}
	return o
}

// Train trains a tagger on sentences. It writes a line of progress per pass
// to log (which may be nil). Training is deterministic: the same sentences
// and options give a tagger that encodes to the same bytes. A sentence whose
// words and tags differ in number, or with an empty tag, is an error naming
// its index.
func Train(sentences []Sentence, opts TrainOptions, log io.Writer) (*Tagger, error) {
	if log == nil {
		log = io.Discard
	}
	opts = opts.withDefaults()
	for i, s := range sentences {
		if len(s.XPOS) != len(s.Words) || len(s.UPOS) != len(s.Words) {
			return nil, fmt.Errorf("train tagger: sentence %d: %d words, %d XPOS, %d UPOS tags", i, len(s.Words), len(s.XPOS), len(s.UPOS))
		}
		for j := range s.Words {
			if s.Words[j] == "" || s.XPOS[j] == "" || s.UPOS[j] == "" {
				return nil, fmt.Errorf("train tagger: sentence %d word %d: empty word or tag", i, j+1)
			}
		}
	}
	if len(sentences) == 0 {
		return nil, fmt.Errorf("train tagger: no sentences")
	}

	tg, gold := newLexicon(sentences, opts)
	var xposLabels, uposLabels []string
	if opts.Split {
		for _, p := range tg.pairs {
			xposLabels = append(xposLabels, p.xpos)
			uposLabels = append(uposLabels, p.upos)
		}
		xposLabels, uposLabels = sortedSet(xposLabels), sortedSet(uposLabels)
	} else {
		for _, p := range tg.pairs {
			xposLabels = append(xposLabels, p.xpos+" "+p.upos)
		}
	}
	if len(xposLabels) > 255 {
		return nil, fmt.Errorf("train tagger: %d labels, at most 255", len(xposLabels))
	}
	first, err := learn.NewTrainer(xposLabels, opts.Bits)
	if err != nil {
		return nil, fmt.Errorf("train tagger: %w", err)
	}
	tg.model = first.Current()
	var second *learn.Trainer
	if opts.Split {
		if second, err = learn.NewTrainer(uposLabels, opts.Bits); err != nil {
			return nil, fmt.Errorf("train tagger: %w", err)
		}
		tg.upos = second.Current()
	}
	if err := tg.index(); err != nil {
		return nil, fmt.Errorf("train tagger: %w", err)
	}

	order := make([]int, len(sentences))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x706f73))
	s := tg.sentence()
	labels := tg.model.Labels
	for pass := range opts.Iterations {
		began := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			sent := sentences[k]
			s.load(tg, sent.Words)
			for i := range sent.Words {
				g := gold[k][i]
				total++
				if p := s.fixed[i]; p >= 0 {
					s.labels[i] = tg.pairLabel[p]
					if p == g {
						right++
					}
					continue
				}
				ids := s.features(i, labels)
				guess := first.Current().Predict(ids, s.scores[:len(labels)])
				want := tg.pairLabel[g]
				first.Learn(ids, want, guess)
				s.labels[i] = guess
				if second == nil {
					if guess == want {
						right++
					}
					continue
				}
				ids = s.uposFeatures(i, labels[guess])
				uposGuess := second.Current().Predict(ids, s.scores[:len(uposLabels)])
				uposWant := second.Current().Label(tg.pairs[g].upos)
				second.Learn(ids, uposWant, uposGuess)
				if guess == want && uposGuess == uposWant {
					right++
				}
			}
		}
		fmt.Fprintf(log, "pass %d: %.2f%% of training words right, %s\n", pass+1, 100*float64(right)/float64(total), time.Since(began).Round(time.Millisecond))
	}

	tg.model = first.Averaged()
	if second != nil {
		tg.upos = second.Averaged()
	}
	// Round-trip through the encoding, so that the tagger returned is the
	// one a saved model loads as.
	var b bytes.Buffer
	if err := tg.encode(&b, opts.MinWeight); err != nil {
		return nil, fmt.Errorf("train tagger: %w", err)
	}
	return Load(&b)
}

// newLexicon returns a tagger holding the pairs, ambiguity classes and tag
// dictionary of sentences, and the gold pair of each word.
func newLexicon(sentences []Sentence, opts TrainOptions) (*Tagger, [][]int) {
	pairCount := map[pair]int{}
	for _, s := range sentences {
		for i := range s.Words {
			pairCount[pair{s.XPOS[i], s.UPOS[i]}]++
		}
	}
	tg := &Tagger{joint: !opts.Split, lexicon: map[string]entry{}}
	for p := range pairCount {
		tg.pairs = append(tg.pairs, p)
	}
	slices.SortFunc(tg.pairs, func(a, b pair) int {
		return cmp.Or(pairCount[b]-pairCount[a], cmp.Compare(a.xpos, b.xpos), cmp.Compare(a.upos, b.upos))
	})
	pairIndex := map[pair]int{}
	for i, p := range tg.pairs {
		pairIndex[p] = i
	}

	// Count the pairs of each word, normalized as the tagger sees it.
	seen := map[string]map[int]int{}
	gold := make([][]int, len(sentences))
	var scratch sentence
	for k, s := range sentences {
		gold[k] = make([]int, len(s.Words))
		for i, w := range s.Words {
			p := pairIndex[pair{s.XPOS[i], s.UPOS[i]}]
			gold[k][i] = p
			scratch.arena = scratch.arena[:0]
			if n := scratch.normalize(w); n != w {
				w = strings.Clone(n) // n lives in the scratch arena
			}
			if seen[w] == nil {
				seen[w] = map[int]int{}
			}
			seen[w][p]++
		}
	}
	classIndex := map[string]int{}
	for w, counts := range seen {
		total, top, topCount := 0, -1, 0
		var tags []string
		for p, c := range counts {
			total += c
			if c > topCount || c == topCount && p < top {
				top, topCount = p, c
			}
			tags = append(tags, tg.pairs[p].xpos)
		}
		if total < opts.ClassMin {
			continue
		}
		class := strings.Join(sortedSet(tags), "|")
		if _, ok := classIndex[class]; !ok {
			classIndex[class] = len(classIndex)
		}
		e := entry{fixed: -1, class: uint16(classIndex[class])}
		if total >= opts.DictMin && float64(topCount) >= opts.DictShare*float64(total) {
			e.fixed = int16(top)
		}
		tg.lexicon[w] = e
	}
	// Number the classes in a fixed order so that encoding is deterministic.
	tg.classes = make([]string, 0, len(classIndex))
	for c := range classIndex {
		tg.classes = append(tg.classes, c)
	}
	slices.Sort(tg.classes)
	renumber := make([]uint16, len(tg.classes))
	for i, c := range tg.classes {
		renumber[classIndex[c]] = uint16(i)
	}
	for w, e := range tg.lexicon {
		e.class = renumber[e.class]
		tg.lexicon[w] = e
	}
	return tg, gold
}

func sortedSet(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}
