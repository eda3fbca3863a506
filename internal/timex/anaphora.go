package timex

import (
	"chronicle"
)

// reference tracks what anaphoric expressions point at: the last year, day
// and quarter named, and whether the period last named was a run of months
// ("the first nine months"), which makes "a year earlier" a year rather
// than a quarter.
type reference struct {
	// year is the last year named in a date ("1998"), "" before any.
	year string
	// months is the last run of months named ("P9M") when it came after
	// the last quarter, "" otherwise.
	months string
	// date is the last date named, of any precision ("1995-05-22", "1989-04").
	date string
	// quarter is the last quarter named ("1988-Q2"), the reference of "that
	// quarter"; it need not be the quarter the story reports on.
	quarter string
}

// following reads the unit after "the following" at u: "the following
// year" is the year after the last one named, "the following month" the
// month after the last month named, "the following day" the day after the
// last day named.
func (f *finder) following(u int) (match, bool) {
	t := f.at(u)
	v := f.ref.date
	if t.class != clUnit || v == "" {
		return match{}, false
	}
	switch {
	case t.val == uYear:
		return match{end: u + 1, typ: chronicle.DateTimex, val: shiftValue(v[:4], 1), noref: true}, true
	case t.val == uMonth && len(v) >= 7 && isDigit(v[5]):
		y, m := atoi(v[:4]), atoi(v[5:7])+1
		if m > 12 {
			y, m = y+1, 1
		}
		return match{end: u + 1, typ: chronicle.DateTimex, val: monthValue(y, m), noref: true}, true
	case t.val == uDay && len(v) == 10:
		return match{end: u + 1, typ: chronicle.DateTimex, val: dayValue(mustDay(v).AddDate(0, 0, 1)), noref: true}, true
	}
	return match{}, false
}

// theYear reads the year, the week or a fiscal year named from the
// publication day: "for the year" (the anchor's year), "the full year",
// "the current fiscal year", "the latest fiscal year" (the one before),
// "the year ended June 30" (a year-long DURATION), "the week" (the week of
// the day last named), "the week of March 6".
func (f *finder) theYear(i int) (match, bool) {
	j := i + 1
	current, latest := false, false
	for {
		switch {
		case f.word(j, "full"):
		case f.at(j).class == clFiscal:
		case f.at(j).class == clCurrent:
			current = true
		case f.at(j).class == clLatest:
			latest = true
		default:
			goto unit
		}
		j++
	}
unit:
	u := f.at(j)
	if u.class != clUnit || u.upper {
		return match{}, false
	}
	end := j + 1
	n := f.at(end)
	switch {
	case f.hyphen(end), n.class == clApos, n.class == clAgo, n.class == clEarlier, n.class == clLater,
		f.word(end, "before"), f.word(end, "after"), n.kind == kindNum:
		return match{}, false // "the year-earlier quarter", "the year's end", "the year before", "the year 2000"
	}
	switch u.val {
	case uYear:
		if f.word(end, "ended") || f.word(end, "ending") || f.word(end, "that") && f.word(end+1, "ended") {
			return match{end: end, typ: chronicle.DurationTimex, val: "P1Y"}, true
		}
		if f.at(end).class == clOf {
			if y, e, ok := f.yearAt(end+1, false); ok {
				return f.date(e, yearValue(y)), true // the fiscal year of 2006
			}
		}
		if f.at(end).class == clOf && !f.punct(end+1, '$') && f.at(end+1).kind != kindNum || f.word(end, "in") || f.word(end, "when") || f.word(end, "since") {
			return match{}, false // "the year of the dragon", "the year in which"; not "a peak for the year of $30"
		}
		if latest {
			return f.date(end, f.c.at(-1, uYear)), true
		}
		return f.date(end, f.c.at(0, uYear)), true
	case uWeek:
		if current || latest {
			return match{}, false
		}
		// the week of March 6
		if f.at(end).class == clOf {
			if m, ok := f.core(end + 1); ok && m.knownDay() {
				return f.date(m.end, weekValue(mustDay(m.val))), true
			}
			return match{}, false
		}
		ref := f.refClock()
		return f.date(end, ref.at(0, uWeek)), true
	}
	return match{}, false
}

