package ingest

import (
	"strings"

	"chronicle"
)

// readText reads a dated text (" date YYYY-MM-DD <lede>", a blank line, the
// body) or, without that first line, a plain text dated date, else by the
// date in its header (see headerDate), else undated. In a dated text the
// prefix up to the lede is removed: the lede is the title and the start of
// the text. A dated text whose date is not a real date (2004-13-01) is an
// error.
func readText(data string, date chronicle.Day) (*chronicle.Article, error) {
	data = strings.TrimPrefix(data, "\uFEFF")
	if d, rest, ok := splitDated(data); ok {
		day, err := parseDay(d)
		if err != nil {
			return nil, err
		}
		return NewArticle(day, "", rest, "", ""), nil
	}
	a := NewArticle(date, "", data, "", "")
	if a.Date.IsZero() {
		a.Date, _ = headerDate(a.Text)
	}
	return a, nil
}

// splitDated splits the first line of a dated text into its date and the
// rest of the text from the lede on. It is tolerant of what surrounds the
// word "date" (any case, spaces, tabs, a colon), and reports false unless
// a token shaped like a date (four digits and a hyphen) follows it.
func splitDated(s string) (date, rest string, ok bool) {
	s = strings.TrimLeft(s, " \t")
	if len(s) < 4 || !strings.EqualFold(s[:4], "date") {
		return "", "", false
	}
	t := strings.TrimLeft(s[4:], " \t:")
	if len(t) == len(s)-4 {
		return "", "", false // "dated", "dates": another word
	}
	end := strings.IndexAny(t, " \t\r\n")
	if end < 0 {
		end = len(t)
	}
	date = t[:end]
	if len(date) < 5 || date[4] != '-' || !allDigits(date[:4]) {
		return "", "", false
	}
	return date, strings.TrimLeft(t[end:], " \t"), true
}

// parseDay parses the date of a dated text: YYYY-MM-DD only.
func parseDay(s string) (chronicle.Day, error) {
	d, err := chronicle.ParseDay(s)
	if err != nil {
		return chronicle.Day{}, invalidf("bad date %q: want YYYY-MM-DD", s)
	}
	return d, nil
}

// allDigits reports whether s is ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
