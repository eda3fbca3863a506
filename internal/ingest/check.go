package ingest

import (
	"bytes"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// checkText reports why data cannot be read as text, or nil: NUL bytes or a
// large share of control bytes mean binary data; otherwise the first invalid
// UTF-8 sequence is named by its line (returned) and byte offset.
func checkText(data []byte) (line int, err error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return 0, invalidf("binary data (a NUL byte at byte %d), not text", i)
	}
	if looksBinary(data) {
		return 0, invalidf("binary data (mostly control or invalid bytes), not text")
	}
	if utf8.Valid(data) {
		return 0, nil
	}
	off := invalidAt(data)
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	return line, invalidf("invalid UTF-8 at byte %d (byte %#02x); is it Latin-1 or Windows-1252? convert it to UTF-8", off, data[off])
}

// invalidAt returns the offset of the first invalid UTF-8 sequence in b,
// or len(b) when there is none.
func invalidAt(b []byte) int {
	off := 0
	for off < len(b) {
		r, size := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	return off
}

// looksBinary reports whether more than a tenth of the first 8 KiB of data
// is control bytes other than white space, or invalid UTF-8.
func looksBinary(data []byte) bool {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	bad, n := 0, 0
	for len(data) > 0 {
		if !utf8.FullRune(data) {
			break // a rune cut by the window; checkText sees a real one
		}
		r, size := utf8.DecodeRune(data)
		data = data[size:]
		n++
		switch {
		case r == utf8.RuneError && size <= 1:
			bad++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v', r == 0x7f:
			bad++
		}
	}
	return n > 0 && bad*10 > n
}

// parseDate reads a publication date: YYYY-MM-DD, or an RFC 3339 time whose
// own calendar day is taken. Leading and trailing white space is ignored; ""
// gives the zero Day. Anything else matches chronicle.ErrInvalid.
func parseDate(s string) (chronicle.Day, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return chronicle.Day{}, nil
	}
	if len(s) == len(chronicle.DayLayout) {
		if d, err := chronicle.ParseDay(s); err == nil {
			return d, nil
		}
	} else if t, err := time.Parse(time.RFC3339, s); err == nil {
		return chronicle.DayOf(t), nil
	} else if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if d, err := chronicle.ParseDay(s[:10]); err == nil {
			return d, nil
		}
	}
	return chronicle.Day{}, invalidf("bad date %q: want YYYY-MM-DD", s)
}

// englishWord reports whether w, in lower case, is a frequent English
// function word. Words that are also common in other languages written in
// Latin letters ("a", "in", "on", "no", "as", "was", "is", "i") are left out.
// Running English prose has about a third of its words in this set; French,
// German, Spanish, Italian, Portuguese and Dutch have almost none.
func englishWord(w string) bool {
	switch w {
	case "the", "of", "and", "to", "that", "for", "it", "with", "by", "she", "at", "from",
		"be", "are", "has", "have", "had", "not", "this", "his", "her", "but", "they", "were",
		"which", "or", "been", "its", "who", "would", "their", "there", "than", "after",
		"about", "when", "what", "more", "into", "said", "says", "we", "our", "you", "can",
		"could", "should", "may", "one", "all", "new", "two":
		return true
	}
	return false
}

// wordSet returns the set of the words of s.
func wordSet(s string) map[string]bool {
	set := make(map[string]bool)
	for w := range strings.FieldsSeq(s) {
		set[w] = true
	}
	return set
}

// notEnglish reports whether text does not look like English: most of its
// letters are not Latin, or, with at least 20 words, fewer than one word in
// 25 is a common English function word. Only the first 300 words count.
func notEnglish(text string) bool {
	latin, other := 0, 0
	words, common := 0, 0
	start := -1 // start of the current word, -1 between words
	for i, r := range text {
		letter := r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')
		if !letter && r >= utf8.RuneSelf && unicode.IsLetter(r) {
			letter = true
			if !unicode.Is(unicode.Latin, r) {
				other++
				latin--
			}
		}
		if letter {
			latin++
			if start < 0 {
				start = i
			}
			continue
		}
		if r == '\'' && start >= 0 {
			continue // within a word: "don't", "O'Neill"
		}
		if start >= 0 {
			w := strings.TrimRight(text[start:i], "'")
			words++
			if len(w) <= maxEnglishWord && englishWord(lower(w)) {
				common++
			}
			start = -1
			if words == 300 {
				break
			}
		}
	}
	if start >= 0 {
		words++
		if w := text[start:]; len(w) <= maxEnglishWord && englishWord(lower(w)) {
			common++
		}
	}
	if other > latin {
		return true
	}
	return words >= 20 && common*25 < words
}

// maxEnglishWord is the length of the longest word englishWord knows.
const maxEnglishWord = 6

// lower returns s in lower case, without copying when it is lower case
// already.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}