// that reads expressions that point back at a time already named: "that
// year", "that day", "that same day", "the same day", "that quarter".
func (f *finder) that(i int) (match, bool) {
	j := i + 1
	if f.at(j).class == clSame {
		j++
	} else if f.at(i).class == clThe {
		return f.dayInApposition(i) // "the day" alone is too often no time at all
	}
	u := f.at(j)
	if u.class != clUnit {
		return match{}, false
	}
	end := j + 1
	if f.word(end, "before") || f.word(end, "after") || f.hyphen(end) {
		return match{}, false
	}
	switch u.val {
	case uYear:
		if f.ref.year == "" {
			return match{}, false
		}
		return match{end: end, typ: chronicle.DateTimex, val: f.ref.year, noref: true}, true
	case uDay:
		if v := f.ref.date; len(v) == 7 && isDigit(v[5]) && f.at(i).class == clThat && j == i+2 {
			// a month named last: "struck from the list in March, and
			// the office closed that same day" is a day of that month;
			// "the same day" and "that day" are more often a day named
			// before it or none
			return match{end: end, typ: chronicle.DateTimex, val: v + "-XX", noref: true}, true
		}
		if f.lastDay == "" {
			return match{}, false
		}
		return match{end: end, typ: chronicle.DateTimex, val: f.lastDay, noref: true}, true
	case uQuarter:
		if f.ref.quarter == "" {
			return match{}, false
		}
		return match{end: end, typ: chronicle.DateTimex, val: f.ref.quarter, noref: true}, true
	}
	return match{}, false
}

// dayInApposition reads "the day" at token i right after a day and a
// comma, where it names that day again: "after Oct. 12, the day before the
// plunge"; not "April 18, the Day of the Army", a name.
func (f *finder) dayInApposition(i int) (match, bool) {
	if !f.word(i+1, "day") || f.at(i+1).upper || !f.punct(i-1, ',') || len(f.found) == 0 || f.hyphen(i+2) {
		return match{}, false
	}
	last := f.found[len(f.found)-1]
	if last.end != i-1 || !last.knownDay() {
		return match{}, false
	}
	return match{end: i + 2, typ: chronicle.DateTimex, val: last.val, noref: true}, true
}

// countedDay reads "the second day" of something said to be a day already
// named, or the publication day: "today is the eighth day of the blockade",
// "it's the second day of the offensive", "Friday was the third day of the
// strike".
func (f *finder) countedDay(i int) (match, bool) {
	if f.at(i+1).class != clOrdinal && !f.word(i+1, "second") || !f.word(i+2, "day") || f.at(i+2).upper || f.hyphen(i+3) {
		return match{}, false
	}
	k := i - 1 // the verb: is, 's, was
	present := f.word(k, "is") || f.word(k, "s") && f.at(k-1).class == clApos
	if !present && !f.word(k, "was") {
		return match{}, false
	}
	subject := k - 1
	if f.word(k, "s") {
		subject = k - 2
	}
	if n := len(f.found); n > 0 && f.found[n-1].end == subject+1 && f.found[n-1].knownDay() {
		return f.date(i+3, f.found[n-1].val), true
	}
	if present && f.word(subject, "it") && f.c.known {
		return f.date(i+3, f.c.at(0, uDay)), true
	}
	return match{}, false
}

