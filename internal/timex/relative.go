package timex

import (
	"chronicle"
)

// deictic reads words that point at the publication day or vaguely around
// it: "today", "yesterday afternoon", "tonight", "now", "recently".
func (f *finder) deictic(i int) (match, bool) {
	t := f.at(i)
	switch t.class {
	case clToday:
		if p := f.at(i - 1); t.upper && p.kind == kindWord && p.upper && t.start == p.end+1 && f.text[p.end] == ' ' {
			return match{}, false // "USA Today", "The World Today": a name
		}
		return f.withPart(i+1, f.c.at(0, uDay))
	case clYesterday:
		return f.withPart(i+1, f.c.at(-1, uDay))
	case clTomorrow:
		return f.withPart(i+1, f.c.at(1, uDay))
	case clTonight:
		return match{end: i + 1, typ: chronicle.TimeTimex, val: f.c.at(0, uDay) + "TNI", dated: true}, true
	case clOvernight:
		if f.at(i+1).kind == kindWord && f.at(i+1).class == clNone && !f.at(i+1).upper {
			return match{}, false // "overnight rates"
		}
		if f.at(i+1).class == clWeekday {
			// "clashes overnight Saturday": the night of that day
			if m, ok := f.weekdayFrom(i, i+1); ok && m.typ == chronicle.DateTimex && len(m.val) == 10 {
				return match{end: m.end, typ: chronicle.TimeTimex, val: m.val + "TNI", dated: true}, true
			}
		}
		if f.dir(i, i+1) == back {
			// "troops crossed the border overnight": the night before the
			// article's day, as "last night" is
			return match{end: i + 1, typ: chronicle.TimeTimex, val: f.c.at(-1, uDay) + "TNI", dated: true}, true
		}
		return match{end: i + 1, typ: chronicle.TimeTimex, val: f.c.at(0, uDay) + "TNI", dated: true}, true
	case clNow:
		if f.hyphen(i + 1) { // "now-defunct"
			return match{}, false
		}
		return f.date(i+1, "PRESENT_REF"), true
	case clRecently:
		return f.date(i+1, "PAST_REF"), true
	case clCurrent, clRecent:
		// an adjective before a noun: "current prices", "recent talks"
		n := f.at(i + 1)
		if n.kind != kindWord && n.kind != kindNum || n.class != clNone {
			return match{}, false
		}
		if t.class == clCurrent {
			return f.date(i+1, "PRESENT_REF"), true
		}
		return f.date(i+1, "PAST_REF"), true
	case clFuture:
		if f.at(i-1).class == clThe || f.at(i-1).class == clA || f.word(i+1, "s") {
			return match{}, false
		}
		if f.nounAfter(i) {
			return match{}, false // "future payments": an adjective, not a time
		}
		return f.date(i+1, "FUTURE_REF"), true
	case clSoon:
		if f.word(i-1, "as") && f.word(i-2, "as") || f.word(i-1, "too") {
			return match{}, false
		}
		if f.word(i-1, "as") {
			return match{}, false
		}
		if f.word(i+1, "after") || f.word(i+1, "afterward") || f.word(i+1, "afterwards") || f.word(i+1, "thereafter") || f.word(i+1, "before") {
			return match{}, false // "soon after the attack": a signal, not a time
		}
		if n := f.at(i + 1); n.class == clSaid || n.pastEd || f.word(i-1, "was") || f.word(i-1, "were") {
			return match{}, false // "soon turned into a riot", "was soon freed": a story told, no time ahead
		}
		return f.date(i+1, "FUTURE_REF"), true
	}
	return match{}, false
}

// atPresent reads "present" after "at": "at present the council pays
// more", "is at present in talks" (PRESENT_REF), with "day" or "time"
// after it ("at present day").
func (f *finder) atPresent(i int) (match, bool) {
	if !f.word(i, "present") || !f.word(i-1, "at") {
		return match{}, false
	}
	if f.word(i+1, "day") || f.word(i+1, "time") {
		return f.date(i+2, "PRESENT_REF"), true
	}
	return f.date(i+1, "PRESENT_REF"), true
}

