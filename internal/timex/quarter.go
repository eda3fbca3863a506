package timex

import (
	"time"

	"chronicle"
)

// Quarters and halves of the year, as earnings stories name them: the
// quarter a story reports on, the year-ago quarter it compares with, a
// quarter named again in apposition and the day it ended.

// reportsLastQuarter reports whether "this quarter" at tokens [i, end) is
// the quarter just ended that the story reports on, not the one under way:
// the story has named the quarter before this one, and the sentence looks
// back ("this quarter was the best") or speaks of its results ("this
// quarter's loss reflects a write-down"), not of the future ("expects a loss
// this quarter").
func (f *finder) reportsLastQuarter(i, end int) bool {
	if !f.c.known || f.lastQuarter == "" || f.lastQuarter != f.c.at(-1, uQuarter) {
		return false
	}
	switch f.dir(i, end) {
	case back:
		return true
	case unknown:
		return f.at(end).class == clApos && f.word(end+1, "s")
	}
	return false
}

// quarterExpr reads quarters and halves of the year: "the third quarter",
// "third-quarter", "the fiscal first quarter", "the fourth quarter of 1990",
// "Q3 2024", "this year's second quarter", "the year-earlier quarter",
// "the latest quarter", "the first half". It reads the words before the
// head, the head, the year after it, then resolves the phrase.
func (f *finder) quarterExpr(i int) (match, bool) {
	p, ok := f.quarterWords(i)
	if !ok {
		return match{}, false
	}
	if m, done, ok := f.quarterHead(&p); done {
		return m, ok
	}
	if !f.quarterYear(&p) {
		return match{}, false
	}
	if m, ok := f.quarterCompared(&p); ok {
		return m, true
	}
	return f.quarterResolve(&p)
}

// quarterPhrase is what quarterExpr has read of a quarter or a half.
type quarterPhrase struct {
	i, j, end int // the first token, the head ("quarter", "period", "half"), the token after the phrase
	y, q, h   int // the year, quarter and half named; 0 when none is
	yearOff   int // the year of "last year's" (-1), "this year's" (0), "next year's" (1)
	hasOff    bool
	// latest: "the latest quarter"; current: "the current quarter";
	// previous: "the previous quarter"; yearEarlier: "the year-earlier
	// quarter"; period: the head is "period" ("the 1988 period").
	latest, current, previous, yearEarlier, period bool
}

// quarterWords reads the words before the head of a quarter phrase at i:
// "the", "fiscal", a year ("1990's"), "latest", "current", "previous",
// "corresponding", "last year's", "year-earlier", an ordinal, "Q3". It
// fails when there are none.
func (f *finder) quarterWords(i int) (quarterPhrase, bool) {
	p := quarterPhrase{i: i}
	j := i
	if f.at(j).class == clThe {
		j++
	}
	for ; j < len(f.toks); j++ {
		t := f.at(j)
		switch {
		case t.class == clFiscal: // "the fiscal first quarter": a word to pass over
			continue
		case t.kind == kindNum && t.digits == 4 && p.y == 0 && p.q == 0:
			if yy, ok := f.year(j); ok {
				p.y = yy
				if f.at(j+1).class == clApos && f.word(j+2, "s") {
					j += 2
				}
				continue
			}
		case t.class == clLatest:
			p.latest = true
			continue
		case t.class == clCurrent:
			p.current = true
			continue
		case t.class == clPrevious || t.class == clSame || f.word(j, "corresponding") || f.word(j, "comparable"):
			p.previous = t.class == clPrevious
			continue
		case (t.class == clThis || t.class == clLast || t.class == clNext) && f.word(j+1, "year") && f.at(j+2).class == clApos && f.word(j+3, "s"):
			p.hasOff = true
			if t.class == clLast {
				p.yearOff = -1
			} else if t.class == clNext {
				p.yearOff = 1
			}
			j += 3
			continue
		case t.class == clUnit && t.val == uYear && f.hyphen(j+1) && (f.at(j+2).class == clEarlier || f.at(j+2).class == clAgo):
			p.yearEarlier = true
			j += 2
			continue
		case t.class == clOrdinal && t.val >= 1 && t.val <= 4 && p.q == 0:
			p.q = t.val
			if f.hyphen(j + 1) {
				j++
			}
			continue
		case t.class == clUnit && t.val == uSecond && f.word(j, "second") && p.q == 0:
			p.q = 2
			if f.hyphen(j + 1) {
				j++
			}
			continue
		case t.class == clLast && f.at(j+1).class == clHalf:
			p.q = 4
			continue
		case t.class == clQn && p.q == 0:
			p.q = t.val
			continue
		}
		break
	}
	p.j, p.end = j, j+1
	return p, j != i
}

