package tag

import "chronicle/internal/learn"

// maxCached bounds the words a wordCache holds: a sentence that finds it
// fuller starts it again empty.
const maxCached = 8192

// A wordCache holds what the tagger computes of each word alone, for the
// words seen lately: its normal form, lower case, shape, classes and
// WordInfo, and, for each pass's model when it is quantized, the sums of
// the model's weights over each group of features the word gives (see
// groupFeatures). Most of a decision's features are such, and common words
// come back often, so the sums replace most of the reads of the model.
// Integer sums are exact: scores are what the features read one by one
// would give. The first pass reads every group of every word, and a word's
// groups are summed together; the second pass decides few words, and sums
// only the groups it reads.
type wordCache struct {
	tagger  *Tagger
	at      map[string]int32 // word as written → index in entries
	entries []wordEntry
	text    []byte // the bytes of the strings of at and entries

	models [2]*learn.Model // the models whose sums are kept: the first pass's and the second's
	pads   [2][2]slot      // per model, padStart's and padEnd's sums
	sums   []int32         // per word and model: groups × labels
	f      learn.Features
}

// A slot locates the sums of one word for one model.
type slot struct {
	off  int32 // the offset of the sums in wordCache.sums; -1 until made
	done uint8 // bit g is set when group g's sums are in
}

// noSlots are the slots of a word before any sums.
var noSlots = [2]slot{{off: -1}, {off: -1}}

// A wordEntry is what a wordCache holds of one word.
type wordEntry struct {
	word, lower, shape, class, lclass string
	fixed                             int
	info                              WordInfo
	sums                              [2]slot // per model
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
	c.models = [2]*learn.Model{}
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
	e := wordEntry{word: w, lower: s.lowerCase(w), fixed: -1, sums: noSlots}
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

// use makes m the k-th model whose sums c keeps (0 the first pass's, 1 the
// second's).
func (c *wordCache) use(k int, m *learn.Model) {
	if c.models[k] == m {
		return
	}
	c.models[k] = m
	for i := range c.entries {
		c.entries[i].sums[k] = noSlots[k]
	}
	c.pads[k] = [2]slot{noSlots[k], noSlots[k]}
}

// group returns model k's sums of group g for the word v, whose slot is
// sl, making them if need be.
func (c *wordCache) group(k int, sl *slot, v *view, g int) []int32 {
	n := len(c.models[k].Labels)
	if sl.off < 0 {
		sl.off, sl.done = int32(len(c.sums)), 0
		c.sums = append(c.sums, make([]int32, groups*n)...)
	}
	want := uint8(1) << g
	if k == 0 {
		want = 1<<groups - 1
	}
	if missing := want &^ sl.done; missing != 0 {
		c.f.Reset()
		var ends [groups]int
		for h := range groups {
			if missing&(1<<h) != 0 {
				groupFeatures(&c.f, v, h)
			}
			ends[h] = len(c.f.IDs)
		}
		// The groups done have no features here: their sums stay.
		c.models[k].SumParts(c.f.IDs, ends[:], c.sums[sl.off:])
		sl.done |= missing
	}
	return c.sums[int(sl.off)+g*n:][:n]
}

// groupOf returns model k's sums of group g for word j of s, or for the
// padding when j is outside the sentence.
func (c *wordCache) groupOf(s *sentence, k, j, g int) []int32 {
	switch {
	case j < 0:
		return c.group(k, &c.pads[k][0], &padStart, g)
	case j >= len(s.words):
		return c.group(k, &c.pads[k][1], &padEnd, g)
	}
	v := s.view(j)
	return c.group(k, &c.entries[s.entry[j]].sums[k], &v, g)
}

// cachedSums returns the sums of m's weights over the features of word i,
// in s.sums, reading the group features' sums from the cache. m must be
// quantized: the first pass's model, or the second's when stacked.
func (s *sentence) cachedSums(m *learn.Model, i int, stacked bool) []int32 {
	c := &s.cache
	k := 0
	if stacked {
		k = 1
	}
	c.use(k, m)
	self := c.groupOf(s, k, i, gSelf)
	before := c.groupOf(s, k, i-1, gM1)
	after := c.groupOf(s, k, i+1, gP1)
	sums := s.sums[:len(m.Labels)]
	for l := range sums {
		sums[l] = self[l] + before[l] + after[l]
	}
	s.f.Reset()
	ids := s.contextFeatures(i, m.Labels)
	if stacked {
		ids = s.stackFeatures(i, m.Labels)
	}
	m.Sum(ids, sums)
	return sums
}