// thenCurrent reads "then current" and "then-current" before a noun ("at
// the then current market price"): the present of a past time, PAST_REF.
func (f *finder) thenCurrent(i int) (match, bool) {
	j := i + 1
	if f.hyphen(j) {
		j++
	}
	if f.at(j).class != clCurrent {
		return match{}, false
	}
	if m, ok := f.deictic(j); !ok || m.val != "PRESENT_REF" {
		return match{}, false
	}
	return f.date(j+1, "PAST_REF"), true
}

// asSoon reads "as soon as possible", a FUTURE_REF.
func (f *finder) asSoon(i int) (match, bool) {
	if f.at(i+1).class == clSoon && f.word(i+1, "soon") && f.word(i+2, "as") && f.word(i+3, "possible") {
		return f.date(i+4, "FUTURE_REF"), true
	}
	return match{}, false
}

// relative reads expressions built on "this", "last", "next", "past",
// "coming", "previous", "current", "recent": "last week", "this year",
// "next Friday", "last April", "the past two weeks", "the coming months",
// "this morning", "the future", "the weekend", "the next day". It reads
// the phrases that only "the" opens, the relative word, a count, then the
// unit, month, weekday, season or holiday after it.
func (f *finder) relative(i int) (match, bool) {
	j := i
	the := f.at(j).class == clThe
	if the {
		j++
	}
	w := f.at(j).class
	if the {
		m, ok := f.relativeAfterThe(i, j)
		if ok {
			return m, true
		}
		if w == clNone && f.word(j, "following") {
			w = clNext // the following week: the next one
		}
	}
	switch w {
	case clThis, clLast, clNext, clComing, clPast, clPrevious, clCurrent, clLatest, clRecent:
	case clOrdinal:
		if !the || f.at(j).val != 1 {
			return match{}, false
		}
	default:
		return match{}, false
	}
	j++
	// this past Sunday, this coming week
	if w == clThis {
		switch f.at(j).class {
		case clPast:
			w = clLast
			j++
		case clComing:
			w = clNext
			j++
		}
	}
	if m, ok, done := f.relativeCount(j, w); done {
		return m, ok
	}
	u := f.at(j)
	switch u.class {
	case clUnits:
		return f.relativeUnits(i, j, w, the)
	case clUnit:
		return f.relativeUnit(i, j, w, the)
	case clPartOfDay:
		d := 0
		switch {
		case w == clLast && u.val == night:
			d = -1
		case w == clThis && u.val != night:
		default:
			return match{}, false
		}
		return match{end: j + 1, typ: chronicle.TimeTimex, val: f.c.at(d, uDay) + partCode[u.val], dated: true}, true
	case clMonth:
		return f.relativeMonth(j, w, the)
	case clWeekday:
		return f.relativeWeekday(j, w, the)
	case clSeason:
		if w == clCurrent || w == clRecent || w == clLatest {
			return match{}, false
		}
		switch w {
		case clLast, clPast, clPrevious:
			return f.date(j+1, f.c.season(u.val, back, true)), true
		case clNext, clComing:
			return f.date(j+1, f.c.season(u.val, forward, true)), true
		}
		return f.date(j+1, f.c.season(u.val, unknown, false)), true
	case clHoliday:
		switch w {
		case clLast, clPast:
			if m, ok := f.holidayExpr(j); ok {
				m.val = f.holidayValue(u.val, back, true)
				return m, true
			}
		case clNext, clComing, clThis:
			if m, ok := f.holidayExpr(j); ok {
				m.val = f.holidayValue(u.val, forward, true)
				return m, true
			}
		}
	}
	return match{}, false
}

