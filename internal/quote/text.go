package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// A tok is one token of the text as the extractor sees it.
type tok struct {
	chronicle.Span
	word   bool   // begins with a letter or digit ("n't" and "’s" count as words)
	upper  bool   // begins with an upper-case letter
	lower  string // the token lower-cased, with ’ folded to '
	tag    string // Penn Treebank tag, when the tagger has run
	region int    // index of the quoted region holding the token, -1 outside
	lex    lexEntry
}

// tokens returns the tokens of d: d.Tokens when the tokenizer has run, else
// a simple scan of the text of its own.
func tokens(d *chronicle.Document) []tok {
	text := d.Article.Text
	if len(d.Tokens) > 0 {
		ts := make([]tok, 0, len(d.Tokens))
		for _, t := range d.Tokens {
			if !t.Valid(len(text)) || t.Len() == 0 {
				continue
			}
			ts = append(ts, newTok(text, t.Span, t.Tag))
		}
		return ts
	}
	return scan(text)
}

func newTok(text string, s chronicle.Span, tag string) tok {
	w := text[s.Start:s.End]
	r, _ := utf8.DecodeRuneInString(w)
	t := tok{Span: s, tag: tag, region: -1, lower: fold(w)}
	t.word = unicode.IsLetter(r) || unicode.IsDigit(r) || t.lower == "'s" || t.lower == "'"
	t.upper = unicode.IsUpper(r)
	t.lex = lexicon[t.lower]
	return t
}

// fold lower-cases w and turns typographic apostrophes into straight ones,
// allocating only when it changes something.
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w
}

// scan cuts text into words and punctuation marks when no tokenizer has
// run: a word is a run of letters and digits, with inner apostrophes,
// hyphens and full stops ("don’t", "15-minute", "U.S.") and the full stop of
// a known abbreviation or an initial.
func scan(text string) []tok {
	ts := make([]tok, 0, len(text)/5+8)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r, m := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
					j += m
					continue
				}
				if r == '\'' || r == '’' || r == '-' || r == '.' {
					if k := j + m; k < len(text) {
						if r2, _ := utf8.DecodeRuneInString(text[k:]); unicode.IsLetter(r2) || unicode.IsDigit(r2) {
							j = k
							continue
						}
					}
				}
				break
			}
			if j < len(text) && text[j] == '.' && abbreviation(text[i:j]) {
				j++
			}
			ts = append(ts, newTok(text, chronicle.Span{Start: i, End: j}, ""))
			i = j
		default:
			ts = append(ts, newTok(text, chronicle.Span{Start: i, End: i + n}, ""))
			i += n
		}
	}
	return ts
}

// abbreviations are words that take a full stop without ending a sentence.
var abbreviations = set("mr mrs ms dr gov sen rep gen lt col sgt capt cmdr adm prof rev st jr sr inc corp co ltd " +
	"jan feb mar apr aug sept sep oct nov dec no vs pres supt det insp u.s u.k u.n d.c e.g i.e")

func abbreviation(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial: "J. D. Vance"
	}
	return abbreviations[fold(w)]
}

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// sentences returns the sentence spans of d: d.Sentences when the tokenizer
// has run, else boundaries of its own over ts.
func sentences(d *chronicle.Document, ts []tok) []chronicle.Span {
	text := d.Article.Text
	if len(d.Sentences) > 0 {
		ss := make([]chronicle.Span, 0, len(d.Sentences))
		for _, s := range d.Sentences {
			if s.Valid(len(text)) {
				ss = append(ss, s)
			}
		}
		return ss
	}
	var ss []chronicle.Span
	start := -1
	for i, t := range ts {
		if start < 0 {
			start = t.Start
		}
		end := false
		if i+1 == len(ts) {
			end = true
		} else if strings.Contains(text[t.End:ts[i+1].Start], "\n") {
			end = true
		} else if c := text[t.Start]; (c == '.' || c == '!' || c == '?') && t.Len() == 1 {
			next := ts[i+1]
			nr, _ := utf8.DecodeRuneInString(text[next.Start:])
			end = next.Start > t.End && (next.upper || unicode.IsDigit(nr) || isOpening(nr) || nr == '"')
		} else if isClosing(firstRune(text, t)) && i > 0 && endsSentence(text, ts[i-1]) {
			next := ts[i+1]
			end = next.Start > t.End && next.upper
		}
		if end {
			ss = append(ss, chronicle.Span{Start: start, End: t.End})
			start = -1
		}
	}
	return ss
}

func endsSentence(text string, t tok) bool {
	c := text[t.Start]
	return t.Len() == 1 && (c == '.' || c == '!' || c == '?')
}

func firstRune(text string, t tok) rune {
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	return r
}
