// Package ner finds the names of people, organisations, places and other
// named things (CoNLL-2003's PER, ORG, LOC and MISC) in tokenized text.
//
// It runs after tokenize (and tag, though it does not need tags) and before
// resolve: Recognize reads Document.Tokens and writes Document.Names.
//
// The recognizer is an averaged perceptron that labels tokens left to right
// in BILOU, each decision seeing the word, its shape, prefixes and suffixes,
// the words two either side, the labels it gave the tokens before, word
// clusters and capitalization statistics learned from unannotated news (a
// Lexicon), gazetteer membership, and what the document says elsewhere: the
// same word capitalized inside another sentence, or the label it got earlier
// in the document. Titles are not part of names: "US President Donald Trump"
// gives LOC "US" and PER "Donald Trump".
package ner

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"chronicle"
	"chronicle/internal/learn"
)

// A Recognizer labels names. It is safe for concurrent use.
type Recognizer struct {
	model  *learn.Model
	second *learn.Model // nil for a one-pass recognizer
	lex    *Lexicon
	gaz    gazetteerLists
	pool   sync.Pool // *scratch
}

// describe returns what the features read of the word w alone: all of
// a tokInfo but its phrase, and the flags markSentence and prepare add.
func (r *Recognizer) describe(sc *scratch, w string) tokInfo {
	var t tokInfo
	t.flags = sc.analyse(w)
	t.word = hashBytes(sc.word)
	t.lower = hashBytes(sc.lower)
	t.shape = hashBytes(sc.shape)
	t.short = hashBytes(sc.short)
	for k := range t.pre {
		if end := prefixLen(sc.lower, k+1); end < len(sc.lower) || k == 0 {
			t.pre[k] = hashBytes(sc.lower[:end])
		}
	}
	for k := range t.suf {
		if start := suffixStart(sc.lower, k+1); start > 0 || k == 0 {
			t.suf[k] = hashBytes(sc.lower[start:])
		}
	}
	if r.lex != nil {
		e, ok := lexEntry{}, false
		if t.flags&fAllCaps != 0 {
			e, ok = r.lex.words[string(sc.word)]
		}
		if !ok {
			e, ok = r.lex.words[string(sc.lower)]
		}
		if ok {
			for k, c := range e.clus {
				t.clus[k] = uint64(c)
			}
			t.capr = e.capr
		}
	}
	t.gaz = r.gaz.kinds(w, t.flags, &sc.buf)
	t.join = joinClass(sc.word, sc.lower, t.flags)
	return t
}

// scratch is the memory one call needs, reused across calls so that
// labelling allocates nothing per token.
type scratch struct {
	word, lower, shape, short []byte
	buf                       []byte
	words                     []string
	toks                      []tokInfo
	keys                      []uint64 // lower-case word hash per token
	sents                     []int    // sentence i is tokens [sents[i], sents[i+1])
	labels                    []int
	probs                     []float32
	scores                    []float32
	feats                     learn.Features
	docCase                   map[uint64]uint8
	topic                     uint64 // what the document is about, as docTopic finds it
	hist                      map[uint64]uint8

	// The second pass's view of the first.
	first      []int                // first-pass labels
	keyMajor   []uint8              // per token: the word's usual first-pass type + 1
	chunkMajor []uint8              // per token: its first-pass name's usual type + 1
	chunkKey   []uint64             // per token: hash of its first-pass name; 0 outside
	keyTypes   map[uint64][4]uint16 // word → first-pass type counts
	chunkTypes map[uint64][4]uint16 // name → first-pass type counts

	cache wordCache
}

func (r *Recognizer) get() *scratch {
	if sc, ok := r.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{
		scores:     make([]float32, numLabels),
		docCase:    map[uint64]uint8{},
		hist:       map[uint64]uint8{},
		keyTypes:   map[uint64][4]uint16{},
		chunkTypes: map[uint64][4]uint16{},
	}
}

func (r *Recognizer) put(sc *scratch) {
	clear(sc.words) // let the text go
	r.pool.Put(sc)
}

