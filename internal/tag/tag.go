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
	// model chooses a label for each word: a pair "XPOS UPOS" when joint,
	// else an XPOS, after which upos chooses the UPOS.
	model *learn.Model
	upos  *learn.Model
	joint bool

	pairs      []pair // every (XPOS, UPOS) pair seen in training
	pairLabel  []int  // pair → label of model
	labelXPOS  []string
	labelUPOS  []string // joint only
	lexicon    map[string]entry
	classes    []string
	sentences  sync.Pool // *sentence
	modelBytes int       // size of the encoded model, for reports
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
	var words []string
	for lo := 0; lo < len(d.Tokens); {
		hi := lo + 1
		for hi < len(d.Tokens) && d.Tokens[hi].Sentence == d.Tokens[lo].Sentence {
			hi++
		}
		words = words[:0]
		for _, t := range d.Tokens[lo:hi] {
			words = append(words, d.Article.Text[t.Start:t.End])
		}
		tg.tagSentence(s, words)
		for i := range words {
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
	return &sentence{scores: make([]float32, max(len(tg.model.Labels), len(tg.pairs)))}
}

// tagSentence chooses the labels of words into s.labels, and in s.uposOf
// the UPOS when a second model chooses it.
func (tg *Tagger) tagSentence(s *sentence, words []string) {
	s.load(tg, words)
	s.uposOf = grow(s.uposOf, len(words))
	labels := tg.model.Labels
	for i := range words {
		if p := s.fixed[i]; p >= 0 {
			s.labels[i] = tg.pairLabel[p]
			s.uposOf[i] = tg.pairs[p].upos
			continue
		}
		ids := s.features(i, labels)
		s.labels[i] = tg.model.Predict(ids, s.scores[:len(labels)])
		if tg.upos != nil {
			ids = s.uposFeatures(i, labels[s.labels[i]])
			s.uposOf[i] = tg.upos.Labels[tg.upos.Predict(ids, s.scores[:len(tg.upos.Labels)])]
		}
	}
}

func (tg *Tagger) result(s *sentence, i int) (xpos, upos string) {
	l := s.labels[i]
	if tg.joint {
		return tg.labelXPOS[l], tg.labelUPOS[l]
	}
	return tg.labelXPOS[l], s.uposOf[i]
}
