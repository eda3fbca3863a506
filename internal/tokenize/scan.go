package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// A kind is what the sentence splitter needs to know about a token.
type kind uint8

const (
	kindWord   kind = iota // words, numbers, clitics, URLs, e-mail addresses
	kindAbbrev             // ends a sentence only before a common sentence starter: U.S., Inc., a.m.
	kindTitle              // never ends a sentence: Mr., Dr., Gen., initials, e.g., No. 5
	kindLoose              // ends a sentence before any capitalised word: etc., et al.
	kindStop               // . ! ? ... … and runs of them
	kindOpen               // ( [ { “ ‘ « „
	kindClose              // ) ] } ” ’ »
	kindQuote              // " ' `, whose direction the text around them decides
	kindPause              // , ; : — a line ending in one continues on the next
	kindOther              // every other mark or symbol
)

// Byte classes of the ASCII range.
const (
	cSpace = 1 << iota
	cUpper
	cLower
	cDigit
	cURL // may appear inside a URL or e-mail address

	cLetter = cUpper | cLower
	cAlnum  = cLetter | cDigit
)

var ascii [utf8.RuneSelf]uint8

func init() {
	for _, c := range " \t\n\r\v\f" {
		ascii[c] = cSpace
	}
	for c := 'A'; c <= 'Z'; c++ {
		ascii[c] = cUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		ascii[c] = cLower
	}
	for c := '0'; c <= '9'; c++ {
		ascii[c] = cDigit
	}
	for c := '!'; c <= '~'; c++ {
		ascii[c] |= cURL
	}
	for _, c := range "\"'<>\\^`{|}" {
		ascii[c] &^= cURL
	}
}

// A scanner cuts text into tokens, left to right. It is a hand-written state
// machine over bytes; runes are decoded only outside ASCII.
type scanner struct {
	text string
	pos  int
	// A clitic split off the end of the last word ("n't", "'s"), returned by
	// the next call when pendEnd > 0.
	pendStart, pendEnd int
}

