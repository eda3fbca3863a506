// Package tag gives each token its part of speech: the Penn Treebank tag
// (Token.Tag, the XPOS of Universal Dependencies) and the Universal POS tag
// (Token.UPOS). It runs after tokenize and before the stages that read tags;
// it reads Document.Tokens and Document.Sentences and writes the Tag and
// UPOS of each token.
//
// The tagger is a greedy left-to-right averaged perceptron (internal/learn)
// over the classic features: the word, its lower case, prefixes and suffixes,
// shape, the two tags chosen before it, the words around it and the tags
// they took in training, with a tag dictionary for frequent unambiguous
// words. It is trained on the English Web Treebank (see Train and the
// `chronicle train pos` command) and the model is embedded in the binary.
package tag

import (
	"bytes"
	_ "embed"
	"math"
	"sync"

	"chronicle"
	"chronicle/internal/learn"
)

//go:embed model/pos.model
var embedded []byte

// Default returns the tagger embedded in the binary, loading it on first
// use. It panics only if the embedded model is corrupt, which the package's
// tests rule out.
var Default = sync.OnceValue(func() *Tagger {
	tg, err := Load(bytes.NewReader(embedded))
	if err != nil {
		panic("tag: embedded model: " + err.Error())
	}
	return tg
})

// A Tagger assigns part-of-speech tags. It is safe for concurrent use.
type Tagger struct {
	// model chooses a label for each word left to right: one of pairs, an
	// (XPOS, UPOS) pair, written "XPOS UPOS". When stack is not nil, it
	// chooses again, seeing what model chose on both sides of each word.
	model *learn.Model
	stack *learn.Model

	pairs     []pair // every (XPOS, UPOS) pair seen in training, the labels of the models
	lexicon   map[string]entry
	words     map[string]WordInfo // by WordKey
	classes   []string
	sentences sync.Pool // *sentence
	sure      float32   // see the constant sure
}

// A pair is one (XPOS, UPOS) combination.
type pair struct{ xpos, upos string }

// An entry is what the tagger knows of a frequent word: the pair it always
// takes (-1 if it takes several) and the tags it took in training.
type entry struct {
	fixed int16
	class uint16 // index into Tagger.classes
}

// Tag fills the Tag and UPOS of d.Tokens, one sentence (run of tokens with
// the same Token.Sentence) at a time.
func (tg *Tagger) Tag(d *chronicle.Document) {
	s := tg.sentence()
	defer tg.sentences.Put(s)
	for lo := 0; lo < len(d.Tokens); {
		hi := lo + 1
		for hi < len(d.Tokens) && d.Tokens[hi].Sentence == d.Tokens[lo].Sentence {
			hi++
		}
		s.input = s.input[:0]
		for _, t := range d.Tokens[lo:hi] {
			s.input = append(s.input, d.Article.Text[t.Start:t.End])
		}
		tg.tagSentence(s, s.input)
		for i := range hi - lo {
			t := &d.Tokens[lo+i]
			t.Tag, t.UPOS = tg.result(s, i)
		}
		lo = hi
	}
}

// TagWords returns the XPOS and UPOS tags of one sentence's words.
func (tg *Tagger) TagWords(words []string) (xpos, upos []string) {
	s := tg.sentence()
	defer tg.sentences.Put(s)
	tg.tagSentence(s, words)
	xpos, upos = make([]string, len(words)), make([]string, len(words))
	for i := range words {
		xpos[i], upos[i] = tg.result(s, i)
	}
	return xpos, upos
}

func (tg *Tagger) sentence() *sentence {
	if s, ok := tg.sentences.Get().(*sentence); ok {
		return s
	}
	return &sentence{scores: make([]float32, len(tg.pairs)), sums: make([]int32, len(tg.pairs))}
}

// tagSentence chooses the labels of words into s.labels.
func (tg *Tagger) tagSentence(s *sentence, words []string) {
	s.load(tg, words)
	tg.pass(s, tg.model, false)
	if tg.stack != nil {
		copy(s.first, s.labels)
		tg.pass(s, tg.stack, true)
	}
}

// sure is the margin by which the first pass's best label must beat the
// next for the second pass to keep it without a look. Five words in six
// clear it, which spares most of the second pass's work without changing
// its accuracy on the development set (measured for the embedded model).
const sure = 20

// pass chooses the labels of s's words left to right with m, the second
// pass's features included when stacked.
func (tg *Tagger) pass(s *sentence, m *learn.Model, stacked bool) {
	labels := m.Labels
	for i := range s.words {
		if p := s.fixed[i]; p >= 0 {
			s.labels[i] = p
			continue
		}
		if stacked && s.margin[i] >= tg.sure {
			s.labels[i] = s.first[i]
			continue
		}
		switch {
		case m.Quantized() && stacked:
			s.labels[i], _ = m.BestSums(s.cachedSums(m, i, true))
		case m.Quantized():
			s.labels[i], s.margin[i] = m.BestSums(s.cachedSums(m, i, false))
		case stacked:
			s.features(i, labels)
			s.labels[i] = m.Predict(s.stackFeatures(i, labels), s.scores)
		default:
			s.labels[i] = m.Predict(s.features(i, labels), s.scores)
			s.margin[i] = margin(s.scores, s.labels[i])
		}
	}
}

// margin returns by how much the score of best beats the next best.
func margin(scores []float32, best int) float32 {
	next := float32(math.Inf(-1))
	for i, v := range scores {
		if i != best && v > next {
			next = v
		}
	}
	return scores[best] - next
}

func (tg *Tagger) result(s *sentence, i int) (xpos, upos string) {
	p := tg.pairs[s.labels[i]]
	return p.xpos, p.upos
}

// label returns the name of p as the models' label.
func (p pair) label() string { return p.xpos + " " + p.upos }
