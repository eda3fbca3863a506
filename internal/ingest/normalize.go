package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"chronicle"
)

// maxTitleBytes bounds a title taken from the first line of a text.
const maxTitleBytes = 200

// Normalize returns text in the form every Span refers to:
//
//   - invalid UTF-8 sequences become U+FFFD (the readers report them as
//     errors before they get here, so this only matters to other callers);
//   - byte order marks (U+FEFF) are removed wherever they stand;
//   - "\r\n" and lone "\r" become "\n";
//   - vertical tab and form feed become a space; every other control
//     character (C0, DEL, C1) except "\n" and "\t" is removed;
//   - the result is in Unicode normalization form NFC;
//   - white space at both ends is trimmed.
//
// Normalize is idempotent: Normalize(Normalize(s)) == Normalize(s).
func Normalize(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if needsCleaning(text) {
		var b strings.Builder
		b.Grow(len(text))
		for i, r := range text {
			switch {
			case r == '\r':
				if !strings.HasPrefix(text[i+1:], "\n") {
					b.WriteByte('\n')
				}
			case r == '\v' || r == '\f':
				b.WriteByte(' ')
			case r == '\n' || r == '\t':
				b.WriteRune(r)
			case r == '\uFEFF' || unicode.IsControl(r):
				// dropped
			default:
				b.WriteRune(r)
			}
		}
		text = b.String()
	}
	text = norm.NFC.String(text)
	return strings.TrimSpace(text)
}

// needsCleaning reports whether text holds a character Normalize removes or
// replaces, so that the common clean text is not copied.
func needsCleaning(text string) bool {
	for _, r := range text {
		if r == '\uFEFF' || (unicode.IsControl(r) && r != '\n' && r != '\t') {
			return true
		}
	}
	return false
}

// NewArticle builds an Article from its fields. It normalizes text, and
// normalizes title with its runs of white space collapsed to one space; an
// empty title is replaced by the first non-empty line of the text, cut to at
// most 200 bytes at a word boundary. The ID is chronicle.IDOf of the
// normalized text. Source and url are trimmed of surrounding white space.
func NewArticle(date chronicle.Day, title, text, source, url string) *chronicle.Article {
	text = Normalize(text)
	title = collapse(Normalize(title))
	if title == "" {
		title = firstLineTitle(text)
	}
	return &chronicle.Article{
		ID:     chronicle.IDOf(text),
		Date:   date,
		Title:  title,
		Source: strings.TrimSpace(source),
		URL:    strings.TrimSpace(url),
		Text:   text,
	}
}

// collapse joins the words of s with single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// firstLineTitle returns the first non-empty line of text, its white space
// collapsed, cut to at most maxTitleBytes at a word boundary when it can be.
func firstLineTitle(text string) string {
	for line := range strings.Lines(text) {
		if t := collapse(line); t != "" {
			return cut(t, maxTitleBytes)
		}
	}
	return ""
}

// cut shortens s to at most n bytes, at the last space when there is one,
// else at a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n+1], ' '); i > 0 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
