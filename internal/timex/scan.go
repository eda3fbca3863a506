package timex

// A token is one word, number or punctuation mark of the text, with what the
// lexicon knows about it. Tokens are cheap values; the scanner keeps no
// lower-cased copies of the text.
type token struct {
	start, end int
	kind       tokKind
	class      class // lexicon class of a word; none for unknown words
	val        int   // month 1..12, ISO weekday 1..7, unit, number value, …
	num        int   // value of a number token; -1 when it has separators or is too long
	digits     int   // number of digits of a plain number token
	upper      bool  // begins with an upper-case letter
	space      bool  // whitespace separates it from the token before
	pastEd     bool  // a lower-case word ending in "ed", a likely past-tense verb
	dot        bool  // an abbreviation that took its period: "Sept."
	sentence   int   // index of the sentence the token belongs to
}

type tokKind uint8

const (
	kindNone tokKind = iota
	kindWord
	kindNum
	kindPunct
)

// isLetter reports whether c can be part of a word. Bytes of multi-byte
// UTF-8 sequences count as letters, except the general punctuation block
// (U+2000–U+206F, quotes and dashes), which scan handles before asking.
func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// scan splits text into tokens, appending them to toks[:0].
func scan(text string, toks []token) []token {
	toks = toks[:0]
	sentence := 0
	space := true
	newlines := 0
	var buf [24]byte
	for i := 0; i < len(text); {
		c := text[i]
		if isSpace(c) {
			if c == '\n' {
				newlines++
				if newlines == 2 {
					sentence++
				}
			}
			space = true
			i++
			continue
		}
		newlines = 0
		t := token{start: i, space: space, num: -1, sentence: sentence}
		space = false
		switch {
		case isDigit(c):
			j := i
			n, plain := 0, true
			for j < len(text) {
				if isDigit(text[j]) {
					if n < 1e8 {
						n = n*10 + int(text[j]-'0')
					}
					t.digits++
					j++
					continue
				}
				if (text[j] == ',' || text[j] == '.' || text[j] == ':') && j+1 < len(text) && isDigit(text[j+1]) && j > i {
					plain = false
					j++
					continue
				}
				break
			}
			t.end, t.kind = j, kindNum
			if plain && t.digits <= 9 {
				t.num = n
			}
		case c == 0xE2 && i+2 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0x81:
			t.end, t.kind = i+3, kindPunct // general punctuation: ’ “ ” – — …
			if text[i+1] == 0x80 && (text[i+2] == 0x98 || text[i+2] == 0x99) {
				t.class = clApos
			}
		case isLetter(c):
			j := i
			for j < len(text) && (isLetter(text[j]) || isDigit(text[j])) {
				if text[j] == 0xE2 && j+1 < len(text) && text[j+1] >= 0x80 && text[j+1] <= 0x81 {
					break
				}
				j++
			}
			if j == i { // a cut-off punctuation sequence
				t.end, t.kind = i+1, kindPunct
				break
			}
			t.end, t.kind = j, kindWord
			t.upper = 'A' <= c && c <= 'Z'
			n := j - i
			if n <= len(buf) {
				for k := 0; k < n; k++ {
					b := text[i+k]
					if 'A' <= b && b <= 'Z' {
						b += 'a' - 'A'
					}
					buf[k] = b
				}
				w := buf[:n]
				// "a.m.", "p.m."
				if n == 1 && (w[0] == 'a' || w[0] == 'p') && j+1 < len(text) && text[j] == '.' && (text[j+1] == 'm' || text[j+1] == 'M') {
					t.end = j + 2
					if j+2 < len(text) && text[j+2] == '.' {
						t.end = j + 3
					}
					t.class, t.val = clMeridiem, 0
					if w[0] == 'p' {
						t.val = 12
					}
					break
				}
				if e, ok := lexicon[string(w)]; ok {
					t.class, t.val = e.class, e.val
					if e.abbr && j < len(text) && text[j] == '.' {
						t.end, t.dot = j+1, true
					}
				} else if h, ok := dayHolidays[string(w)]; ok && t.upper {
					t.class, t.val = clHoliday, h
				}
				if t.class == clNone && !t.upper && n > 4 && w[n-1] == 'd' && w[n-2] == 'e' {
					t.pastEd = true
				}
			}
		default:
			t.end, t.kind = i+1, kindPunct
			if c >= 0x80 { // a stray continuation byte or an unknown sequence
				t.end = i + 1
			}
			switch c {
			case '\'':
				t.class = clApos
			case '.', '!', '?', ';':
				if c != ';' {
					sentence++
				}
			}
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}