// quarterHead reads the head of a quarter phrase: "quarter", "period",
// "half", or the words after "year-earlier". done is set when the head
// decides the phrase alone: a failure ("the third-quarter loss" marks
// "third-quarter"), or a run of months ("the year-earlier nine months").
func (f *finder) quarterHead(p *quarterPhrase) (m match, done, ok bool) {
	i, j := p.i, p.j
	t := f.at(j)
	if f.at(i).class == clThe && f.hyphen(j-1) && !p.yearEarlier {
		return match{}, true, false // "the third-quarter loss" marks "third-quarter"
	}
	switch {
	case t.class == clUnit && t.val == uQuarter && !t.upper:
	case f.word(j, "period") && !p.yearEarlier && (p.latest || p.y != 0 || f.at(i).class == clThe && f.at(j-1).class != clThe):
		// the latest period, the 1988 period, the corresponding period
		p.period = true
	case p.yearEarlier && f.at(i).class == clThe && f.ref.months != "" && f.word(j, "period"):
		// the year-earlier period after "the first nine months": those months
		return match{end: p.end, typ: chronicle.DurationTimex, val: f.ref.months}, true, true
	case p.yearEarlier && f.at(i).class == clThe:
		// the year-earlier nine months
		if n, unit, e, half, ok := f.count(j, false); ok && !half && n > 0 {
			return match{end: e, typ: chronicle.DurationTimex, val: duration(n, unit)}, true, true
		}
		if f.word(j, "period") || f.word(j, "level") || f.word(j, "results") {
			if !f.word(j, "period") {
				p.end = j
			}
			break
		}
		return match{}, true, false
	case t.class == clHalf && !t.upper && (p.q == 1 || p.q == 2 || p.q == 4):
		p.h = p.q
		if p.h == 4 {
			p.h = 2
		}
		p.q = 0
	case f.at(j-1).class == clQn:
		p.end = j
	case p.yearEarlier && (f.word(j, "period") || f.word(j, "level") || f.word(j, "results")):
		if f.word(j, "level") || f.word(j, "results") {
			p.end = j
		}
	case p.yearEarlier && f.at(i).class != clThe && !(f.at(i).kind == kindNum):
		p.end = j // year-earlier as an adjective
	default:
		return match{}, true, false
	}
	return match{}, false, false
}

// quarterYear reads the year after the head: "of 1990", "of fiscal 1990",
// "Q3 2024", and for a half "of this year", "of next year". It fails on a
// half of something else ("the last half of the '70s", "the first half of
// the game").
func (f *finder) quarterYear(p *quarterPhrase) bool {
	if p.y == 0 {
		k := p.end
		if f.at(k).class == clOf {
			k++
		}
		if f.at(k).class == clFiscal {
			k++
		}
		if yy, e, ok := f.yearAt(k, false); ok && (k > p.end || f.at(p.i).class == clQn) {
			p.y, p.end = yy, e
		}
	}
	if p.h == 0 || p.y != 0 || f.at(p.end).class != clOf {
		return true
	}
	n, u := f.at(p.end+1), f.at(p.end+2)
	if u.class != clUnit || u.val != uYear || f.at(p.end+3).class == clApos {
		return false
	}
	switch n.class {
	case clThe, clThis:
		p.hasOff, p.yearOff = true, 0
	case clNext:
		p.hasOff, p.yearOff = true, 1
	case clLast:
		p.hasOff, p.yearOff = true, -1
	default:
		return false
	}
	p.end += 3
	return true
}

