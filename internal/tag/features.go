package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"chronicle/internal/learn"
)

// Feature templates. The numbers are part of the model: renumbering one
// needs a retrained model.
const (
	fBias uint8 = iota
	fWord
	fLower
	fSuffix1
	fSuffix2
	fSuffix3
	fSuffix4
	fPrefix1
	fPrefix2
	fPrefix3
	fPrefix4
	fShape
	fPrev
	fPrev2
	fPrevPrev2
	fPrevWord
	fWordM1
	fWordM2
	fWordP1
	fWordP2
	fSuffixM1
	fSuffixP1
	fClass
	fClassP1
	fClassM1
	fWordM1Word
	fWordWordP1
	fShapeP1
	fShapeM1
	fPrevSuffix
	fPrevClassP1
	fClassP2
	fShapePrev
	fLowerClass
	fFirstLower
	// The second pass's features: the labels the first pass chose.
	fFirst
	fFirstP1
	fFirstP2
	fFirstP1P2
	fFirstM1P1
	fPrevFirstP1
	fFirstWord
	// What news text tells of the words.
	fCluster0
	fCluster1
	fCluster2
	fClusterP1
	fClusterM1
	fCapitalized
	fCapitalizedShape
	fPrevCluster
)

// Padding words around a sentence.
const (
	start = "<s>"
	end   = "</s>"
)

// sentence holds one sentence's words and what the features need of them,
// in reused memory, and the cache of what the tagger computes of words.
type sentence struct {
	words   []string // normalized: curly quotes made straight
	lower   []string
	shape   []string
	class   []string   // ambiguity class of the word in training, or ""
	lclass  []string   // ambiguity class of the word's lower case, when it differs
	fixed   []int      // the tag dictionary's label, or -1
	info    []WordInfo // nil when the tagger has no WordInfo
	infoMem []WordInfo
	labels  []int     // chosen labels, filled left to right
	first   []int     // the first pass's labels, when there are two
	margin  []float32 // by how much the first pass's label won
	arena   []byte    // where str makes strings: the cache's text while it describes a word

	input  []string // the words of a document's sentence, for Tagger.Tag
	f      learn.Features
	scores []float32

	entry []int32 // per word, its entry in cache
	cache wordCache
	sums  []int32 // scratch for cachedPredict
}

// str returns the bytes of the arena from from on as a string. The
// string is valid while those bytes are not overwritten.
func (s *sentence) str(from int) string {
	if from == len(s.arena) {
		return ""
	}
	return unsafe.String(&s.arena[from], len(s.arena)-from)
}

// load prepares s for words, looking each up in the cache, which looks up
// the words it lacks in the tagger's lexicon.
func (s *sentence) load(tg *Tagger, words []string) {
	n := len(words)
	s.words = grow(s.words, n)
	s.lower = grow(s.lower, n)
	s.shape = grow(s.shape, n)
	s.class = grow(s.class, n)
	s.lclass = grow(s.lclass, n)
	s.fixed = grow(s.fixed, n)
	s.info = nil
	if len(tg.words) > 0 {
		s.info = grow(s.infoMem, n)
		s.infoMem = s.info
	}
	s.labels = grow(s.labels, n)
	s.first = grow(s.first, n)
	s.margin = grow(s.margin, n)
	s.entry = grow(s.entry, n)
	c := &s.cache
	c.start(tg)
	for i, w := range words {
		k := c.word(s, w)
		e := &c.entries[k]
		s.entry[i] = k
		s.words[i], s.lower[i], s.shape[i] = e.word, e.lower, e.shape
		s.fixed[i], s.class[i], s.lclass[i] = e.fixed, e.class, e.lclass
		if s.info != nil {
			s.info[i] = e.info
		}
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// normalize returns w with curly quotes and apostrophes made straight, as
// most of the training data writes them.
func (s *sentence) normalize(w string) string {
	if strings.IndexByte(w, 0xe2) < 0 { // the first byte of ‘ ’ “ ” ‚ „
		return w
	}
	from := len(s.arena)
	for _, r := range w {
		switch r {
		case '‘', '’', '‚', '′':
			s.arena = append(s.arena, '\'')
		case '“', '”', '„', '″':
			s.arena = append(s.arena, '"')
		default:
			s.arena = utf8.AppendRune(s.arena, r)
		}
	}
	return s.str(from)
}

func (s *sentence) lowerCase(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			upper = true
			break
		}
	}
	if !upper {
		return w
	}
	from := len(s.arena)
	for _, r := range w {
		s.arena = utf8.AppendRune(s.arena, unicode.ToLower(r))
	}
	if l := s.str(from); l != w {
		return l
	}
	s.arena = s.arena[:from]
	return w
}

// shapeOf returns the word's shape: X for an upper-case letter, x for a
// lower-case one, d for a digit, other characters as they are, with runs
// of the same symbol written once ("Obama" → "Xx", "1,000" → "d,d").
func (s *sentence) shapeOf(w string) string {
	from := len(s.arena)
	var last rune = -1
	runes := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			continue
		}
		last = c
		if runes++; runes > 6 {
			break
		}
		s.arena = utf8.AppendRune(s.arena, c)
	}
	return s.str(from)
}

func (s *sentence) lowerAt(i int) string {
	switch {
	case i < 0:
		return start
	case i >= len(s.lower):
		return end
	}
	return s.lower[i]
}