// relativeAfterThe reads the phrases that "the" at i opens, with the word
// after it at j: "the future", "the past", "the weeks ahead", "in the
// years that followed", "over the years", "the weekend", "the near
// future", "the following year", "the present", "the morning" of a day
// named, "the next day", "the previous morning".
func (f *finder) relativeAfterThe(i, j int) (match, bool) {
	w := f.at(j).class
	switch w {
	case clFuture:
		return f.date(j+1, "FUTURE_REF"), true
	case clPast:
		if n := f.at(j + 1); !f.isUnit(j+1) && n.class != clNumber && n.kind != kindNum && n.class != clVague && n.class != clA {
			return f.date(j+1, "PAST_REF"), true
		}
	case clUnits:
		if f.word(j+1, "ahead") && f.at(j+2).class != clOf { // the weeks ahead, not "the days ahead of the vote"
			return match{end: j + 2, typ: chronicle.DurationTimex, val: duration(-1, f.at(j).val)}, true
		}
		if f.word(j+1, "that") && (f.word(j+2, "followed") || f.word(j+2, "follow")) || // in the years that followed
			(f.word(i-1, "over") || f.word(i-1, "through")) && f.at(j+1).kind != kindNum { // over the years, not "over the years 1990 to 1995"
			return match{end: j + 1, typ: chronicle.DurationTimex, val: duration(-1, f.at(j).val)}, true
		}
	case clUnit:
		if f.at(j).val == uWeekend {
			sat := f.c.weekday(6, f.weekdayDir(i, j+1), 0)
			if !f.c.known {
				return f.date(j+1, "XXXX-WXX-WE"), true
			}
			return f.date(j+1, weekValue(mustDay(sat))+"-WE"), true
		}
	case clNone:
		if f.word(j, "near") || f.word(j, "distant") || f.word(j, "immediate") {
			if f.at(j+1).class == clFuture {
				return f.date(j+2, "FUTURE_REF"), true
			}
		}
		if f.word(j, "following") {
			if m, ok := f.following(j + 1); ok {
				return m, true
			}
		}
	case clPresent:
		if !f.isUnit(j+1) && f.at(j+1).kind != kindWord {
			return f.date(j+1, "PRESENT_REF"), true
		}
		if f.word(j+1, "day") && f.at(j+2).kind != kindWord {
			return f.date(j+2, "PRESENT_REF"), true // "from 1990 to the present day"
		}
	case clPartOfDay:
		if m, ok := f.partOfNamedDay(i, j); ok {
			return m, true
		}
	case clNext, clPrevious:
		// the next day, the previous week: relative to the last date mentioned
		if u := f.at(j + 1); u.class == clUnit && u.val == uDay || u.class == clPartOfDay && u.val == morning {
			ref := f.refClock()
			n := 1
			if w == clPrevious {
				n = -1
			}
			if !ref.known {
				return f.date(j+2, "XXXX-XX-XX"), true
			}
			return f.date(j+2, dayValue(ref.shift(n, uDay))), true
		}
	}
	return match{}, false
}

// relativeCount reads a count after the relative word w at j: "the past
// two weeks", "last five years", "the next few days", "the first nine
// months", "the first two quarters of 2026" (a half of that year). done is
// set when a count and a unit stand at j.
func (f *finder) relativeCount(j int, w class) (m match, ok, done bool) {
	n, k, ok := f.number(j, f.word(j, "few") || f.word(j, "couple"))
	if !ok || !f.isUnit(k) || w == clThis || w == clCurrent {
		return match{}, false, false
	}
	if f.at(k).class == clUnit && n != 1 {
		return match{}, false, true
	}
	end := k + 1
	if n == 2 && f.at(k).val == uQuarter && (w == clOrdinal || w == clLast) && f.at(end).class == clOf {
		// the first two quarters of 2026: a half of that year
		if y, e, ok := f.yearAt(end+1, false); ok {
			h := "-H1"
			if w == clLast {
				h = "-H2"
			}
			return f.date(e, yearValue(y)+h), true, true
		}
	}
	if f.at(end).class == clOr && f.at(end+1).class == clSo {
		end += 2
	}
	return match{end: end, typ: chronicle.DurationTimex, val: duration(n, f.at(k).val)}, true, true
}