// quarterCompared resolves the phrases that an earnings story compares with
// what it reports: "the corresponding period last year", "the 1988 period"
// and "year-earlier results" after "the first nine months", and "the
// quarter ended July 31" when no quarter was named before. It reads "last
// year" after the head into p.
func (f *finder) quarterCompared(p *quarterPhrase) (match, bool) {
	t := f.at(p.j)
	if (p.period || p.previous || t.class == clUnit) && f.at(p.end).class == clLast && f.word(p.end+1, "year") && p.y == 0 {
		p.yearOff, p.hasOff, p.end = -1, true, p.end+2
		if p.q == 0 {
			v := f.quarterInView()
			return f.date(p.end, shiftValue(v, -1)), true
		}
	}
	if p.period && f.ref.months != "" && p.y != 0 {
		// the 1988 period, after the first nine months
		return match{end: p.end, typ: chronicle.DateTimex, val: yearValue(p.y), noref: true}, true
	}
	if p.yearEarlier && f.ref.months != "" && (p.end == p.j || f.word(p.j, "period")) {
		// year-earlier results after the first nine months: the year before
		v := f.lastQuarter
		if v == "" {
			v = f.c.at(0, uYear)
		}
		return match{end: p.end, typ: chronicle.DateTimex, val: shiftValue(v[:4], -1), noref: true}, true
	}
	if t.class == clUnit && t.val == uQuarter && p.q == 0 && p.y == 0 && !p.yearEarlier && !p.hasOff && !p.previous && f.lastQuarter == "" {
		if v, ok := f.quarterEnded(p.end); ok {
			return f.date(p.end, v), true // the quarter ended July 31
		}
	}
	return match{}, false
}

// quarterResolve gives the value of a quarter or half phrase read by
// quarterWords, quarterHead and quarterYear.
func (f *finder) quarterResolve(p *quarterPhrase) (match, bool) {
	i, end := p.i, p.end
	t := f.at(p.j)
	var v string
	switch {
	case p.h > 0:
		return f.halfValue(p)
	case p.q > 0 && p.y != 0:
		v = quarterValue(p.y, p.q)
	case p.q > 0 && p.hasOff && f.c.known:
		v = quarterValue(f.c.t.Year()+p.yearOff, p.q)
	case p.hasOff && t.class == clUnit && f.c.known:
		// last year's quarter: the quarter under discussion, a year back
		v = f.quarterInView()
		return match{end: end, typ: chronicle.DateTimex, val: shiftValue(v, p.yearOff), noref: true}, true
	case p.q > 0:
		if y, ok := f.appositionYear(i); ok {
			v = quarterValue(y, p.q) // "the year-ago quarter, the second quarter ended Oct. 31,": of that year
			break
		}
		dir := f.dir(i, end)
		if dir != forward {
			dir = back
		}
		v = f.c.quarter(p.q, dir)
	case p.current:
		v = f.c.at(0, uQuarter)
	case p.previous:
		v = f.c.at(-1, uQuarter)
		if f.lastQuarter != "" {
			v = shiftQuarter(f.lastQuarter, -1)
		}
	case p.y != 0:
		// the 1988 quarter: the quarter under discussion, in that year
		v = f.quarterInView()
		return match{end: end, typ: chronicle.DateTimex, val: yearValue(p.y) + v[4:], noref: true}, true
	case p.latest && p.period && f.lastQuarter != "":
		v = f.lastQuarter // the latest period: the quarter the report is about
	case p.latest:
		v = f.c.at(-1, uQuarter) // the last quarter to have ended
	case f.at(i).class == clThe || p.yearEarlier:
		v = f.quarterInView() // the quarter; the year-earlier quarter, shifted below
	default:
		return match{}, false
	}
	if p.yearEarlier {
		return match{end: end, typ: chronicle.DateTimex, val: shiftValue(v, -1), noref: true}, true
	}
	if f.at(end).class == clA && f.word(end+1, "year") && (f.at(end+2).class == clAgo || f.at(end+2).class == clEarlier) {
		// the quarter a year ago: that quarter, a year back
		return match{end: end + 3, typ: chronicle.DateTimex, val: shiftValue(v, -1), noref: true}, true
	}
	return f.date(end, v), true
}

// halfValue gives the value of a half of the year: of the year named, of
// the year "this", "last" or "next" names, else of the anchor's year ("the
// second half" looks back to last year's in the first half of this one,
// unless the sentence speaks of the future).
func (f *finder) halfValue(p *quarterPhrase) (match, bool) {
	y, h := p.y, string(rune('0'+p.h))
	switch {
	case y != 0:
	case !f.c.known:
		return f.date(p.end, "XXXX-H"+h), true
	case p.hasOff:
		y = f.c.t.Year() + p.yearOff
	default:
		y = f.c.t.Year()
		if f.dir(p.i, p.end) != forward && p.h == 2 && f.c.t.Month() <= 6 {
			y--
		}
	}
	return f.date(p.end, yearValue(y)+"-H"+h), true
}