// prepare computes the token information of sc.words, whose sentences
// start at sc.sents (closed by len(sc.words)).
func (r *Recognizer) prepare(sc *scratch) {
	n := len(sc.words)
	sc.toks = grow(sc.toks, n)
	sc.keys = grow(sc.keys, n)
	sc.labels = grow(sc.labels, n)
	sc.probs = grow(sc.probs, n)
	clear(sc.docCase)
	sc.cache.start(len(sc.words))
	for i, w := range sc.words {
		sc.toks[i] = sc.cache.word(r, sc, i, w)
		sc.keys[i] = sc.toks[i].lower
	}
	sc.sents = append(sc.sents, n)
	for s := 0; s+1 < len(sc.sents); s++ {
		markSentence(sc.toks[sc.sents[s]:sc.sents[s+1]])
		r.gaz.phrases(sc.words[sc.sents[s]:sc.sents[s+1]], sc.toks[sc.sents[s]:sc.sents[s+1]])
	}
	sc.sents = sc.sents[:len(sc.sents)-1]
	sc.topic = docTopic(sc.toks, sc.sents)
	for i := range sc.toks {
		t := &sc.toks[i]
		switch {
		case t.flags&fHasLetter == 0 || t.flags&fCapsLine != 0:
		case t.flags&fInitCap != 0 && t.flags&fFirst == 0:
			sc.docCase[sc.keys[i]] |= 1
		case t.flags&(fInitCap|fAllCaps|fMixedCaps) == 0:
			sc.docCase[sc.keys[i]] |= 2
		}
	}
	for i := range sc.toks {
		c := sc.docCase[sc.keys[i]]
		if c&1 != 0 {
			sc.toks[i].flags |= fDocCap
		}
		if c&2 != 0 {
			sc.toks[i].flags |= fDocLower
		}
	}
}

// markSentence flags the first word of a sentence and sentences written
// in capitals.
func markSentence(toks []tokInfo) {
	first := true
	letters, caps, digits := 0, 0, 0
	for i := range toks {
		t := &toks[i]
		if t.flags&fHasDigit != 0 {
			digits++
		}
		if first && t.flags&(fHasLetter|fHasDigit) != 0 {
			t.flags |= fFirst
			first = false
		}
		if t.flags&fHasLetter != 0 {
			letters++
			if t.flags&fAllCaps != 0 || t.flags&(fInitCap|fHasLower) == fInitCap {
				caps++
			}
		}
	}
	if letters > 0 && caps*10 >= letters*7 {
		for i := range toks {
			toks[i].flags |= fCapsLine
		}
	}
	if digits >= 2 && digits*10 >= len(toks)*3 {
		for i := range toks {
			toks[i].flags |= fTable
		}
	}
}