// next returns the next token, or ok == false at the end of the text.
func (s *scanner) next() (start, end int, k kind, ok bool) {
	if s.pendEnd > 0 {
		start, end = s.pendStart, s.pendEnd
		s.pos, s.pendEnd = end, 0
		return start, end, kindWord, true
	}
	t := s.text
	n := len(t)
	i := s.pos
	for i < n {
		c := t[i]
		if c < utf8.RuneSelf {
			if ascii[c]&cSpace == 0 {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	if i >= n {
		s.pos = n
		return n, n, kindOther, false
	}
	start = i
	c := t[i]
	if c < utf8.RuneSelf {
		if ascii[c]&cAlnum != 0 {
			end, k = s.word(start)
		} else {
			end, k = s.punct(start)
		}
	} else {
		r, size := utf8.DecodeRuneInString(t[i:])
		switch {
		case isWordRune(r):
			end, k = s.word(start)
		case r == '“' || r == '‘' || r == '«' || r == '„' || r == '‚' || r == '‹':
			end, k = i+size, kindOpen
		case r == '”' || r == '’' || r == '»' || r == '›':
			end, k = i+size, kindClose
		case r == '…':
			end, k = i+size, kindStop
		case r == '—' || r == '–' || r == '―':
			end, k = i+size, kindPause
		default:
			end, k = i+size, kindOther
		}
	}
	if s.pendEnd == 0 {
		s.pos = end
	}
	return start, end, k, true
}

// punct scans the ASCII mark at i.
func (s *scanner) punct(i int) (int, kind) {
	t := s.text
	switch c := t[i]; c {
	case '.', '!', '?':
		return run(t, i, ".!?"), kindStop
	case '#':
		// Hashtags: #audiobooks.
		if s.is(i+1, cLetter) {
			return s.word(i + 1)
		}
		return run(t, i, "#"), kindOther
	case '*', '=', '_', '$', '<', '>', '~', '^', '|', '+':
		// Rules and emphasis: ***, ====, $$$, <<.
		return run(t, i, t[i:i+1]), kindOther
	case '@':
		if e, _ := s.url(i, i); e > i+1 {
			return e, kindWord
		}
	case '-':
		if e := run(t, i, "-"); e-i > 1 {
			return e, kindPause
		}
		return i + 1, kindOther
	case ':', ';':
		// Emoticons: :-) ;-( and, standing alone, :) :(
		if i+2 < len(t) && t[i+1] == '-' && (t[i+2] == ')' || t[i+2] == '(') {
			return i + 3, kindOther
		}
		if i+1 < len(t) && (t[i+1] == ')' || t[i+1] == '(') && (i == 0 || s.is(i-1, cSpace)) && (i+2 == len(t) || s.is(i+2, cSpace)) {
			return i + 2, kindOther
		}
		return i + 1, kindPause
	case ',':
		return i + 1, kindPause
	case '"', '\'', '`':
		return i + 1, kindQuote
	case '(', '[', '{':
		return i + 1, kindOpen
	case ')', ']', '}':
		return i + 1, kindClose
	}
	return i + 1, kindOther
}

// run returns the end of the run of bytes from set that starts at i.
func run(t string, i int, set string) int {
	for i < len(t) {
		ok := false
		for j := 0; j < len(set); j++ {
			if t[i] == set[j] {
				ok = true
				break
			}
		}
		if !ok {
			break
		}
		i++
	}
	return i
}

// isWordRune reports whether r is part of a word: a letter, a digit or a
// combining mark.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordRune returns the size of the word rune at i, or 0 if there is none.
func (s *scanner) wordRune(i int) int {
	if i >= len(s.text) {
		return 0
	}
	c := s.text[i]
	if c < utf8.RuneSelf {
		if ascii[c]&cAlnum != 0 {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(s.text[i:])
	if isWordRune(r) {
		return size
	}
	return 0
}

// is reports whether the byte at i exists and has one of the classes in class.
func (s *scanner) is(i int, class uint8) bool {
	return i >= 0 && i < len(s.text) && s.text[i] < utf8.RuneSelf && ascii[s.text[i]]&class != 0
}

// apostrophe returns the size of the apostrophe (' or ’) at i, or 0.
func (s *scanner) apostrophe(i int) int {
	t := s.text
	if i < len(t) && t[i] == '\'' {
		return 1
	}
	if i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80 && t[i+2] == 0x99 {
		return 3
	}
	return 0
}

// hyphen returns the size of the hyphen (-, U+2010 or U+2011) at i, or 0.
func (s *scanner) hyphen(i int) int {
	t := s.text
	if i < len(t) && t[i] == '-' {
		return 1
	}
	if i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80 && (t[i+2] == 0x90 || t[i+2] == 0x91) {
		return 3
	}
	return 0
}

// word scans the word, number, URL or abbreviation that starts at start. It
// may leave a clitic pending.
func (s *scanner) word(start int) (int, kind) {
	t := s.text
	n := len(t)
	i := start
	for {
		for i < n {
			c := t[i]
			if c < utf8.RuneSelf {
				if ascii[c]&cAlnum == 0 {
					break
				}
				i++
				continue
			}
			size := s.wordRune(i)
			if size == 0 {
				break
			}
			i += size
		}
		if i >= n {
			break
		}
		switch c := t[i]; c {
		case '.':
			if i-start == 3 && isWWW(t[start:i]) && s.wordRune(i+1) > 0 {
				return s.url(start, i)
			}
			if s.joinDot(i) {
				i++
				continue
			}
		case ',':
			// Thousands: 1,425,513.
			if s.is(i-1, cDigit) && s.is(i+1, cDigit) && s.is(i+2, cDigit) && s.is(i+3, cDigit) && !s.is(i+4, cDigit) {
				i += 4
				continue
			}
		case ':':
			if i+2 < n && t[i+1] == '/' && t[i+2] == '/' {
				return s.url(start, i)
			}
			// Times and ratios: 10:30.
			if s.is(i-1, cDigit) && s.is(i+1, cDigit) {
				i++
				continue
			}
		case '/':
			// Dates and fractions: 4/26/2025, 24/7; and b/c, w/o.
			if s.is(i-1, cDigit) && s.is(i+1, cDigit) ||
				i-1 == start && s.is(i+1, cLetter) && !s.is(i+2, cAlnum) {
				i++
				continue
			}
		case '@':
			if s.is(i+1, cAlnum) {
				return s.url(start, i)
			}
		case '_':
			// File and user names: Lisa_resume.doc.
			if s.is(i+1, cAlnum) {
				i++
				continue
			}
		case '&':
			// AT&T, PG&E.
			if s.is(i-1, cUpper) && s.is(i+1, cUpper) {
				i++
				continue
			}
		}
		if h := s.hyphen(i); h > 0 && s.wordRune(i+h) > 0 {
			i += h
			continue
		}
		if a := s.apostrophe(i); a > 0 {
			j := i + a
			k := j
			for s.is(k, cLetter) {
				k++
			}
			if k == j {
				break
			}
			if s.wordRune(k) > 0 {
				// O'Brien-style: a letter run that goes on into digits or non-ASCII.
				i = k
				continue
			}
			if isClitic(t[j:k]) {
				s.pendStart, s.pendEnd = i, k
				return i, kindWord
			}
			if k-j == 1 && (t[j] == 't' || t[j] == 'T') && i-1 > start && (t[i-1] == 'n' || t[i-1] == 'N') {
				s.pendStart, s.pendEnd = i-1, k
				return i - 1, kindWord
			}
			i = k
			continue
		}
		if c := t[i]; c == '.' && !(i+1 < n && t[i+1] == '.') {
			if k := s.abbrev(start, i); k != kindWord {
				i++
				// U.S.-based
				if h := s.hyphen(i); h > 0 && s.wordRune(i+h) > 0 {
					i += h
					continue
				}
				// U.N.'s
				if e := s.clitic(i); e > i {
					s.pendStart, s.pendEnd = i, e
				}
				return i, k
			}
		}
		break
	}
	return s.splitFused(start, i), kindWord
}

// splitFused splits words that the Penn Treebank writes as two: "cannot",
// "gonna", "wanna", "gotta", and numbers with a unit or a time of day ("5pm",
// "375mm"). It shortens the word by
// leaving its second part pending, and returns where the word now ends.
func (s *scanner) splitFused(start, end int) int {
	w := s.text[start:end]
	cut := 0
	switch len(w) {
	case 5:
		if equalFold(w, "gonna") || equalFold(w, "wanna") || equalFold(w, "gotta") {
			cut = 3
		}
	case 6:
		if equalFold(w, "cannot") {
			cut = 3
		}
	}
	if cut == 0 && s.is(start, cDigit) {
		cut = unitCut(w)
	}
	if cut > 0 {
		s.pendStart, s.pendEnd = start+cut, end
		return start + cut
	}
	return end
}

// unitCut returns where a number written together with a unit or a time of
// day splits ("375mm", "5pm", "39K"), or 0 when w is not one. Ordinals and
// decades stay whole: "1st", "29th", "1990s".
func unitCut(w string) int {
	d := 0
	for d < len(w) && '0' <= w[d] && w[d] <= '9' {
		d++
	}
	if d == len(w) {
		return 0
	}
	for i := d; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || ascii[w[i]]&cLetter == 0 {
			return 0
		}
	}
	switch u := w[d:]; {
	case equalFold(u, "s"), equalFold(u, "st"), equalFold(u, "nd"), equalFold(u, "rd"), equalFold(u, "th"):
		return 0
	}
	return d
}

// joinDot reports whether the dot at i is inside a word, as in "3.5", "U.S",
// "e.g" or "example.com", rather than after it.
func (s *scanner) joinDot(i int) bool {
	if s.wordRune(i+1) == 0 {
		return false
	}
	prevDigit, nextDigit := s.is(i-1, cDigit), s.is(i+1, cDigit)
	if prevDigit {
		// 3.5, 192.168.0.1, but a file name too: report2.pdf.
		return nextDigit || s.is(i+1, cLower)
	}
	if nextDigit {
		return false
	}
	// "end.The": a sentence run into the next, unless an address follows.
	if s.is(i-1, cLower) && s.is(i+1, cUpper) && s.is(i+2, cLower) {
		return s.addressAhead(i + 1)
	}
	return true
}

// addressAhead reports whether an @ comes before the next space, as in the
// e-mail address First.Last@example.com.
func (s *scanner) addressAhead(i int) bool {
	t := s.text
	for ; i < len(t) && t[i] < utf8.RuneSelf && ascii[t[i]]&cURL != 0; i++ {
		if t[i] == '@' {
			return true
		}
	}
	return false
}

// url scans a URL or e-mail address that starts at start; at is where it was
// recognised ("://", "@" or "www."). Trailing punctuation is left out, and a
// closing bracket is kept only when the address opened one.
func (s *scanner) url(start, at int) (int, kind) {
	t := s.text
	i := at
	for i < len(t) && t[i] < utf8.RuneSelf && ascii[t[i]]&cURL != 0 {
		i++
	}
	for i > at {
		switch t[i-1] {
		case '.', ',', ';', ':', '!', '?':
			i--
			continue
		case ')':
			if count(t[start:i], '(') < count(t[start:i], ')') {
				i--
				continue
			}
		case ']':
			if count(t[start:i], '[') < count(t[start:i], ']') {
				i--
				continue
			}
		}
		break
	}
	if i <= at+1 {
		return at, kindWord
	}
	return i, kindWord
}

func count(t string, c byte) int {
	k := 0
	for i := 0; i < len(t); i++ {
		if t[i] == c {
			k++
		}
	}
	return k
}

func isWWW(w string) bool {
	return (w[0]|0x20) == 'w' && (w[1]|0x20) == 'w' && (w[2]|0x20) == 'w'
}

// clitic returns the end of the clitic ('s, ’ll, ...) that starts at i, or i
// if there is none.
func (s *scanner) clitic(i int) int {
	a := s.apostrophe(i)
	if a == 0 {
		return i
	}
	k := i + a
	for s.is(k, cLetter) {
		k++
	}
	if !isClitic(s.text[i+a:k]) || s.wordRune(k) > 0 {
		return i
	}
	return k
}

// isClitic reports whether w, the letters after an apostrophe, is a clitic
// the Penn Treebank splits off: 's 'm 'd 'll 're 've.
func isClitic(w string) bool {
	switch len(w) {
	case 1:
		c := w[0] | 0x20
		return c == 's' || c == 'm' || c == 'd'
	case 2:
		return equalFold(w, "ll") || equalFold(w, "re") || equalFold(w, "ve")
	}
	return false
}

// equalFold reports whether w equals the lower-case ASCII word lower, ignoring
// ASCII case.
func equalFold(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
