// Package parse finds the syntactic structure of sentences: for each word,
// the word it depends on (its head) and the Universal Dependencies relation
// between them (nsubj, obj, obl, …). It runs after tag; it reads
// Document.Tokens (their text, Tag and UPOS) and Document.Sentences' token
// runs, and writes the Head and Dep of each token.
//
// The parser is a greedy transition-based parser over the arc-hybrid system,
// trained with a dynamic oracle (see system.go and oracle.go): one move model
// chooses shift, left or right from the features of Zhang and Nivre (2011),
// and a label model names each arc as it is built. Both are averaged
// perceptrons (internal/learn). It is trained on the English Web Treebank
// with the tags of our own tagger (see Train and `chronicle train parse`),
// and the model is embedded in the binary.
package parse

import (
	"bytes"
	_ "embed"
	"sync"

	"chronicle"
	"chronicle/internal/learn"
)

//go:embed model/parse.model
var embedded []byte

// Default returns the parser embedded in the binary, loading it on first
// use. It panics only if the embedded model is corrupt, which the package's
// tests rule out.
var Default = sync.OnceValue(func() *Parser {
	p, err := Load(bytes.NewReader(embedded))
	if err != nil {
		panic("parse: embedded model: " + err.Error())
	}
	return p
})

// A Parser assigns dependency trees to sentences. It is safe for concurrent
// use.
type Parser struct {
	moves *learn.Model // shift, left, right
	// The two models laid out for speed (nil while training, when the
	// models change at every step).
	moveTable, labelTable *learn.Table
	labels                *learn.Model // the dependency relations; labels.Labels[root] is "root"
	root                  int          // index of "root" in labels.Labels

	labelHash [maxLabels + 1]uint64 // hash of each label's name, then of noLabel
	work      sync.Pool             // *work
}

// work is the scratch space of one parse.
type work struct {
	s      state
	f      learn.Features
	moves  []float32
	labels []float32
}

func (p *Parser) getWork() *work {
	if w, ok := p.work.Get().(*work); ok {
		return w
	}
	return &work{moves: make([]float32, nMoves), labels: make([]float32, len(p.labels.Labels))}
}

// newParser returns a parser over the two models, which must be shaped as
// Train builds them.
func newParser(moves, labels *learn.Model) *Parser {
	p := &Parser{moves: moves, labels: labels, root: labels.Label("root")}
	for i, l := range labels.Labels {
		p.labelHash[i] = hashString(l)
	}
	p.labelHash[noLabel] = hashNone
	return p
}

// Labels returns the dependency relations the parser assigns.
func (p *Parser) Labels() []string { return p.labels.Labels }

// Parse fills the Head and Dep of every token of d, one sentence (run of
// tokens with the same Token.Sentence) at a time. Head is an index into
// d.Tokens, -1 for the sentence's root, whose Dep is "root". Tokens the
// tagger has not tagged are parsed with empty tags, which parse poorly.
func (p *Parser) Parse(d *chronicle.Document) {
	w := p.getWork()
	defer p.work.Put(w)
	for lo := 0; lo < len(d.Tokens); {
		hi := lo + 1
		for hi < len(d.Tokens) && d.Tokens[hi].Sentence == d.Tokens[lo].Sentence {
			hi++
		}
		toks := d.Tokens[lo:hi]
		s := &w.s
		s.reset(len(toks))
		s.w[0], s.p[0], s.u[0] = hashRoot, hashRoot, hashRoot
		for i, t := range toks {
			s.w[i+1] = hashWord(d.Article.Text[t.Start:t.End])
			s.p[i+1] = hashString(t.Tag)
			s.u[i+1] = hashString(t.UPOS)
		}
		s.finishTokens()
		p.run(w)
		for i := range toks {
			t := &toks[i]
			t.Head = int(s.head[i+1]) - 1 + lo
			if s.head[i+1] == 0 {
				t.Head = -1
			}
			t.Dep = p.labels.Labels[s.label[i+1]]
		}
		lo = hi
	}
}

// ParseWords parses one sentence given its words and their XPOS and UPOS
// tags, one of each per word. It returns the head of each word as in
// CoNLL-U (1-based, 0 for the root) and its relation. It panics if the
// three slices differ in length.
func (p *Parser) ParseWords(words, xpos, upos []string) (heads []int, deps []string) {
	if len(xpos) != len(words) || len(upos) != len(words) {
		panic("parse: ParseWords: words and tags differ in number")
	}
	w := p.getWork()
	defer p.work.Put(w)
	s := &w.s
	s.reset(len(words))
	s.setTokens(words, xpos, upos)
	p.run(w)
	heads, deps = make([]int, len(words)), make([]string, len(words))
	for i := range words {
		heads[i] = int(s.head[i+1])
		deps[i] = p.labels.Labels[s.label[i+1]]
	}
	return heads, deps
}

// run parses the sentence loaded in w.s.
func (p *Parser) run(w *work) {
	s := &w.s
	for !s.terminal() {
		s.moveFeatures(&w.f, &p.labelHash)
		p.moveTable.Scores(w.f.IDs, w.moves)
		m := bestValid(s, w.moves)
		var lab uint8
		if m != shift {
			h, d := s.arc(m)
			lab = p.label(w, m, h, d)
		}
		s.apply(m, lab)
	}
}

// label chooses the label of the arc from h to d built by move m: "root"
// for an arc from the root, any other label otherwise.
func (p *Parser) label(w *work, m int, h, d int32) uint8 {
	if h == 0 {
		return uint8(p.root)
	}
	w.s.labelFeatures(&w.f, &p.labelHash, m, h, d)
	var scores []float32
	if p.labelTable != nil {
		scores = p.labelTable.Scores(w.f.IDs, w.labels)
	} else {
		scores = p.labels.Scores(w.f.IDs, w.labels)
	}
	best := -1
	for i, v := range scores {
		if i != p.root && (best < 0 || v > scores[best]) {
			best = i
		}
	}
	return uint8(best)
}

// bestValid returns the valid move with the highest score.
func bestValid(s *state, scores []float32) int {
	best := -1
	for m := range nMoves {
		if s.valid(m) && (best < 0 || scores[m] > scores[best]) {
			best = m
		}
	}
	return best
}
