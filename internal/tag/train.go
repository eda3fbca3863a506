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
	Bits       uint    // log2 of the number of feature buckets; 0 means 20
	OnePass    bool    // tag in one left-to-right pass, without the second
	Folds      int     // the first pass's labels the second learns from are predicted by this many models each trained without one part of the data; 0 means 4
	Seed       uint64  // seeds the shuffle before each pass
	DictMin    int     // a word must occur this often to be in the tag dictionary; 0 means 20
	DictShare  float64 // and take one pair this share of the time; 0 means 0.97
	ClassMin   int     // a word must occur this often for its tags to be a feature; 0 means 3
	MinWeight  float32 // weights smaller than this are dropped from the model; 0 means 0.01

	// Words is what unannotated text tells of words, by WordKey. The
	// tagger keeps it and uses it for features. May be nil.
	Words map[string]WordInfo
}

func (o TrainOptions) withDefaults() TrainOptions {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.Iterations, 8)
	def(&o.Folds, 4)
	def(&o.DictMin, 20)
	def(&o.ClassMin, 3)
	if o.Bits == 0 {
		o.Bits = 20
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
// words and tags differ in number, or with an empty word or tag, is an error
// naming it.
//
// The tagger has two passes unless opts.OnePass: the second sees the
// labels the first chose on both sides of each word. It learns from first
// passes that did not see the sentence in training (opts.Folds of them, each
// trained without one part of the data), so that the labels it learns from
// are as good as they will be on new text, not better.
func Train(sentences []Sentence, opts TrainOptions, log io.Writer) (*Tagger, error) {
	if log == nil {
		log = io.Discard
	}
	opts = opts.withDefaults()
	if len(sentences) == 0 {
		return nil, fmt.Errorf("train tagger: no sentences")
	}
	for i, s := range sentences {
		if len(s.XPOS) != len(s.Words) || len(s.UPOS) != len(s.Words) {
			return nil, fmt.Errorf("train tagger: sentence %d: %d words, %d XPOS, %d UPOS tags", i+1, len(s.Words), len(s.XPOS), len(s.UPOS))
		}
		for j := range s.Words {
			if s.Words[j] == "" || s.XPOS[j] == "" || s.UPOS[j] == "" {
				return nil, fmt.Errorf("train tagger: sentence %d word %d: empty word or tag", i+1, j+1)
			}
		}
	}
	if opts.Folds < 2 || opts.Folds > len(sentences) {
		return nil, fmt.Errorf("train tagger: %d folds for %d sentences", opts.Folds, len(sentences))
	}

	tg, gold := newLexicon(sentences, opts)
	tg.words = opts.Words
	for k, info := range tg.words {
		for _, c := range info.Clusters {
			if c < -1 || c >= maxCluster {
				return nil, fmt.Errorf("train tagger: word %q: cluster %d out of range", k, c)
			}
		}
	}
	if len(tg.pairs) > 255 {
		return nil, fmt.Errorf("train tagger: %d tag pairs, at most 255", len(tg.pairs))
	}
	all := make([]int, len(sentences))
	for i := range all {
		all[i] = i
	}
	fmt.Fprintf(log, "first pass, all %d sentences:\n", len(sentences))
	model, err := tg.train(sentences, gold, all, nil, opts, log)
	if err != nil {
		return nil, err
	}
	tg.model = model
	if !opts.OnePass {
		// Label each sentence with a first pass trained without its fold.
		first := make([][]int, len(sentences))
		for fold := range opts.Folds {
			var in, out []int
			for _, k := range all {
				if k%opts.Folds == fold {
					out = append(out, k)
				} else {
					in = append(in, k)
				}
			}
			fmt.Fprintf(log, "first pass without fold %d of %d:\n", fold+1, opts.Folds)
			m, err := tg.train(sentences, gold, in, nil, opts, log)
			if err != nil {
				return nil, err
			}
			held := &Tagger{model: m, pairs: tg.pairs, lexicon: tg.lexicon, classes: tg.classes, words: tg.words}
			s := held.sentence()
			for _, k := range out {
				held.tagSentence(s, sentences[k].Words)
				first[k] = slices.Clone(s.labels)
			}
		}
		fmt.Fprintf(log, "second pass:\n")
		if tg.stack, err = tg.train(sentences, gold, all, first, opts, log); err != nil {
			return nil, err
		}
	}

	// Round-trip through the encoding, so that the tagger returned is the
	// one a saved model loads as.
	var b bytes.Buffer
	if err := tg.encode(&b, opts.MinWeight); err != nil {
		return nil, fmt.Errorf("train tagger: %w", err)
	}
	return Load(&b)
}

// train trains one pass's model on the sentences numbered in use, the
// second pass's when first (the first pass's labels) is not nil, and returns
// the averaged model.
func (tg *Tagger) train(sentences []Sentence, gold [][]int, use []int, first [][]int, opts TrainOptions, log io.Writer) (*learn.Model, error) {
	labels := make([]string, len(tg.pairs))
	for i, p := range tg.pairs {
		labels[i] = p.label()
	}
	tr, err := learn.NewTrainer(labels, opts.Bits)
	if err != nil {
		return nil, fmt.Errorf("train tagger: %w", err)
	}
	order := slices.Clone(use)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x706f73))
	s := tg.sentence()
	for pass := range opts.Iterations {
		began := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			s.load(tg, sentences[k].Words)
			if first != nil {
				copy(s.first, first[k])
			}
			for i, want := range gold[k] {
				total++
				guess := s.fixed[i]
				if guess < 0 {
					ids := s.features(i, labels)
					if first != nil {
						ids = s.stackFeatures(i, labels)
					}
					guess = tr.Current().Predict(ids, s.scores)
					tr.Learn(ids, want, guess)
				}
				s.labels[i] = guess
				if guess == want {
					right++
				}
			}
		}
		fmt.Fprintf(log, "  iteration %d: %.2f%% of training words right, %s\n", pass+1, 100*float64(right)/float64(total), time.Since(began).Round(time.Millisecond))
	}
	return tr.Averaged(), nil
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
	tg := &Tagger{lexicon: map[string]entry{}}
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