// relativeUnits reads a plural unit at j after the relative word w:
// "recent years" (PAST_REF), "recent weeks", "the coming months", "in
// past years", "the past weeks".
func (f *finder) relativeUnits(i, j int, w class, the bool) (match, bool) {
	u := f.at(j)
	switch w {
	case clRecent:
		if u.val == uYear || u.val == uDecade || u.val == uCentury {
			return f.date(j+1, "PAST_REF"), true // recent years: the past
		}
		// recent weeks: a stretch of weeks up to now
		return match{end: j + 1, typ: chronicle.DurationTimex, val: duration(-1, u.val)}, true
	case clComing, clPast, clNext, clLast:
		if w == clPast && !the && (f.at(i-1).class == clIn || f.word(i-1, "over") || f.word(i-1, "during")) {
			// "sell programs in past years": like "in recent years"
			if u.val == uYear || u.val == uDecade || u.val == uCentury {
				return f.date(j+1, "PAST_REF"), true
			}
			return match{end: j + 1, typ: chronicle.DurationTimex, val: duration(-1, u.val)}, true
		}
		if w == clPast && !the || w == clNext && !the || w == clLast && !the {
			return match{}, false
		}
		return match{end: j + 1, typ: chronicle.DurationTimex, val: duration(-1, u.val)}, true
	}
	return match{}, false
}

// relativeUnit reads a unit at j after the relative word w: "last week",
// "this year", "next month", "the past year" (the year before, unless a
// stretch), "the last decade" (a duration), "this quarter", "last year"
// of a compared figure in an earnings story.
func (f *finder) relativeUnit(i, j int, w class, the bool) (match, bool) {
	u := f.at(j)
	if w == clRecent || w == clOrdinal || u.upper {
		return match{}, false // "This Week" in mid-sentence is a programme's name
	}
	if u.val == uDay || u.val == uSecond || u.val == uMinute || u.val == uHour {
		return match{}, false
	}
	if the && (w == clPast || w == clLast) && u.val == uYear && !f.word(i-1, "for") && !f.word(i-1, "during") && !f.word(i-1, "throughout") &&
		f.at(j+1).class != clOr && !f.word(j+1, "and") {
		// "growth over the past year", "in the last year" name the
		// year before, like "last year"; "for the past year" is a
		// stretch, and so is "the last year or two"
		return f.date(j+1, f.c.at(-1, uYear)), true
	}
	if the && (w == clPast || w == clLast || w == clComing || w == clNext) {
		return match{end: j + 1, typ: chronicle.DurationTimex, val: duration(1, u.val)}, true
	}
	if u.val == uQuarter && (w == clLatest || w == clCurrent || w == clPrevious) {
		return match{}, false // quarterExpr reads these
	}
	n := 0
	switch w {
	case clLast, clPast, clPrevious:
		n = -1
	case clNext, clComing:
		n = 1
	case clLatest:
		return match{}, false
	}
	if the && w == clThis {
		return match{}, false
	}
	if w == clThis && u.val == uQuarter && f.reportsLastQuarter(i, j+1) {
		return f.date(j+1, f.lastQuarter), true
	}
	if w == clLast && u.val == uYear && f.lastQuarter != "" && f.ref.months == "" && f.yearAgoFigure(i, j+1) {
		// "net of $5 million, against $3 million last year", "last
		// year's $1.5 billion": the reported quarter a year before; after
		// "the first six months" it is the year before, as "a year ago" is
		return match{end: j + 1, typ: chronicle.DateTimex, val: shiftValue(f.lastQuarter, -1), noref: true}, true
	}
	return f.date(j+1, f.c.at(n, u.val)), true
}

