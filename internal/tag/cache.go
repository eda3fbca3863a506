package tag

import "chronicle/internal/learn"

// maxCached bounds the words a wordCache holds: a sentence that finds it
// fuller starts it again empty.
const maxCached = 8192

// A wordCache holds what the tagger computes of each word alone, for the
// words seen lately: its normal form, lower case, shape, classes and
// WordInfo, and, for the first pass's model when it is quantized, the sums
// of the model's weights over each group of features the word gives (see
// groupFeatures). Most of a decision's features are such, and common words
// come back often, so the sums replace most of the reads of the model.
// Integer sums are exact: scores are what the features read one by one
// would give. (The second pass decides few words, most of whose
// neighbours it does not decide: sums would seldom be read twice.)
type wordCache struct {
	tagger  *Tagger
	at      map[string]int32 // word as written → index in entries
	entries []wordEntry
	text    []byte // the bytes of the strings of at and entries

	model *learn.Model // the model whose sums are kept
	pads  [2]int32     // the offsets of padStart's and padEnd's sums; -1 until computed
	sums  []int32      // per word: groups × labels
	f     learn.Features
}

// A wordEntry is what a wordCache holds of one word.
type wordEntry struct {
	word, lower, shape, class, lclass string
	fixed                             int
	info                              WordInfo
	sums                              int32 // the offset of the word's sums; -1 until computed
}

// start prepares c for a sentence of tg's, emptying it when it holds too
// many words or another tagger's.
func (c *wordCache) start(tg *Tagger) {
	if c.tagger == tg && len(c.entries) < maxCached {
		return
	}
	c.tagger = tg
	c.at = make(map[string]int32, maxCached)
	c.entries = c.entries[:0]
	c.text = nil // the strings of the last sentence may still point into it
	c.model = nil
	c.sums = c.sums[:0]
}

// word returns the index of the entry of w, making it if need be.
func (c *wordCache) word(s *sentence, w string) int32 {
	if k, ok := c.at[w]; ok {
		return k
	}
	// The strings are made in c.text, which only grows: a string made in
	// it keeps its bytes, and the array they are in, for as long as it is
	// used.
	arena := s.arena
	if c.text == nil {
		c.text = make([]byte, 0, 1<<16)
	}
	s.arena = c.text
	from := len(s.arena)
	s.arena = append(s.arena, w...)
	key := s.str(from)
	e := s.describe(c.tagger, key)
	c.text = s.arena
	s.arena = arena
	k := int32(len(c.entries))
	c.entries = append(c.entries, e)
	c.at[key] = k
	return k
}

// describe returns the entry of the word w, its strings made in s.arena.
func (s *sentence) describe(tg *Tagger, w string) wordEntry {
	w = s.normalize(w)
	e := wordEntry{word: w, lower: s.lowerCase(w), fixed: -1, sums: -1}
	e.shape = s.shapeOf(w)
	if le, ok := tg.lexicon[w]; ok {
		e.fixed, e.class = int(le.fixed), tg.classes[le.class]
	}
	if e.lower != w {
		if le, ok := tg.lexicon[e.lower]; ok {
			e.lclass = tg.classes[le.class]
		}
	}
	e.info = WordInfo{Clusters: [3]int16{-1, -1, -1}}
	if len(tg.words) > 0 {
		if info, ok := tg.words[s.wordKey(w, e.lower)]; ok {
			e.info = info
		}
	}
	return e
}

// use makes m the model whose sums c keeps.
func (c *wordCache) use(m *learn.Model) {
	if c.model == m {
		return
	}
	c.model = m
	for i := range c.entries {
		c.entries[i].sums = -1
	}
	c.pads = [2]int32{-1, -1}
	c.sums = c.sums[:0]
}

// wordSums returns the offset of the sums for entry e, or for the padding
// v when e is nil.
func (c *wordCache) wordSums(e *wordEntry, v *view, pad *int32) int32 {
	if e != nil {
		pad = &e.sums
	}
	if *pad >= 0 {
		return *pad
	}
	off := len(c.sums)
	c.sums = append(c.sums, make([]int32, groups*len(c.model.Labels))...)
	c.f.Reset()
	var ends [groups]int
	for g := range groups {
		groupFeatures(&c.f, v, g)
		ends[g] = len(c.f.IDs)
	}
	c.model.SumParts(c.f.IDs, ends[:], c.sums[off:])
	*pad = int32(off)
	return *pad
}

// offset returns the offset of the sums of word j of s, or of the padding
// when j is outside the sentence.
func (c *wordCache) offset(s *sentence, j int) int32 {
	switch {
	case j < 0:
		return c.wordSums(nil, &padStart, &c.pads[0])
	case j >= len(s.words):
		return c.wordSums(nil, &padEnd, &c.pads[1])
	}
	v := s.view(j)
	return c.wordSums(&c.entries[s.entry[j]], &v, nil)
}

// cachedSums returns the sums of m's weights over the first pass's
// features of word i, in s.sums, reading the group features' sums from the
// cache. m must be quantized.
func (s *sentence) cachedSums(m *learn.Model, i int) []int32 {
	c := &s.cache
	c.use(m)
	n := len(m.Labels)
	self := c.sums[c.offset(s, i):][:n]
	before := c.sums[int(c.offset(s, i-1))+gM1*n:][:n]
	after := c.sums[int(c.offset(s, i+1))+gP1*n:][:n]
	sums := s.sums[:n]
	for l := range sums {
		sums[l] = self[l] + before[l] + after[l]
	}
	s.f.Reset()
	m.Sum(s.contextFeatures(i, m.Labels), sums)
	return sums
}
