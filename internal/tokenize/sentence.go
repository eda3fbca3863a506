package tokenize

import (
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// A splitter decides, token by token, where sentences end. It looks at each
// token once, with the white space before it, and keeps only what the last
// tokens were.
//
// A sentence ends after . ! ? … (and any closing quotes or brackets written
// right after them) when white space and a sentence start follow: an
// upper-case letter, a digit, an opening quote or bracket. After an
// abbreviation the next word must be a common sentence starter ("in the U.S.
// The next day"; but "the U.N. \"will act\"" goes on), after titles and initials it never ends ("Dr. Smith",
// "J. D. Vance"). A blank line always ends a sentence; a single line break ends
// one when the line has no final punctuation, does not end in a comma, colon,
// semicolon or dash, and the next line starts a sentence (headlines,
// datelines).
type splitter struct {
	text    string
	started bool
	start   int  // where the current sentence starts
	end     int  // where the last token ends
	prev    kind // kind of the last token
	// stop is the kind of the sentence-final mark or abbreviation the
	// sentence may end with, when only closing quotes and brackets have
	// followed it; kindWord when there is none.
	stop kind
	last chronicle.Span // the sentence add just closed
}

// add takes the next token and reports whether it begins a new sentence; if
// so, the sentence before it is in sp.last.
func (sp *splitter) add(start, end int, k kind) bool {
	if !sp.started {
		sp.started = true
		sp.start = start
		sp.took(end, k)
		return false
	}
	gap := sp.text[sp.end:start]
	lines := lineBreaks(gap)
	boundary := false
	switch {
	case lines >= 2:
		boundary = true
	case sp.stop != kindWord && len(gap) == 0 && (k == kindClose || k == kindQuote):
		// A closing quote or bracket after the stop: the sentence goes on to
		// include it, and may still end after it.
		sp.end, sp.prev = end, k
		return false
	case sp.stop != kindWord && len(gap) > 0:
		boundary = sp.ends(start, end, k)
	case lines == 1 && sp.stop == kindWord && sp.prev != kindPause:
		boundary = sp.begins(start, k)
	}
	if boundary {
		sp.last = chronicle.Span{Start: sp.start, End: sp.end}
		sp.start = start
	}
	sp.took(end, k)
	return boundary
}

// took records the token ending at end as the last one.
func (sp *splitter) took(end int, k kind) {
	sp.end, sp.prev = end, k
	switch k {
	case kindStop, kindAbbrev, kindTitle, kindLoose:
		sp.stop = k
	default:
		sp.stop = kindWord
	}
}

// finish returns the last sentence.
func (sp *splitter) finish() chronicle.Span {
	return chronicle.Span{Start: sp.start, End: sp.end}
}

// ends reports whether the token at [start, end) of kind k, after white space,
// starts a new sentence given the stop that came before it.
func (sp *splitter) ends(start, end int, k kind) bool {
	switch sp.stop {
	case kindStop:
		return sp.begins(start, k)
	case kindLoose:
		return sp.begins(start, k) && !sp.is(start, cDigit)
	case kindAbbrev:
		return starters[sp.text[start:end]]
	}
	return false
}

// begins reports whether a token of kind k at start can begin a sentence:
// an opening quote or bracket, a word starting with an upper-case letter or a
// digit, or a currency sign.
func (sp *splitter) begins(start int, k kind) bool {
	switch k {
	case kindOpen, kindQuote:
		return true
	case kindPause, kindStop, kindClose:
		return false
	}
	c := sp.text[start]
	if c < utf8.RuneSelf {
		return ascii[c]&(cUpper|cDigit) != 0 || c == '$'
	}
	r, _ := utf8.DecodeRuneInString(sp.text[start:])
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r) || r == '£' || r == '€'
}

func (sp *splitter) is(i int, class uint8) bool {
	return i < len(sp.text) && sp.text[i] < utf8.RuneSelf && ascii[sp.text[i]]&class != 0
}

// lineBreaks counts the line breaks in the white space gap: \n, \r\n or a
// lone \r, NEL and LINE SEPARATOR count one; PARAGRAPH SEPARATOR counts two.
func lineBreaks(gap string) int {
	n := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			n++
		case '\r':
			if i+1 == len(gap) || gap[i+1] != '\n' {
				n++
			}
		case 0x85:
			if i > 0 && gap[i-1] == 0xC2 {
				n++
			}
		case 0xA8:
			if i > 1 && gap[i-2] == 0xE2 && gap[i-1] == 0x80 {
				n++
			}
		case 0xA9:
			if i > 1 && gap[i-2] == 0xE2 && gap[i-1] == 0x80 {
				n += 2
			}
		}
	}
	return n
}