// docTopic returns a value for what the document is about: the first word
// of a headline in capitals that opens it ("SOCCER - …"), and whether many
// of its sentences are tables of numbers, as results are.
func docTopic(toks []tokInfo, sents []int) uint64 {
	var h uint64
	if len(toks) > 0 && toks[0].flags&fCapsLine != 0 {
		h = toks[0].lower
	}
	tables := 0
	for _, s := range sents {
		if toks[s].flags&fTable != 0 {
			tables++
		}
	}
	if tables*5 >= len(sents) && tables > 0 {
		h ^= 0x7ab1e5
	}
	return h
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// histValue returns what the document has said so far about the word with
// key: 0 nothing, 1 written capitalized and labelled outside, 2+type
// labelled as a name of that type.
func histValue(sc *scratch, i int) uint64 {
	if i >= len(sc.keys) {
		return 0
	}
	return uint64(sc.hist[sc.keys[i]])
}

// label labels the prepared tokens of sc: a first pass with the first
// model, then, when there is one, a second pass whose model also sees what
// the first pass made of the whole document.
func (r *Recognizer) label(sc *scratch) {
	for k, m := range []*learn.Model{r.model, r.second} {
		if m != nil && m.Quantized() {
			sc.cache.load(k, m, sc.toks)
		}
	}
	defer sc.cache.done()
	r.decode(sc, r.model, nil, nil, false)
	if r.second != nil {
		sc.first = append(sc.first[:0], sc.labels...)
		summarize(sc)
		r.decode(sc, r.second, nil, nil, true)
	}
	for s, start := range sc.sents {
		end := len(sc.labels)
		if s+1 < len(sc.sents) {
			end = sc.sents[s+1]
		}
		joinNames(sc, start, end)
		tidySentence(sc, start, end)
	}
}

// decode labels the prepared tokens of sc with m, with the second-pass
// features when second is set. When tr is not nil it also trains: gold holds
// the right labels, and each decision that differs from gold updates tr,
// whose current model m must be.
func (r *Recognizer) decode(sc *scratch, m *learn.Model, tr *learn.Trainer, gold []int, second bool) {
	n := len(sc.toks)
	clear(sc.hist)
	for s := range sc.sents {
		start, end := sc.sents[s], n
		if s+1 < len(sc.sents) {
			end = sc.sents[s+1]
		}
		for i := start; i < end; i++ {
			scores := r.scoreToken(sc, m, i, start, end, second)
			prev := 0
			if i > start {
				prev = sc.labels[i-1]
			}
			last := i == end-1
			inside := false
			if tr == nil {
				var breaks bool
				inside, breaks = joinRule(sc, i, start, prev, last)
				if breaks {
					takeBack(sc, i, start)
					scores = r.scoreToken(sc, m, i, start, end, second)
					prev = sc.labels[i-1]
				}
			}
			best := -1
			for l, v := range scores {
				if allowed(prev, l, last) && (!inside || labelPos(l) == posI) && (best < 0 || v > scores[best]) {
					best = l
				}
			}
			if tr != nil {
				tr.Learn(sc.feats.IDs, gold[i], best)
			}
			sc.labels[i] = best
			if tr == nil && best != 0 {
				// The share of the best label among the allowed ones, by
				// the softmax of their scores.
				sum := 0.0
				for l, v := range scores {
					if allowed(prev, l, last) && (!inside || labelPos(l) == posI) {
						sum += math.Exp(float64(v - scores[best]))
					}
				}
				sc.probs[i] = float32(1 / sum)
			}
			t := &sc.toks[i]
			switch {
			case best != 0:
				sc.hist[sc.keys[i]] = uint8(2 + labelType(best))
			case t.flags&(fInitCap|fAllCaps) != 0 && t.flags&(fFirst|fCapsLine) == 0:
				sc.hist[sc.keys[i]] = 1
			}
		}
	}
}

// scoreToken returns m's scores of the labels of token i of the sentence
// [start, end), given the labels before it.
func (r *Recognizer) scoreToken(sc *scratch, m *learn.Model, i, start, end int, second bool) []float32 {
	for k, cm := range sc.cache.models {
		if cm == m && sc.cache.off[k] != nil {
			return r.cachedScores(sc, k, i, start, end, second)
		}
	}
	sc.feats.Reset()
	hn := uint64(0)
	if i+1 < end {
		hn = histValue(sc, i+1)
	}
	features(&sc.feats, sc.toks, sc.labels, i, start, end, histValue(sc, i), hn, sc.topic)
	if second {
		secondFeatures(&sc.feats, sc, i, start, end)
	}
	return m.Scores(sc.feats.IDs, sc.scores)
}

// Recognize finds the names in d's tokens, sentence by sentence as
// Token.Sentence divides them, and sets d.Names to them in text order. A
// name never crosses a sentence boundary.
func (r *Recognizer) Recognize(d *chronicle.Document) {
	sc := r.get()
	defer r.put(sc)
	sc.words = sc.words[:0]
	sc.sents = sc.sents[:0]
	for i, t := range d.Tokens {
		if i == 0 || t.Sentence != d.Tokens[i-1].Sentence {
			sc.sents = append(sc.sents, i)
		}
		sc.words = append(sc.words, d.Text(t.Span))
	}
	d.Names = d.Names[:0]
	if len(sc.words) == 0 {
		return
	}
	r.prepare(sc)
	r.label(sc)
	for i := 0; i < len(sc.labels); i++ {
		l := sc.labels[i]
		if l == 0 {
			continue
		}
		start, p := i, sc.probs[i]
		for labelPos(sc.labels[i]) != posL && labelPos(sc.labels[i]) != posU {
			i++
			p += sc.probs[i]
		}
		d.Names = append(d.Names, chronicle.Name{
			Span:  chronicle.Span{Start: d.Tokens[start].Start, End: d.Tokens[i].End},
			Type:  entityTypes[labelType(l)],
			Score: p / float32(i-start+1),
		})
	}
}

// iob2 are the IOB2 label names, by BILOU label.
var iob2 = func() []string {
	out := []string{"O"}
	for _, t := range types {
		out = append(out, "B-"+t, "I-"+t, "I-"+t, "B-"+t)
	}
	return out
}()

// TagWords labels one sentence of words with IOB2 labels over the CoNLL-2003
// types: "B-PER", "I-PER", "B-ORG", …, "O".
func (r *Recognizer) TagWords(words []string) []string {
	return r.TagDocument([][]string{words})[0]
}

// TagDocument labels the sentences of one document, as TagWords does, using
// what each sentence says about the others.
func (r *Recognizer) TagDocument(sentences [][]string) [][]string {
	sc := r.get()
	defer r.put(sc)
	sc.words = sc.words[:0]
	sc.sents = sc.sents[:0]
	for _, s := range sentences {
		sc.sents = append(sc.sents, len(sc.words))
		sc.words = append(sc.words, s...)
	}
	out := make([][]string, len(sentences))
	if len(sc.words) > 0 {
		r.prepare(sc)
		r.label(sc)
	}
	k := 0
	for i, s := range sentences {
		out[i] = make([]string, len(s))
		for j := range s {
			out[i][j] = iob2[sc.labels[k]]
			k++
		}
	}
	return out
}

// magic starts every encoded recognizer.
const magic = "chronicle-ner-1\n"

// ErrCorrupt reports an encoded recognizer that cannot be read.
var ErrCorrupt = errors.New("corrupt recognizer")

// Encode writes r in the form Load reads: a header, the lexicon, the number
// of passes and each pass's perceptron. The same recognizer always encodes to the same bytes.
func (r *Recognizer) Encode(w io.Writer) error {
	var lex bytes.Buffer
	if r.lex != nil {
		if _, err := r.lex.WriteTo(&lex); err != nil {
			return fmt.Errorf("encode lexicon: %w", err)
		}
	}
	var head bytes.Buffer
	head.WriteString(magic)
	var tmp [binary.MaxVarintLen64]byte
	head.Write(tmp[:binary.PutUvarint(tmp[:], uint64(lex.Len()))])
	head.Write(lex.Bytes())
	passes := byte(1)
	if r.second != nil {
		passes = 2
	}
	head.WriteByte(passes)
	if _, err := w.Write(head.Bytes()); err != nil {
		return err
	}
	if err := r.model.Encode(w, minWeight); err != nil {
		return err
	}
	if r.second != nil {
		return r.second.Encode(w, minWeight)
	}
	return nil
}

// minWeight is the smallest weight magnitude Encode keeps.
const minWeight = 0.05

// Load reads a recognizer written by Encode. Bytes that are not one give an
// error wrapping ErrCorrupt.
func Load(rd io.Reader) (*Recognizer, error) {
	br := bufio.NewReader(rd)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("load recognizer: not a recognizer: %w", ErrCorrupt)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<28 {
		return nil, fmt.Errorf("load recognizer: lexicon size: %w", ErrCorrupt)
	}
	r := &Recognizer{gaz: defaultGazetteer()}
	if n > 0 {
		lex, err := ReadLexicon(io.LimitReader(br, int64(n)))
		if err != nil {
			return nil, fmt.Errorf("load recognizer: %v: %w", err, ErrCorrupt)
		}
		r.lex = lex
	}
	passes, err := br.ReadByte()
	if err != nil || passes < 1 || passes > 2 {
		return nil, fmt.Errorf("load recognizer: pass count: %w", ErrCorrupt)
	}
	for p := range passes {
		m, err := learn.Decode(br)
		if err != nil {
			return nil, fmt.Errorf("load recognizer: pass %d: %v: %w", p+1, err, ErrCorrupt)
		}
		if fmt.Sprint(m.Labels) != fmt.Sprint(labelNames()) {
			return nil, fmt.Errorf("load recognizer: pass %d: labels %v: %w", p+1, m.Labels, ErrCorrupt)
		}
		if p == 0 {
			r.model = m
		} else {
			r.second = m
		}
	}
	return r, nil
}

//go:embed model/ner.model
var embedded []byte

var (
	defaultOnce sync.Once
	defaultRec  *Recognizer
)

// Default returns the recognizer embedded in the binary, trained on
// CoNLL-2003, loading it on first use. It panics if the embedded model is
// corrupt, which a test rules out.
func Default() *Recognizer {
	defaultOnce.Do(func() {
		r, err := Load(bytes.NewReader(embedded))
		if err != nil {
			panic(err)
		}
		defaultRec = r
	})
	return defaultRec
}
