package ner

import (
	"unsafe"

	"chronicle/internal/learn"
)

// maxCached bounds the words a wordCache holds: a document that finds it
// fuller starts it again empty.
const maxCached = 16384

// A wordCache holds what the recognizer computes of each word alone, for
// the words seen lately: what its features read of it (see describe) and,
// for each quantized model, the sums of the model's weights over each
// group of features the word gives (see groupFeatures). Most of a
// decision's features are such, and common words come back often, so the
// sums replace most of the reads of the model. Integer sums are exact:
// scores are what the features read one by one would give.
type wordCache struct {
	at      map[string]int32 // word as written → index in entries
	entries []wordEntry
	text    []byte  // the bytes of the words of at's keys
	tok     []int32 // per token of the document: its index in entries

	models [2]*learn.Model    // the models whose sums are kept: the first pass's and the second's
	pads   [2][len(pad)]int32 // per model, the padding tokens' offsets in sums; -1 until computed
	sums   []int32            // per word and model: groups × labels
	off    [2][]int32         // per model and token of the document being labelled: the offset of its sums; nil between documents
	offMem [2][]int32
	ids    []uint64
}

// A wordEntry is what a wordCache holds of one word.
type wordEntry struct {
	tok  tokInfo
	sums [2]int32 // per model, the offset of the word's sums; -1 until computed
}

// start prepares c for a document of n tokens, emptying it when it holds
// too many words.
func (c *wordCache) start(n int) {
	if c.at == nil || len(c.entries) >= maxCached {
		c.at = make(map[string]int32, maxCached)
		c.entries = c.entries[:0]
		c.text = nil
		c.models = [2]*learn.Model{}
		c.sums = c.sums[:0]
	}
	c.tok = grow(c.tok, n)
}

// word returns the description of w, token i of the document.
func (c *wordCache) word(r *Recognizer, sc *scratch, i int, w string) tokInfo {
	if k, ok := c.at[w]; ok {
		c.tok[i] = k
		return c.entries[k].tok
	}
	t := r.describe(sc, w)
	k := int32(len(c.entries))
	c.entries = append(c.entries, wordEntry{tok: t, sums: [2]int32{-1, -1}})
	// The key's bytes are kept in text, whose old arrays stay alive as
	// long as keys point into them.
	if len(w) == 0 {
		c.at[""] = k
		c.tok[i] = k
		return t
	}
	if cap(c.text)-len(c.text) < len(w) {
		c.text = make([]byte, 0, max(1<<16, len(w)))
	}
	from := len(c.text)
	c.text = append(c.text, w...)
	c.at[unsafe.String(&c.text[from], len(w))] = k
	c.tok[i] = k
	return t
}

// load makes c hold model m's sums, as its k-th model, for toks (the
// tokens c.word described last) and the padding tokens.
func (c *wordCache) load(k int, m *learn.Model, toks []tokInfo) {
	if c.models[k] != m {
		c.models[k] = m
		for i := range c.entries {
			c.entries[i].sums[k] = -1
		}
		c.pads[k] = [len(pad)]int32{-1, -1, -1, -1}
	}
	for p := range pad {
		if c.pads[k][p] < 0 {
			c.pads[k][p] = c.add(m, &pad[p])
		}
	}
	c.offMem[k] = grow(c.offMem[k], len(toks))
	c.off[k] = c.offMem[k]
	for i := range toks {
		e := &c.entries[c.tok[i]]
		if e.sums[k] < 0 {
			e.sums[k] = c.add(m, &toks[i])
		}
		c.off[k][i] = e.sums[k]
	}
}

// done ends the labelling of a document.
func (c *wordCache) done() { c.off = [2][]int32{} }

// add computes m's sums of token t and returns their offset.
func (c *wordCache) add(m *learn.Model, t *tokInfo) int32 {
	off := len(c.sums)
	c.sums = append(c.sums, make([]int32, groups*numLabels)...)
	c.ids = c.ids[:0]
	var ends [groups]int
	for g := range groups {
		c.ids = groupFeatures(c.ids, t, g)
		ends[g] = len(c.ids)
	}
	m.SumParts(c.ids, ends[:], c.sums[off:])
	return int32(off)
}

// offset returns the offset of model k's sums of token j of the sentence
// [s, e), or of the padding outside it, as at finds them.
func (c *wordCache) offset(k, j, s, e int) int32 {
	switch {
	case j < s-1:
		return c.pads[k][0]
	case j < s:
		return c.pads[k][1]
	case j >= e+1:
		return c.pads[k][3]
	case j >= e:
		return c.pads[k][2]
	}
	return c.off[k][j]
}

// cachedScores is scoreToken for the cache's k-th model, reading the group
// features' sums from the cache.
func (r *Recognizer) cachedScores(sc *scratch, k, i, start, end int, second bool) []float32 {
	c := &sc.cache
	var sums [numLabels]int32
	group := func(g, j int) *[numLabels]int32 {
		return (*[numLabels]int32)(c.sums[int(c.offset(k, j, start, end))+g*numLabels:])
	}
	a, b, d := group(gSelf, i), group(gM1, i-1), group(gP1, i+1)
	e, f := group(gM2, i-2), group(gP2, i+2)
	for l := range sums {
		sums[l] = a[l] + b[l] + d[l] + e[l] + f[l]
	}
	sc.feats.Reset()
	hn := uint64(0)
	if i+1 < end {
		hn = histValue(sc, i+1)
	}
	contextFeatures(&sc.feats, sc.toks, sc.labels, i, start, end, histValue(sc, i), hn, sc.topic)
	if second {
		secondFeatures(&sc.feats, sc, i, start, end)
	}
	m := c.models[k]
	m.Sum(sc.feats.IDs, sums[:])
	return m.ScoresOf(sums[:], sc.scores)
}