// appositionYear returns the year of the quarter or year found right
// before the comma at i-1, which the expression at i names again: "in the
// comparable year-ago quarter, the second quarter ended Oct. 31, …".
func (f *finder) appositionYear(i int) (int, bool) {
	if i < 1 || !f.punct(i-1, ',') || len(f.found) == 0 {
		return 0, false
	}
	last := f.found[len(f.found)-1]
	v := last.val
	if last.end != i-1 || last.typ != chronicle.DateTimex || len(v) < 4 || !isDigit(v[0]) ||
		len(v) != 4 && !isQuarter(v) {
		return 0, false
	}
	return atoi(v[:4]), true
}

// quarterInView returns the quarter the story reports on (lastQuarter),
// else the last quarter to have ended by the anchor.
func (f *finder) quarterInView() string {
	if f.lastQuarter != "" {
		return f.lastQuarter
	}
	return f.c.at(-1, uQuarter)
}

// quarterEnded reads "ended July 31" or "ending Sept. 30" at token k after
// a quarter that has no number of its own, in a story that has named no
// quarter before (after "the fiscal first quarter", "the quarter ended Sept.
// 30" is that quarter again): the quarter is then the calendar quarter that
// holds most of the three months before that day (May to July is the second
// quarter).
func (f *finder) quarterEnded(k int) (string, bool) {
	if f.word(k, "that") {
		k++
	}
	if !f.word(k, "ended") && !f.word(k, "ending") {
		return "", false
	}
	m, ok := f.core(k + 1)
	if !ok || !m.knownDay() {
		return "", false
	}
	mid := mustDay(m.val).AddDate(0, 0, -45)
	return quarterValue(mid.Year(), (int(mid.Month())+2)/3), true
}

// isQuarter reports whether v is the value of a quarter ("1989-Q3", or
// "XXXX-Q4" when the year is unknown).
func isQuarter(v string) bool {
	return len(v) == 7 && v[4] == '-' && v[5] == 'Q'
}

// shiftQuarter moves a quarter value by n quarters.
func shiftQuarter(v string, n int) string {
	if len(v) != 7 || v[0] == 'X' {
		return v
	}
	y, q := atoi(v[:4]), int(v[6]-'0')
	q += n
	for q < 1 {
		q += 4
		y--
	}
	for q > 4 {
		q -= 4
		y++
	}
	return quarterValue(y, q)
}

// yearAgoAdj reads "year-earlier" and "year-ago" used as adjectives
// ("year-earlier profit"): the period a year before the last one named.
func (f *finder) yearAgoAdj(i int) (match, bool) {
	return f.quarterExpr(i)
}

// endOfQuarter gives the day m at token i, which ends the quarter found
// right before it ("the second quarter ended Oct. 31", "the fourth quarter
// ending Jan. 31"), a year when its own text names none: the latest that
// puts the day no later than six months after the quarter's calendar end
// (a fiscal quarter ends before the calendar one it is named for, or a
// little after), and for "ended" not after the publication day. In "the
// year-ago quarter, the second quarter ended Oct. 31" that is the year
// before.
func (f *finder) endOfQuarter(i int, m match) match {
	if !m.knownDay() || i < 2 || len(f.found) == 0 || !f.word(i-1, "ended") && !f.word(i-1, "ending") {
		return m
	}
	last := f.found[len(f.found)-1]
	q := last.val
	if last.end != i-1 || !isQuarter(q) || !isDigit(q[0]) {
		return m
	}
	for k := i; k < m.end; k++ {
		if _, ok := f.year(k); ok {
			return m // "ended Oct. 31, 1988": its own year
		}
	}
	qy, qn := atoi(q[:4]), int(q[6]-'0')
	limit := time.Date(qy, time.Month(3*qn), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 7, -1)
	if f.word(i-1, "ended") && f.c.known && f.c.t.Before(limit) {
		limit = f.c.t
	}
	for y := qy + 1; y >= qy-1; y-- {
		if d := date(y, atoi(m.val[5:7]), atoi(m.val[8:10])); d != "" && !mustDay(d).After(limit) {
			m.val = d
			break
		}
	}
	return m
}

// quarterRenamed reports whether quarter n, right after quarter x and a
// comma and followed by its end day, names x again more exactly: "the
// comparable year-ago quarter, the second quarter ended Oct. 31," (not a
// list: "the first quarter, the second quarter and …").
func (f *finder) quarterRenamed(x, n found) bool {
	return isQuarter(x.val) && isQuarter(n.val) && isDigit(x.val[0]) && x.val[:4] == n.val[:4] &&
		n.start == x.end+1 && f.punct(x.end, ',') &&
		(f.word(n.end, "ended") || f.word(n.end, "ending"))
}