// relativeMonth reads a month at j after the relative word w: "last
// April", "next March", "this September" (always the anchor's year), "last
// Oct. 23" (the latest such day before the anchor).
func (f *finder) relativeMonth(j int, w class, the bool) (match, bool) {
	if the || !f.monthOK(j, true) || w == clCurrent || w == clRecent || w == clLatest {
		return match{}, false
	}
	m := f.at(j).val
	if k, d, ok := f.dayNumber(j + 1); ok && f.c.known && w != clThis {
		// last Oct. 23, next March 4: the nearest such day on that side
		if v := f.c.strictMonthDay(m, d, w == clNext || w == clComing); v != "" {
			return f.date(k, v), true
		}
	}
	switch w {
	case clLast, clPast, clPrevious:
		return f.date(j+1, f.c.month(m, back, true)), true
	case clNext, clComing:
		return f.date(j+1, f.c.month(m, forward, true)), true
	case clThis:
		if f.c.known {
			return f.date(j+1, monthValue(f.c.t.Year(), m)), true // this September
		}
	}
	return f.date(j+1, f.c.month(m, unknown, false)), true
}

// relativeWeekday reads a weekday at j after the relative word w: "last
// Friday", "next Monday", "this Sunday", "the previous Tuesday" (before the
// day last named).
func (f *finder) relativeWeekday(j int, w class, the bool) (match, bool) {
	u := f.at(j)
	if !u.upper || w == clCurrent || w == clRecent || w == clLatest {
		return match{}, false
	}
	var v string
	switch w {
	case clLast, clPast, clPrevious:
		if the && w == clPrevious && f.lastDay != "" {
			v = f.refClock().weekday(u.val, back, 1)
		} else {
			v = f.c.weekday(u.val, back, 1)
		}
	case clNext:
		v = f.c.weekday(u.val, forward, 1)
	case clThis:
		// "arrived this Sunday" is the Sunday just gone, "will strike
		// this Friday" the coming one; with no hint it looks ahead
		dir := forward
		if f.dir(j-1, j+1) == back {
			dir = back
		}
		v = f.c.weekday(u.val, dir, 0)
	default:
		v = f.c.weekday(u.val, forward, 0)
	}
	return f.withPart(j+1, v)
}

// yearAgoFigure reports whether "last year" at tokens [i, end) compares a
// figure: an amount right before it ("$3 million last year") or after its
// 's ("last year's $1.5 billion", "last year's results").
func (f *finder) yearAgoFigure(i, end int) bool {
	if f.at(i-1).kind == kindNum || f.word(i-1, "million") || f.word(i-1, "billion") {
		return true
	}
	if f.at(end).class != clApos || !f.word(end+1, "s") {
		return false
	}
	return f.punct(end+2, '$') || f.at(end+2).kind == kindNum || f.word(end+2, "results")
}

// firstUnits reads the opening or closing stretch of something: "the first
// hours of the ground war" (PTXH), "in the early years", "the final weeks
// of the campaign". "The first days of May" is May's, and "the early hours"
// are a part of the day, not a stretch.
func (f *finder) firstUnits(i int) (match, bool) {
	j := i + 1
	if !(f.at(j).class == clOrdinal && f.at(j).val == 1) && f.at(j).class != clEarly && !f.word(j, "final") {
		return match{}, false
	}
	u := f.at(j + 1)
	if u.class != clUnits || f.hyphen(j+2) || f.at(j).class == clEarly && u.val == uHour {
		return match{}, false // "in the early hours" is before dawn, a part of the day
	}
	if f.at(j+2).class == clOf {
		if _, ok := f.core(j + 3); ok {
			return match{}, false
		}
	}
	return match{end: j + 2, typ: chronicle.DurationTimex, val: duration(-1, u.val)}, true
}

// partOfNamedDay reads "the morning" at tokens i (the) and j (the part of
// the day) after "in", right after a day was named: "Shares fell Friday.
// Dealers placed buy orders in the morning" is Friday morning. Without such a
// day just before, the morning is no particular one; "4 in the morning" is a
// clock time.
func (f *finder) partOfNamedDay(i, j int) (match, bool) {
	if f.at(i-1).class != clIn || f.at(i-2).kind == kindNum || len(f.found) == 0 || f.at(j).val == night || f.at(j+1).class == clOn || f.at(j+1).class == clOf {
		return match{}, false // "late in the evening on December 21": that day
	}
	last := f.found[len(f.found)-1]
	if !last.knownDay() {
		return match{}, false
	}
	stops := 0 // the day must be named in this sentence or the one before
	for k := last.end; k < i; k++ {
		if f.punct(k, '.') || f.punct(k, '!') || f.punct(k, '?') {
			stops++
		}
	}
	if stops > 1 {
		return match{}, false
	}
	return match{end: j + 1, typ: chronicle.TimeTimex, val: last.val + partCode[f.at(j).val], dated: true}, true
}

