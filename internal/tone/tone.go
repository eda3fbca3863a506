// Package tone measures how positive or negative a text reads, the way
// GDELT reports tone: the share of positive words minus the share of
// negative words, in percent of all words, so that the scale runs from −100
// (every word negative) to +100 (every word positive); news mostly falls
// between −10 and +5.
//
// It runs last in the pipeline: Score reads Document.Tokens, Names and
// Quotes and gives the article's tone and each quote's.
//
// A word is positive or negative when the embedded lexicon, drawn from VADER
// (see gen and NOTICE) with a few news words of Chronicle's own added,
// gives it a valence of at least 1 either way. Words
// inside names are not counted as judging ("Peace Corps", "Justice
// Department"), and a negation among the three words before a word, within
// its clause, turns its polarity round: "not good" counts as negative, "no
// progress" as negative, "never wrong" as positive.
package tone

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

//go:embed lexicon.tsv
var lexiconTSV string

// newsTSV holds Chronicle's own additions: words of news reports the VADER
// lexicon lacks ("productive", "airstrikes", "ceasefire").
//
//go:embed news.tsv
var newsTSV string

var (
	lexOnce sync.Once
	lex     map[string]int8 // word → +1 or −1
)

// lexicon returns the word polarities of the embedded lexicon, reading it
// on first use. It panics on a malformed line, which a test rules out.
func lexicon() map[string]int8 {
	lexOnce.Do(func() {
		m, err := parseLexicon(lexiconTSV)
		if err != nil {
			panic(err)
		}
		extra, err := parseLexicon(newsTSV)
		if err != nil {
			panic(err)
		}
		for w, p := range extra {
			if _, ok := m[w]; !ok {
				m[w] = p
			}
		}
		lex = m
	})
	return lex
}

// parseLexicon reads "word<TAB>valence" lines, "#" lines being comments.
func parseLexicon(s string) (map[string]int8, error) {
	m := make(map[string]int8, 6000)
	sc := bufio.NewScanner(strings.NewReader(s))
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		w, v, ok := strings.Cut(t, "\t")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil || w == "" {
			return nil, &lexiconError{line, t}
		}
		switch {
		case f >= minValence:
			m[w] = 1
		case f <= -minValence:
			m[w] = -1
		}
	}
	return m, sc.Err()
}

// minValence is the smallest VADER valence, either way, of a word that
// counts as judging.
const minValence = 1.0

type lexiconError struct {
	line int
	text string
}

func (e *lexiconError) Error() string {
	return "tone lexicon line " + strconv.Itoa(e.line) + ": want word<TAB>valence, got " + strconv.Quote(e.text)
}

// negators turn round the polarity of a word among the three after them.
var negators = map[string]bool{
	"not": true, "n't": true, "no": true, "never": true, "nor": true, "neither": true, "without": true,
	"cannot": true, "nothing": true, "none": true, "nobody": true, "hardly": true, "barely": true,
	"don't": true, "doesn't": true, "didn't": true, "isn't": true, "wasn't": true, "aren't": true,
	"weren't": true, "won't": true, "wouldn't": true, "can't": true, "couldn't": true, "shouldn't": true,
}

// negationReach is how many words after a negator it turns round.
const negationReach = 3

// Score returns the tone of d's whole text and sets the Tone of each of
// d.Quotes to the tone of the quote's own words (a partial quote's quoted
// phrase, an indirect quote's clause); a quote without words keeps a nil
// Tone. It reads d.Tokens, or tokenizes the text itself when they are
// missing, and skips the words inside d.Names. It never fails; an empty
// text has tone 0.
func Score(d *chronicle.Document) *chronicle.Tone {
	if d == nil || d.Article == nil {
		return &chronicle.Tone{}
	}
	toks := d.Tokens
	if len(toks) == 0 {
		toks = scan(d.Article.Text)
	}
	pol, words := polarities(d.Article.Text, toks, d.Names)
	t := sum(pol, words, 0, len(toks))
	for i := range d.Quotes {
		q := &d.Quotes[i]
		from, to := tokenRange(toks, q.Span)
		if hasWord(words, from, to) {
			v := sum(pol, words, from, to).Score
			q.Tone = &v
		}
	}
	return &t
}

// polarities returns, for each token, +1, −1 or 0, and whether it is a word.
func polarities(text string, toks []chronicle.Token, names []chronicle.Name) ([]int8, []bool) {
	lx := lexicon()
	pol := make([]int8, len(toks))
	words := make([]bool, len(toks))
	var buf []byte
	negated := 0 // words left that a negator before them turns round
	n := 0       // next name
	for i, tk := range toks {
		if !tk.Valid(len(text)) {
			continue
		}
		w := text[tk.Start:tk.End]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if clauseBreak(w) {
				negated = 0
			}
			continue
		}
		words[i] = true
		buf = lower(buf[:0], w)
		neg := negators[string(buf)]
		if neg {
			negated = negationReach + 1
		}
		if negated > 0 {
			negated--
		}
		for n < len(names) && names[n].End <= tk.Start {
			n++
		}
		if n < len(names) && names[n].Start <= tk.Start {
			continue // inside a name
		}
		p := lx[string(buf)]
		if p != 0 && negated > 0 && !neg {
			p = -p
		}
		pol[i] = p
	}
	return pol, words
}

// clauseBreak reports whether punctuation w ends the reach of a negation.
func clauseBreak(w string) bool {
	switch w {
	case ".", ",", ";", ":", "!", "?", "—", "–", "(", ")":
		return true
	}
	return false
}

// lower appends w lower-cased, with typographic apostrophes straight, to b.
func lower(b []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r == '’' || r == '‘':
			r = '\''
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		default:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// sum returns the tone of tokens [from, to).
func sum(pol []int8, words []bool, from, to int) chronicle.Tone {
	var t chronicle.Tone
	n := 0
	for i := from; i < to; i++ {
		if !words[i] {
			continue
		}
		n++
		switch pol[i] {
		case 1:
			t.Positive++
		case -1:
			t.Negative++
		}
	}
	if n > 0 {
		t.Score = 100 * float64(t.Positive-t.Negative) / float64(n)
	}
	return t
}

func hasWord(words []bool, from, to int) bool {
	for i := from; i < to; i++ {
		if words[i] {
			return true
		}
	}
	return false
}

// scan cuts text into tokens when no tokenizer has run: runs of letters
// and digits with inner apostrophes, and single other characters.
func scan(text string) []chronicle.Token {
	var toks []chronicle.Token
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r, m := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					j += m
					continue
				}
				if next, _ := utf8.DecodeRuneInString(text[j+m:]); (r == '\'' || r == '’') && unicode.IsLetter(next) {
					j += m // "don't", "Zelenskyy’s"
					continue
				}
				break
			}
			toks = append(toks, chronicle.Token{Span: chronicle.Span{Start: i, End: j}})
			i = j
		default:
			toks = append(toks, chronicle.Token{Span: chronicle.Span{Start: i, End: i + n}})
			i += n
		}
	}
	return toks
}

// tokenRange returns the range of the tokens that lie inside s.
func tokenRange(toks []chronicle.Token, s chronicle.Span) (int, int) {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].Start < s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	to := lo
	for to < len(toks) && toks[to].End <= s.End {
		to++
	}
	return lo, to
}
