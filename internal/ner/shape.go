package ner

import (
	"unicode"
	"unicode/utf8"
)

// normRune maps typographic variants to the plain forms the training data
// uses: curly quotes and apostrophes, dashes.
func normRune(r rune) rune {
	switch r {
	case '’', '‘', '‛', '`', '´', 'ʼ':
		return '\''
	case '“', '”', '„', '«', '»':
		return '"'
	case '–', '—', '‒', '―', '−':
		return '-'
	}
	return r
}

// word flags.
const (
	fInitCap   = 1 << iota // first letter upper case
	fAllCaps               // two or more letters, all upper case
	fHasDigit              // a digit somewhere
	fHasLetter             // a letter somewhere
	fHasLower              // a lower-case letter somewhere
	fPunct                 // no letter and no digit
	fFirst                 // first token of its sentence
	fCapsLine              // in a sentence written in capitals
	fMixedCaps             // an upper-case letter after the first letter, and lower-case ones
	fPeriod                // contains a period
	fDocCap                // the word is capitalized inside a sentence elsewhere in the document
	fDocLower              // the word is written in lower case elsewhere in the document
	fTable                 // in a sentence of many numbers, such as a results table
)

// analyse fills the per-token buffers of s for word w: the normalized word,
// its lower-case form with digits as 0, its shape with runs cut at four
// characters, and its short shape with runs cut at one. It returns the
// word's flags.
func (s *scratch) analyse(w string) uint32 {
	s.word = s.word[:0]
	s.lower = s.lower[:0]
	s.shape = s.shape[:0]
	s.short = s.short[:0]
	if w == "``" || w == "''" {
		w = `"`
	}
	var flags uint32
	var prev byte
	run := 0
	upper, letters := 0, 0
	for i, r := range w {
		r = normRune(r)
		s.word = utf8.AppendRune(s.word, r)
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			letters++
			flags |= fHasLetter
			if i == 0 {
				flags |= fInitCap
			} else {
				flags |= fMixedCaps
			}
			s.lower = utf8.AppendRune(s.lower, unicode.ToLower(r))
		case unicode.IsLetter(r):
			c = 'x'
			letters++
			flags |= fHasLetter | fHasLower
			s.lower = utf8.AppendRune(s.lower, r)
		case unicode.IsDigit(r):
			c = 'd'
			flags |= fHasDigit
			s.lower = append(s.lower, '0')
		default:
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				c = '~'
			}
			if r == '.' {
				flags |= fPeriod
			}
			s.lower = utf8.AppendRune(s.lower, r)
		}
		if c == prev {
			run++
		} else {
			run = 1
			s.short = append(s.short, c)
		}
		if run <= 4 {
			s.shape = append(s.shape, c)
		}
		prev = c
	}
	if letters >= 2 && upper == letters {
		flags |= fAllCaps
		flags &^= fMixedCaps
	}
	if flags&fHasLower == 0 {
		flags &^= fMixedCaps
	}
	if flags&(fHasLetter|fHasDigit) == 0 {
		flags |= fPunct
	}
	return flags
}

// prefixLen returns the byte length of the first n runes of b.
func prefixLen(b []byte, n int) int {
	i := 0
	for ; n > 0 && i < len(b); n-- {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return i
}

// suffixStart returns the byte offset of the last n runes of b.
func suffixStart(b []byte, n int) int {
	i := len(b)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRune(b[:i])
		i -= size
	}
	return i
}