// refClock returns a clock at the last full date mentioned, or the anchor.
func (f *finder) refClock() clock {
	if f.lastDay != "" {
		return clock{t: mustDay(f.lastDay), known: true}
	}
	return f.c
}

// seasonExpr reads seasons: "the summer", "summer 2024", "the winter of
// 1994", "in spring".
func (f *finder) seasonExpr(i int) (match, bool) {
	j := i
	the := f.at(j).class == clThe
	if the {
		j++
	}
	t := f.at(j)
	if t.class != clSeason {
		return match{}, false
	}
	end := j + 1
	k := end
	if f.at(k).class == clOf {
		k++
	}
	if y, e, ok := f.yearAt(k, false); ok {
		return f.date(e, yearValue(y)+"-"+seasonCode[t.val]), true
	}
	if f.at(end).class == clOf || f.hyphen(end) {
		return match{}, false // "the fall of the Berlin Wall"
	}
	if !the {
		p := f.at(i - 1).class
		if p == clEarly || p == clLate || p == clMid {
			p = clIn
		}
		if t.val == fall || !(p == clIn || p == clWithin || f.word(i-1, "since") || f.word(i-1, "until") || f.word(i-1, "by")) {
			return match{}, false
		}
	}
	return f.date(end, f.c.season(t.val, f.dir(i, end), false)), true
}

// holidayExpr reads holidays: "Christmas", "Christmas Eve", "Thanksgiving
// Day", "Easter".
func (f *finder) holidayExpr(i int) (match, bool) {
	t := f.at(i)
	if !t.upper {
		return match{}, false
	}
	h, end := t.val, i+1
	if h == hValentine && f.at(end).class == clApos && f.word(end+1, "s") {
		end += 2 // Valentine's Day
	}
	switch {
	case h == hChristmas && f.word(end, "eve"):
		h, end = hChristmasEve, end+1
	case f.word(end, "day") && f.at(end).upper:
		end++
	case h == hLabor || h == hMemorial || h == hIndependence || h == hElection || h == hValentine:
		return match{}, false // "Labor Party", "Election Commission"
	}
	// Christmas 2000, Easter of 1999; "Christmas in 2000" marks Christmas
	// of that year and the year apart
	k := end
	if f.at(k).class == clOf || f.at(k).class == clIn {
		k++
	}
	if y, e, ok := f.yearAt(k, false); ok {
		m, d := holiday(h, y)
		if f.at(end).class == clIn {
			e = end
		}
		return f.date(e, date(y, m, d)), true
	}
	v := f.holidayValue(h, f.dir(i, end), false)
	if f.word(end, "week") && !f.at(end).upper {
		// "Easter week", "Christmas week": the week that holds the day
		if v[0] == 'X' {
			return f.date(end+1, "XXXX-WXX"), true
		}
		return f.date(end+1, weekValue(mustDay(v))), true
	}
	return f.date(end, v), true
}