// judgedDay reads "a great day" said of a day: "it was a great day for
// Poland" is the day last named, "this is a historic day" the day it is
// said on (a day named in the sentence, or the publication day).
func (f *finder) judgedDay(i int) (match, bool) {
	adj, day := f.at(i+1), i+2
	if adj.kind != kindWord || adj.class != clNone || adj.upper || !f.word(day, "day") || f.hyphen(day+1) {
		return match{}, false
	}
	k := i - 1
	if f.punct(k, '"') || f.punct(k, '`') || f.punct(k, '\'') && !f.word(k-1, "s") {
		k-- // it was "a great day"
		for f.punct(k, '`') || f.punct(k, '\'') {
			k--
		}
	}
	past := f.word(k, "was")
	if !past && !f.word(k, "is") && !(f.word(k, "s") && f.at(k-1).class == clApos) {
		return match{}, false
	}
	subject := k - 1
	if f.word(k, "s") {
		subject = k - 2
	}
	if !f.word(subject, "it") && !f.word(subject, "this") {
		return match{}, false
	}
	if past {
		if f.lastDay == "" {
			return match{}, false
		}
		return match{end: day + 1, typ: chronicle.DateTimex, val: f.lastDay, noref: true}, true
	}
	if n := len(f.found); n > 0 && f.found[n-1].knownDay() && f.toks[f.found[n-1].start].sentence == f.toks[i].sentence {
		return match{end: day + 1, typ: chronicle.DateTimex, val: f.found[n-1].val, noref: true}, true
	}
	if !f.c.known {
		return match{}, false
	}
	return match{end: day + 1, typ: chronicle.DateTimex, val: f.c.at(0, uDay), noref: true}, true
}

// dayBeside reads "the day before" or "the day after" a date: "the day
// before last Tuesday" is the Monday before it.
func (f *finder) dayBeside(i int) (match, bool) {
	if !f.word(i+1, "day") || !f.word(i+2, "before") && !f.word(i+2, "after") {
		return match{}, false
	}
	m, ok := f.core(i + 3)
	if !ok || !m.knownDay() {
		return match{}, false
	}
	n := 1
	if f.word(i+2, "before") {
		n = -1
	}
	return f.date(m.end, dayValue(mustDay(m.val).AddDate(0, 0, n))), true
}

// yearEnd reads the end of the year after a preposition: "by year-end",
// "by year end", "by year's end", "since year-end" (the one before). The
// value is the year; "year-end results" is no time.
func (f *finder) yearEnd(i int) (match, bool) {
	t := f.at(i)
	if t.class != clUnit || t.val != uYear || t.upper {
		return match{}, false
	}
	k := i + 1
	switch {
	case f.hyphen(k):
		k++
	case f.at(k).class == clApos && f.word(k+1, "s"):
		k += 2
	case f.hyphen(k - 1):
		return match{}, false
	}
	if f.at(k).class != clEnd || !f.word(k, "end") || f.nounAfter(k) || f.hyphen(k+1) {
		return match{}, false
	}
	p := i - 1
	if f.at(p).class == clApprox {
		p--
	}
	switch {
	case f.word(p, "since"):
		return f.date(k+1, f.c.at(-1, uYear)), true
	case f.word(p, "by") || f.word(p, "until") || f.word(p, "before") || f.at(p).class == clAt || f.at(i-1).class == clApprox:
		return f.date(k+1, f.c.at(0, uYear)), true
	}
	return match{}, false
}

// vague reads set phrases with a vague value: "these days", "this moment",
// "this difficult moment" (PRESENT_REF), "the near term", "the short term",
// "a later date" (FUTURE_REF); "for a while", "for some time" (a stretch of
// unknown length).
func (f *finder) vague(i int) (match, bool) {
	switch {
	case f.word(i, "these") && f.word(i+1, "days"):
		return f.date(i+2, "PRESENT_REF"), true
	case f.at(i).class == clThe && (f.word(i+1, "near") || f.word(i+1, "short") || f.word(i+1, "long")) && f.word(i+2, "term") && !f.hyphen(i+2):
		return f.date(i+3, "FUTURE_REF"), true
	case f.at(i).class == clA && (f.word(i+1, "later") || f.at(i+1).class == clFuture) && f.word(i+2, "date"):
		return f.date(i+3, "FUTURE_REF"), true
	case (f.at(i).class == clA && f.word(i+1, "while") || f.word(i, "some") && f.word(i+1, "time")) && f.word(i-1, "for") && !f.hyphen(i+2):
		// "will live without it for a while", "in the region for some time"
		return match{end: i + 2, typ: chronicle.DurationTimex, val: "PXX"}, true
	case f.at(i).class == clThis && f.word(i+1, "moment"):
		return f.date(i+2, "PRESENT_REF"), true
	case f.at(i).class == clThis && f.nounAfter(i) && f.word(i+2, "moment"):
		return f.date(i+3, "PRESENT_REF"), true // this difficult moment
	}
	return match{}, false
}
