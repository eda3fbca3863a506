package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"chronicle"
)

// The header of a plain text is what stands above its body when an article
// is pasted from a web page or a wire service: a title, a byline, a date.
// headerDate reads the publication date from it, conservatively: a date
// counts only when it stands alone on one of the first lines (with at most
// a label and a time), or right after a wire dateline ("NAIROBI, March 14,
// 2025 (Reuters) -", "WASHINGTON (AP) — Published 2025-03-14"). A date in a
// sentence is never taken.
const (
	// headerLines is how many non-empty lines from the top may hold the date.
	headerLines = 5
	// headerLineBytes is the length past which a line is body text: the
	// header ends there (a dateline at its start still counts).
	headerLineBytes = 100
)

var (
	// dateLabel is a label before a date: "Published", "Updated on",
	// "Last updated:", "Posted", "Date:".
	dateLabel = compiled(`^(?i:(?:first\s+|last\s+)?(published|updated|modified|posted|dated|date)(?:\s+on)?\s*:?\s*)`)

	// isoDate is YYYY-MM-DD or YYYY/MM/DD, perhaps followed by an RFC 3339
	// time ("2025-03-14T09:12:00Z").
	isoDate = compiled(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`)
	// monthDayYear is "March 14, 2025", "Mar. 14 2025", "Friday, March 14th, 2025".
	monthDayYear = compiled(`^(?:(\pL+)\.?,?\s+)?(\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
	// dayMonthYear is "14 March 2025", "14 Mar. 2025", "Fri 14th of March, 2025".
	dayMonthYear = compiled(`^(?:(\pL+)\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\pL+)\.?,?\s+(\d{4})`)

	// clockTime is what may follow a date: a time of day and a zone, after
	// a comma, a dash, "at" or just a space ("| 09:12 GMT", ", 9:12 a.m.
	// ET", "at 14.05 CET", "09:12 +01:00").
	clockTime = compiled(`^\s*(?:[,@–—-]|(?i:at))?\s*` +
		`(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?i:[ap]\.?\s?m\.?))?|\d{1,2}\s*(?i:[ap]\.?m\.?))` +
		`(?:\s*\(?(?:[A-Z]{1,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?`)

	// headerSeparator splits a header line into its parts:
	// "14 March 2025 | 09:12 GMT", "Published March 14, 2025 · Updated March 15, 2025".
	headerSeparator = compiled(`\s*[|·•]\s*`)

	// dateline is the start of a wire story before its labelled date:
	// a place in capitals, perhaps a region, perhaps the agency, a dash or
	// a colon ("WASHINGTON (AP) — ", "LISBON, Portugal: "). Each part has
	// a length limit, so that a long line is not read to its end.
	dateline = compiled(`^\p{Lu}[\p{Lu}\p{M}.'’ -]{0,40}\p{Lu}\.?(?:,\s*[\pL .'’-]{2,30})?(?:\s*\([^()]{1,30}\))?\s*[-–—:]+\s*`)
	// datedDateline is the place of a dateline followed by a comma, before
	// the date itself ("NAIROBI, March 14, 2025 (Reuters) -").
	datedDateline = compiled(`^\p{Lu}[\p{Lu}\p{M}.'’ -]{0,40}\p{Lu}\.?(?:,\s*[\pL .'’-]{2,30})?,\s*`)
	// datelineEnd is what follows the date of a dated dateline: perhaps
	// the agency, then a dash.
	datelineEnd = compiled(`^\s*(?:\([^()]{1,30}\)\s*)?[-–—]`)
)

// compiled returns a function that compiles expr on its first call: every
// command loads this package, and only reading a plain text needs the
// patterns.
func compiled(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// headerDate returns the publication date that the header of text gives,
// and false when it gives none. A date labelled "Updated" or "Modified"
// counts only when no other date is found.
func headerDate(text string) (chronicle.Day, bool) {
	var updated chronicle.Day
	n := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if n++; n > headerLines {
			break
		}
		d, isUpdate, ok := datelineDate(line)
		if !ok && len(line) <= headerLineBytes {
			d, isUpdate, ok = dateLine(line)
		}
		switch {
		case ok && !isUpdate:
			return d, true
		case ok && updated.IsZero():
			updated = d
		}
		if len(line) > headerLineBytes {
			break
		}
	}
	return updated, !updated.IsZero()
}

// dateLine reads a line that holds nothing but dates and times, in parts
// separated by "|", "·" or "•", each perhaps labelled. It returns the first
// date not labelled as an update, else the first date, and whether that is
// an update; ok is false when some part is not a date or a time, or no part
// is a date.
func dateLine(line string) (d chronicle.Day, isUpdate, ok bool) {
	for part := range strings.SplitSeq(headerSeparator().ReplaceAllString(line, "|"), "|") {
		label, rest := cutLabel(part)
		day, rest, found := leadingDate(rest)
		rest = cutClock(rest)
		if strings.TrimSpace(rest) != "" {
			return chronicle.Day{}, false, false
		}
		if !found || (ok && (!isUpdate || updateLabel(label))) {
			continue
		}
		d, isUpdate, ok = day, updateLabel(label), true
	}
	return d, isUpdate, ok
}

// datelineDate reads the date of a wire dateline at the start of line:
// a labelled date after the place and agency ("WASHINGTON (AP) — Published
// 2025-03-14"), or a full date between the place and the agency
// ("NAIROBI, March 14, 2025 (Reuters) -"). A dateline without a year
// ("NAIROBI, March 14 (Reuters) -") gives no date.
func datelineDate(line string) (d chronicle.Day, isUpdate, ok bool) {
	if m := dateline().FindString(line); m != "" {
		label, rest := cutLabel(line[len(m):])
		if label != "" {
			if d, rest, ok = leadingDate(rest); ok && endsWord(cutClock(rest)) {
				return d, updateLabel(label), true
			}
		}
	}
	if m := datedDateline().FindString(line); m != "" {
		if d, rest, ok := leadingDate(line[len(m):]); ok && datelineEnd().MatchString(rest) {
			return d, false, true
		}
	}
	return chronicle.Day{}, false, false
}

// cutClock removes the time of day (see clockTime) at the start of s, if
// any, and returns the rest.
func cutClock(s string) string {
	return s[len(clockTime().FindString(s)):]
}

// cutLabel removes a date label from the start of s and returns it in
// lower case ("" when there is none) with the rest of s.
func cutLabel(s string) (label, rest string) {
	m := dateLabel().FindStringSubmatch(s)
	if m == nil {
		return "", s
	}
	return strings.ToLower(m[1]), s[len(m[0]):]
}

// updateLabel reports whether label says the date is that of an update.
func updateLabel(label string) bool {
	return label == "updated" || label == "modified"
}

// endsWord reports whether rest, what follows a date, starts at a word
// boundary: it is empty or starts with neither a letter nor a digit.
func endsWord(rest string) bool {
	if rest == "" {
		return true
	}
	c := rest[0]
	return !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// leadingDate reads a calendar date at the start of s: ISO (2025-03-14),
// month first ("March 14, 2025") or day first ("14 March 2025"), with
// month names in full or abbreviated and an optional weekday, which must
// be the date's. It returns the date and the rest of s.
func leadingDate(s string) (d chronicle.Day, rest string, ok bool) {
	if m := isoDate().FindStringSubmatch(s); m != nil {
		month, _ := strconv.Atoi(m[2])
		d, ok = calendarDay(m[1], time.Month(month), m[3], "")
		return d, s[len(m[0]):], ok
	}
	if m := monthDayYear().FindStringSubmatch(s); m != nil {
		if month, found := monthNamed(m[2]); found {
			d, ok = calendarDay(m[4], month, m[3], m[1])
			return d, s[len(m[0]):], ok
		}
	}
	if m := dayMonthYear().FindStringSubmatch(s); m != nil {
		if month, found := monthNamed(m[3]); found {
			d, ok = calendarDay(m[4], month, m[2], m[1])
			return d, s[len(m[0]):], ok
		}
	}
	return chronicle.Day{}, s, false
}

// calendarDay returns the day of year, month and day (digits) when it is a
// real date of the years 1900 to 2100 whose weekday, if named, is weekday.
func calendarDay(year string, month time.Month, day, weekday string) (chronicle.Day, bool) {
	y, _ := strconv.Atoi(year)
	dd, _ := strconv.Atoi(day)
	if y < 1900 || y > 2100 || month < time.January || month > time.December || dd < 1 {
		return chronicle.Day{}, false
	}
	t := time.Date(y, month, dd, 0, 0, 0, 0, time.UTC)
	if t.Month() != month { // 31 April, 29 February 2025
		return chronicle.Day{}, false
	}
	if weekday != "" {
		w, found := weekdayNamed(weekday)
		if !found || w != t.Weekday() {
			return chronicle.Day{}, false
		}
	}
	return chronicle.DayOf(t), true
}

// monthNamed returns the month that name spells in English, in full or
// abbreviated ("Mar", "Sept"), in any case.
func monthNamed(name string) (time.Month, bool) {
	name = strings.ToLower(name)
	if name == "sept" {
		return time.September, true
	}
	for m := time.January; m <= time.December; m++ {
		if spells(name, m.String()) {
			return m, true
		}
	}
	return 0, false
}

// weekdayNamed returns the weekday that name spells in English, in full or
// abbreviated to three letters ("Fri") or to "Tues", "Thur", "Thurs".
func weekdayNamed(name string) (time.Weekday, bool) {
	name = strings.ToLower(name)
	switch name {
	case "tues":
		return time.Tuesday, true
	case "thur", "thurs":
		return time.Thursday, true
	}
	for w := time.Sunday; w <= time.Saturday; w++ {
		if spells(name, w.String()) {
			return w, true
		}
	}
	return 0, false
}

// spells reports whether name, in lower case, is full or its first three
// letters, in any case.
func spells(name, full string) bool {
	full = strings.ToLower(full)
	return name == full || name == full[:3]
}
