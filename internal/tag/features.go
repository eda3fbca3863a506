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
	fUPOSOfXPOS // second model only: the XPOS just chosen
	fUPOSOfXPOSWord
)

// Padding words around a sentence.
const (
	start = "<s>"
	end   = "</s>"
)

// sentence holds one sentence's words and what the features need of them,
// computed once per sentence into reused memory.
type sentence struct {
	words  []string // normalized: curly quotes made straight
	lower  []string
	shape  []string
	class  []string // ambiguity class of the word in training, or ""
	fixed  []int    // the tag dictionary's label, or -1
	labels []int    // chosen labels, filled left to right
	uposOf []string // chosen UPOS tags when a second model chooses them
	arena  []byte   // the bytes of the strings above that are not the input's

	f      learn.Features
	scores []float32
}

// str appends b to the arena and returns it as a string. The string is
// valid until the next reset: strings never outlive one sentence.
func (s *sentence) str(from int) string {
	if from == len(s.arena) {
		return ""
	}
	return unsafe.String(&s.arena[from], len(s.arena)-from)
}

// load prepares s for words, looking each up in the tagger's lexicon.
func (s *sentence) load(tg *Tagger, words []string) {
	n := len(words)
	s.words = grow(s.words, n)
	s.lower = grow(s.lower, n)
	s.shape = grow(s.shape, n)
	s.class = grow(s.class, n)
	s.fixed = grow(s.fixed, n)
	s.labels = grow(s.labels, n)
	size := 0
	for _, w := range words {
		size += 3*len(w) + 8
	}
	if cap(s.arena) < size {
		s.arena = make([]byte, 0, size)
	}
	s.arena = s.arena[:0]
	for i, w := range words {
		w = s.normalize(w)
		s.words[i] = w
		s.lower[i] = s.lowerCase(w)
		s.shape[i] = s.shapeOf(w)
		s.fixed[i], s.class[i] = -1, ""
		e, ok := tg.lexicon[w]
		if !ok {
			e, ok = tg.lexicon[s.lower[i]]
		}
		if ok {
			s.fixed[i], s.class[i] = int(e.fixed), tg.classes[e.class]
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

func (s *sentence) shapeAt(i int) string {
	switch {
	case i < 0:
		return start
	case i >= len(s.shape):
		return end
	}
	return s.shape[i]
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// features fills s.f with the features of word i given the labels (names
// of the first model's labels) chosen for the two words before it.
func (s *sentence) features(i int, labels []string) []uint64 {
	f := &s.f
	f.Reset()
	p1, p2 := start, start
	if i > 0 {
		p1 = labels[s.labels[i-1]]
	}
	if i > 1 {
		p2 = labels[s.labels[i-2]]
	}
	w, l := s.words[i], s.lower[i]

	f.AddBias()
	f.Add(fWord, w)
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
	f.Add(fShape, s.shape[i])
	f.Add(fPrev, p1)
	f.Add(fPrev2, p2)
	f.Add2(fPrevPrev2, p1, p2)
	f.Add2(fPrevWord, p1, l)
	f.Add(fWordM1, s.lowerAt(i-1))
	f.Add(fWordM2, s.lowerAt(i-2))
	f.Add(fWordP1, s.lowerAt(i+1))
	f.Add(fWordP2, s.lowerAt(i+2))
	f.Add(fSuffixM1, suffix(s.lowerAt(i-1), 3))
	f.Add(fSuffixP1, suffix(s.lowerAt(i+1), 3))
	f.Add(fClass, s.class[i])
	f.Add(fClassP1, s.classAt(i+1))
	f.Add(fClassM1, s.classAt(i-1))
	f.Add(fClassP2, s.classAt(i+2))
	f.Add2(fWordM1Word, s.lowerAt(i-1), l)
	f.Add2(fWordWordP1, l, s.lowerAt(i+1))
	f.Add(fShapeP1, s.shapeAt(i+1))
	f.Add(fShapeM1, s.shapeAt(i-1))
	f.Add2(fPrevSuffix, p1, suffix(l, 3))
	f.Add2(fPrevClassP1, p1, s.classAt(i+1))
	return f.IDs
}

// uposFeatures extends the features of word i for the second model with
// the XPOS the first chose.
func (s *sentence) uposFeatures(i int, xpos string) []uint64 {
	s.f.Add(fUPOSOfXPOS, xpos)
	s.f.Add2(fUPOSOfXPOSWord, xpos, s.lower[i])
	return s.f.IDs
}