func (s *sentence) classAt(i int) string {
	switch {
	case i < 0:
		return start
	case i >= len(s.class):
		return end
	}
	return s.class[i]
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// Groups of features that read one word alone and not the labels: the
// word being tagged's, and those of the words before and after it. A
// word's sum over each group is the same wherever it stands (see
// wordCache).
const (
	gSelf = iota
	gM1
	gP1
	groups
)

// A view is what the group features read of one word, or of the padding
// around a sentence.
type view struct {
	word, lower, shape, class, lclass string
	info                              *WordInfo // nil for the padding, or when the tagger has no WordInfo
}

// view returns the view of word j of s, or of the padding when j is
// outside the sentence.
func (s *sentence) view(j int) view {
	switch {
	case j < 0:
		return padStart
	case j >= len(s.words):
		return padEnd
	}
	v := view{word: s.words[j], lower: s.lower[j], shape: s.shape[j], class: s.class[j], lclass: s.lclass[j]}
	if s.info != nil {
		v.info = &s.info[j]
	}
	return v
}

// The padding words.
var (
	padStart = view{word: start, lower: start, shape: start, class: start}
	padEnd   = view{word: end, lower: end, shape: end, class: end}
)

// groupFeatures adds the features of group g that the word v gives.
func groupFeatures(f *learn.Features, v *view, g int) {
	switch g {
	case gSelf:
		l := v.lower
		f.AddBias()
		f.Add(fWord, v.word)
		f.Add(fLower, l)
		for k, t := range [...]uint8{fSuffix1, fSuffix2, fSuffix3, fSuffix4} {
			if len(l) > k+1 {
				f.Add(t, l[len(l)-k-1:])
			}
		}
		for k, t := range [...]uint8{fPrefix1, fPrefix2, fPrefix3, fPrefix4} {
			if len(l) > k+1 {
				f.Add(t, l[:k+1])
			}
		}
		f.Add(fShape, v.shape)
		f.Add(fClass, v.class)
		if v.lclass != "" {
			f.Add2(fLowerClass, v.lclass, v.class)
		}
		if info := v.info; info != nil {
			for k, t := range [...]uint8{fCluster0, fCluster1, fCluster2} {
				if c := info.Clusters[k]; c >= 0 {
					f.Add(t, numbers[c])
				}
			}
			f.Add(fCapitalized, numbers[info.Capitalized])
			f.Add2(fCapitalizedShape, numbers[info.Capitalized], v.shape)
		}
	case gM1, gP1:
		t := neighbourTemplates[g-gM1]
		f.Add(t[0], v.lower)
		f.Add(t[1], suffix(v.lower, 3))
		f.Add(t[2], v.class)
		f.Add(t[3], v.shape)
		if v.info != nil {
			if c := v.info.Clusters[1]; c >= 0 {
				f.Add(t[4], numbers[c])
			}
		}
	}
}

// neighbourTemplates are the templates of the features of the word before
// and of the word after: its lower case, suffix, class, shape and cluster.
var neighbourTemplates = [2][5]uint8{
	{fWordM1, fSuffixM1, fClassM1, fShapeM1, fClusterM1},
	{fWordP1, fSuffixP1, fClassP1, fShapeP1, fClusterP1},
}

// features fills s.f with the features of word i given the labels (names
// of the first model's labels) chosen for the two words before it.
func (s *sentence) features(i int, labels []string) []uint64 {
	s.f.Reset()
	for g, j := range [groups]int{gSelf: i, gM1: i - 1, gP1: i + 1} {
		v := s.view(j)
		groupFeatures(&s.f, &v, g)
	}
	return s.contextFeatures(i, labels)
}

// contextFeatures adds to s.f the features of word i other than its
// groupFeatures: those that read the labels, several words, or where the
// word stands.
func (s *sentence) contextFeatures(i int, labels []string) []uint64 {
	f := &s.f
	p1, p2 := start, start
	if i > 0 {
		p1 = labels[s.labels[i-1]]
	}
	if i > 1 {
		p2 = labels[s.labels[i-2]]
	}
	l := s.lower[i]
	f.Add(fPrev, p1)
	f.Add(fPrev2, p2)
	f.Add2(fPrevPrev2, p1, p2)
	f.Add2(fPrevWord, p1, l)
	f.Add(fWordM2, s.lowerAt(i-2))
	f.Add(fWordP2, s.lowerAt(i+2))
	f.Add(fClassP2, s.classAt(i+2))
	f.Add2(fWordM1Word, s.lowerAt(i-1), l)
	f.Add2(fWordWordP1, l, s.lowerAt(i+1))
	f.Add2(fPrevSuffix, p1, suffix(l, 3))
	f.Add2(fPrevClassP1, p1, s.classAt(i+1))
	f.Add2(fShapePrev, p1, s.shape[i])
	if i == 0 {
		f.Add(fFirstLower, l)
	}
	if s.info != nil {
		if c := s.info[i].Clusters[1]; c >= 0 {
			f.Add2(fPrevCluster, p1, numbers[c])
		}
	}
	return f.IDs
}

// stackFeatures extends the features of word i for the second pass with
// the labels the first pass chose around it.
func (s *sentence) stackFeatures(i int, labels []string) []uint64 {
	at := func(j int) string {
		switch {
		case j < 0:
			return start
		case j >= len(s.first):
			return end
		}
		return labels[s.first[j]]
	}
	f := &s.f
	p1 := start
	if i > 0 {
		p1 = labels[s.labels[i-1]]
	}
	f.Add(fFirst, at(i))
	f.Add(fFirstP1, at(i+1))
	f.Add(fFirstP2, at(i+2))
	f.Add2(fFirstP1P2, at(i+1), at(i+2))
	f.Add2(fFirstM1P1, at(i-1), at(i+1))
	f.Add2(fPrevFirstP1, p1, at(i+1))
	f.Add2(fFirstWord, at(i), s.lower[i])
	return f.IDs
}