// holidayValue resolves holiday h in direction dir; strict skips the
// anchor day itself.
func (f *finder) holidayValue(h int, dir direction, strict bool) string {
	if !f.c.known {
		m, d := holiday(h, 2001)
		if h == hThanksgiving || h == hEaster || h == hLabor || h == hMemorial || h == hElection {
			return "XXXX-XX-XX"
		}
		return "XXXX-" + string(pad(nil, m, 2)) + "-" + string(pad(nil, d, 2))
	}
	y := f.c.t.Year()
	at := func(y int) string { m, d := holiday(h, y); return date(y, m, d) }
	v, today := at(y), dayValue(f.c.t)
	if days := mustDay(v).Sub(f.c.t).Hours() / 24; !strict && days >= -31 && days <= 31 {
		return v // within a month of the article day: this year's, whatever the tense
	}
	if dir == unknown {
		// the nearest one, a past one counting as half again nearer
		prev, next := at(y-1), at(y+1)
		if v > today {
			next, v = v, prev
		} else if v < today {
			prev = v
			v = next
		}
		if v != today {
			dp := f.c.t.Sub(mustDay(prev)).Hours()
			dn := mustDay(next).Sub(f.c.t).Hours()
			if dp*2/3 <= dn {
				return prev
			}
			return next
		}
		return v
	}
	switch dir {
	case back:
		if v > today || strict && v == today {
			v = at(y - 1)
		}
	case forward:
		if v < today || strict && v == today {
			v = at(y + 1)
		}
	}
	return v
}

// modified reads an expression with a leading modifier: "early next year",
// "late Friday", "mid-2024", "earlier this month", "the end of 1990",
// "the early 1980s".
func (f *finder) modified(i int) (match, bool) {
	j := i
	the := f.at(j).class == clThe
	if the {
		j++
	}
	switch f.at(j).class {
	case clEarly, clLate:
		j++
	case clMid:
		j++
		if f.hyphen(j) {
			j++
		}
	case clEarlier, clLater:
		if the {
			return match{}, false
		}
		j++
		switch f.at(j).class {
		case clThis, clYesterday, clTomorrow, clTonight, clNext, clLast, clThat:
		case clIn:
			if f.at(j+1).class == clThe && f.word(j+2, "year") || f.word(j+2, "week") || f.word(j+2, "month") || f.word(j+2, "day") {
				unit := f.at(j + 2).val
				return f.date(j+3, f.c.at(0, unit)), true
			}
			return match{}, false
		default:
			return match{}, false
		}
	case clEnd, clStart, clMiddle:
		if !the || f.at(j+1).class != clOf {
			return match{}, false
		}
		j += 2
		// the end of the year, the beginning of the month
		if f.at(j).class == clThe && f.at(j+1).class == clUnit && !f.at(j+2).upper && f.at(j+2).class != clOf {
			switch u := f.at(j + 1).val; u {
			case uWeek, uMonth, uYear, uQuarter, uDecade, uCentury:
				return f.date(j+2, f.c.at(0, u)), true
			}
		}
	default:
		return match{}, false
	}
	m, ok := f.core(j)
	if !ok || m.typ == chronicle.DurationTimex || m.typ == chronicle.SetTimex {
		return match{}, false
	}
	if v := m.val; v == "PRESENT_REF" || v == "PAST_REF" || v == "FUTURE_REF" {
		return match{}, false
	}
	return m, true
}

// approx reads a duration, a past date or a clock time with a leading
// approximation: "about two years ago", "more than three weeks",
// "at least the past 18 months", "around 7:15 p.m.", "some 20 years".
func (f *finder) approx(i int) (match, bool) {
	j := i
	t := f.at(j)
	switch {
	case t.class == clApprox:
		j++
	case t.class == clMore && f.at(j+1).class == clThan:
		j += 2
	case t.class == clAt && f.word(j+1, "least"):
		j += 2
	case t.class == clUp && f.at(j+1).class == clTo:
		j += 2
	case f.word(j, "some") && (f.at(j+1).kind == kindNum || f.at(j+1).class == clNumber):
		j++
	case f.word(j, "over") && (f.at(j+1).class == clA || f.at(j+1).kind == kindNum || f.at(j+1).class == clNumber):
		j++
	default:
		return match{}, false
	}
	n := f.at(j)
	if !(n.kind == kindNum || n.class == clNumber || n.class == clA || n.class == clThe || n.class == clNoon || n.class == clMidnight) {
		return match{}, false
	}
	m, ok := f.core(j)
	if !ok || n.class == clThe && m.typ != chronicle.DurationTimex {
		return match{}, false
	}
	return m, true
}
