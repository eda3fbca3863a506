package timex

import (
	"strconv"

	"chronicle"
)

// absolute reads calendar dates: "April 26, 2025", "26 April 2025",
// "Friday, April 25", "2025-04-26", "4/26/2025", "April 2025", "2025",
// "fiscal 1989", "the 1990s", "'90s", "the 26th of April".
func (f *finder) absolute(i int) (match, bool) {
	t := f.at(i)
	switch {
	case t.class == clWeekday:
		j := i + 1
		if f.punct(j, ',') {
			j++
		}
		if f.at(j).class == clMonth {
			if m, ok := f.monthDate(j); ok && len(m.val) == 10 {
				return m, true
			}
		}
	case t.class == clMonth:
		return f.monthDate(i)
	case t.class == clFiscal:
		j := i + 1
		if f.word(j, "year") {
			j++
		}
		if y, e, ok := f.yearAt(j, true); ok {
			return f.date(e, yearValue(y)), true
		}
	case t.class == clApos: // '90s
		n := f.at(i + 1)
		if n.kind == kindNum && n.digits == 2 && n.num%10 == 0 && !n.space && f.word(i+2, "s") && !f.at(i+2).space {
			return f.date(i+3, "19"+string(rune('0'+n.num/10))), true
		}
	case t.class == clThe:
		n := f.at(i + 1)
		switch {
		case n.class == clApos:
			if m, ok := f.absolute(i + 1); ok && len(m.val) == 3 {
				return m, true
			}
		case n.kind == kindNum && n.digits == 4:
			if m, ok := f.decade(i + 1); ok {
				return m, true
			}
			if f.word(i+2, "century") || f.word(i+2, "centuries") {
				break
			}
		case n.class == clDecadeWord:
			return f.date(i+2, "19"+string(rune('0'+n.val))), true
		case n.class == clUnit && n.val == uYear:
			if y, e, ok := f.yearAt(i+2, true); ok {
				return f.date(e, yearValue(y)), true
			}
		}
		// the 20th century, the twentieth century
		if m, ok := f.century(i + 1); ok {
			return m, true
		}
		// the 26th of April
		if k, d, ok := f.dayNumber(i + 1); ok && f.at(k).class == clOf && f.at(k+1).class == clMonth {
			return f.dayMonth(i, k+1, d)
		}
	case t.kind == kindNum:
		if m, ok := f.century(i); ok && (f.at(i-1).class == clA || !f.at(m.end-1).upper) {
			return m, true // a 20th century democrat, the fabled 11th century temple; not "21st Century Fox"
		}
		return f.numericDate(i)
	case t.class == clOrdinal:
		if m, ok := f.century(i); ok && (f.at(i-1).class == clA || !f.at(m.end-1).upper) {
			return m, true
		}
	}
	return match{}, false
}

// century reads "20th century" or "twentieth century" at i: "19".
func (f *finder) century(i int) (match, bool) {
	if k, d, ok := f.dayNumber(i); ok && f.word(k, "century") && d >= 1 && d <= 30 && !f.hyphen(k+1) {
		return f.date(k+1, string(pad(nil, d-1, 2))), true
	}
	return match{}, false
}

func (f *finder) date(end int, v string) match {
	return match{end: end, typ: chronicle.DateTimex, val: v}
}

// year reads a four-digit year at i.
func (f *finder) year(i int) (int, bool) {
	t := f.at(i)
	if t.kind != kindNum || t.digits != 4 || t.num < 1000 || t.num > 2199 {
		return 0, false
	}
	// "2025-04" or "2025:" belong to something else
	if f.punct(i+1, '%') || f.word(i+1, "percent") {
		return 0, false
	}
	return t.num, true
}

// yearAt reads a year at i, in digits or in words ("nineteen ninety-six",
// "nineteen eighty", "twenty ten"), and returns the token after it. loose
// also takes "two thousand" and "two thousand and one", which are years
// only where a year is expected ("the year two thousand").
func (f *finder) yearAt(i int, loose bool) (y, end int, ok bool) {
	if y, ok := f.year(i); ok {
		return y, i + 1, true
	}
	t := f.at(i)
	if t.class != clNumber {
		return 0, 0, false
	}
	if loose && t.val == 2 && f.word(i+1, "thousand") {
		k := i + 2
		if f.word(k, "and") {
			k++
		}
		if n, e, ok := f.number(k, false); ok && n >= 1 && n < 100 && f.at(k).class == clNumber {
			return 2000 + n, e, true
		}
		return 2000, i + 2, true
	}
	century := t.val
	if century < 11 || century > 20 || century == 20 && f.at(i+1).class == clNumber && f.at(i+1).val < 10 {
		return 0, 0, false
	}
	k := i + 1
	n := f.at(k)
	switch {
	case f.word(k, "hundred"):
		return century * 100, k + 1, loose && century != 20 // "twelve hundred students"
	case f.word(k, "oh") && f.at(k+1).class == clNumber && f.at(k+1).val < 10:
		return century*100 + f.at(k+1).val, k + 2, true
	case n.class == clNumber && n.val >= 10 && n.val < 20:
		return century*100 + n.val, k + 1, true
	case n.class == clNumber && n.val >= 20 && n.val < 100 && n.val%10 == 0:
		y, e := century*100+n.val, k+1
		j := e
		if f.hyphen(j) {
			j++
		}
		if u := f.at(j); u.class == clNumber && u.val >= 1 && u.val < 10 {
			y, e = y+u.val, j+1
		}
		return y, e, true
	}
	return 0, 0, false
}

// spelledYear reads a year written in words standing alone: "in nineteen
// ninety-six".
func (f *finder) spelledYear(i int) (match, bool) {
	y, e, ok := f.yearAt(i, false)
	if !ok || f.at(i).kind == kindNum {
		return match{}, false
	}
	if f.isUnit(e) || f.hyphen(e) {
		return match{}, false // "nineteen twenty-year-olds" counts, not a year
	}
	return f.date(e, yearValue(y)), true
}

// dayNumber reads a day of the month at i: "26", "26th", "twenty-sixth".
func (f *finder) dayNumber(i int) (end, day int, ok bool) {
	t := f.at(i)
	switch {
	case t.kind == kindNum && t.digits <= 2 && t.num >= 1 && t.num <= 31:
		end = i + 1
		if n := f.at(end); n.kind == kindWord && !n.space && (f.word(end, "st") || f.word(end, "nd") || f.word(end, "rd") || f.word(end, "th")) {
			end++
		}
		if f.punct(end, '.') && f.at(end+1).kind == kindNum && !f.at(end+1).space {
			return 0, 0, false
		}
		return end, t.num, true
	case t.class == clOrdinal:
		return i + 1, t.val, true
	case t.class == clUnit && t.val == uSecond && f.word(i, "second"):
		return i + 1, 2, true
	}
	return 0, 0, false
}

// monthOK reports whether the month word at i can stand for a month:
// capitalised, and "May", "March" and bare abbreviations only where a
// month is expected.
func (f *finder) monthOK(i int, followed bool) bool {
	t := f.at(i)
	if !t.upper {
		return false
	}
	if followed {
		return true
	}
	ambiguous := t.val == 5 || t.val == 3 && !t.dot || t.end-t.start <= 4 && !t.dot && t.val != 6 && t.val != 7
	if !ambiguous {
		return true
	}
	p := f.at(i - 1)
	switch p.class {
	case clIn, clOf, clLast, clNext, clThis, clEarly, clLate, clMid, clEnd, clStart, clWithin:
		return true
	case clThe:
		return f.nounAfter(i) // "the March vote", not "the March of Dimes"
	}
	return f.hyphen(i-1) && f.at(i-2).class == clMid ||
		f.word(i-1, "since") || f.word(i-1, "until") || f.word(i-1, "by") ||
		f.word(i-1, "before") || f.word(i-1, "after") || f.word(i-1, "through") || f.word(i-1, "till")
}

// monthDate reads a date that starts with a month at i.
func (f *finder) monthDate(i int) (match, bool) {
	m := f.at(i).val
	j := i + 1
	if k, d, ok := f.dayNumber(j); ok && f.monthOK(i, true) {
		k2 := k
		if f.punct(k2, ',') {
			k2++
		}
		if y, e, ok := f.yearAt(k2, false); ok {
			if v := date(y, m, d); v != "" {
				return f.date(e, v), true
			}
		}
		return f.date(k, f.c.monthDay(m, d, f.dir(i, k))), true
	}
	k := j
	if f.punct(k, ',') || f.at(k).class == clOf {
		k++
	}
	if y, e, ok := f.yearAt(k, false); ok && f.monthOK(i, true) {
		return f.date(e, monthValue(y, m)), true
	}
	// February this year, June last year, July of next year
	k = j
	if f.at(k).class == clOf {
		k++
	}
	if n := f.at(k); (n.class == clThis || n.class == clLast || n.class == clNext) && f.word(k+1, "year") && f.monthOK(i, true) {
		if !f.c.known {
			return f.date(k+2, f.c.month(m, unknown, false)), true
		}
		y := f.c.t.Year()
		switch n.class {
		case clLast:
			y--
		case clNext:
			y++
		}
		return f.date(k+2, monthValue(y, m)), true
	}
	if !f.monthOK(i, false) {
		return match{}, false
	}
	if y, ok := f.monthRange(i); ok {
		return f.date(j, monthValue(y, m)), true
	}
	return f.date(j, f.c.month(m, f.dir(i, j), false)), true
}

// monthRange returns the year of the month at i when it opens or closes a
// range of two months without a day ("July to September", "from March
// through May 2012"), read as one stretch: the second month takes its own
// year, or the tense of the words before the first (the first month's when
// they look ahead), and the first month the year that puts it before the
// second.
func (f *finder) monthRange(i int) (int, bool) {
	first := i
	if !f.rangeMonth(i + 2) {
		first = i - 2
	}
	second := first + 2
	if !f.c.known || f.at(first).class != clMonth || !f.at(first).upper || !f.rangeMonth(second) ||
		f.at(first+1).class != clTo && !f.punct(first+1, '-') && !f.word(first+1, "through") && !f.word(first+1, "until") {
		return 0, false
	}
	m1, m2 := f.at(first).val, f.at(second).val
	wrap := 0 // a range over the new year: "November to March"
	if m1 > m2 {
		wrap = 1
	}
	y2, _, ok := f.yearAt(second+1, false)
	if !ok {
		if d := f.dir(first, first+1); d == forward {
			y2 = f.c.monthYear(m1, d, false) + wrap
		} else {
			y2 = f.c.monthYear(m2, d, false)
		}
	}
	if i == second {
		return y2, true
	}
	return y2 - wrap, true
}

// rangeMonth reports whether token k is a capitalised month with no day
// after it.
func (f *finder) rangeMonth(k int) bool {
	if t := f.at(k); t.class != clMonth || !t.upper {
		return false
	}
	_, _, day := f.dayNumber(k + 1)
	return !day
}

// dayMonth reads "26 April [2025]" once the day d and the month at mi are
// known; the expression starts at token i.
func (f *finder) dayMonth(i, mi, d int) (match, bool) {
	t := f.at(mi)
	if !t.upper {
		return match{}, false
	}
	m := t.val
	k := mi + 1
	if f.punct(k, ',') && f.at(k+1).kind == kindNum {
		k++
	}
	if y, e, ok := f.yearAt(k, false); ok {
		if v := date(y, m, d); v != "" {
			return f.date(e, v), true
		}
	}
	v := f.c.monthDay(m, d, f.dir(i, mi+1))
	return f.date(mi+1, v), v != ""
}

// decade reads "1990s" or "1990's" at i (preceded by "the" or not).
func (f *finder) decade(i int) (match, bool) {
	t := f.at(i)
	if t.kind != kindNum || t.digits != 4 || t.num%10 != 0 || t.num < 1000 || t.num > 2190 {
		return match{}, false
	}
	k := i + 1
	if f.at(k).class == clApos && !f.at(k).space {
		k++
	}
	if f.word(k, "s") && !f.at(k).space {
		return f.date(k+1, string(pad(nil, t.num/10, 3))), true
	}
	return match{}, false
}

// numericDate reads dates that start with a number.
func (f *finder) numericDate(i int) (match, bool) {
	t := f.at(i)
	if m, ok := f.decade(i); ok {
		return m, true
	}
	// 2025-04-26, 2025-04
	if t.digits == 4 && f.hyphen(i+1) {
		if mo := f.at(i + 2); mo.kind == kindNum && mo.digits == 2 && mo.num >= 1 && mo.num <= 12 {
			if f.hyphen(i + 3) {
				if d := f.at(i + 4); d.kind == kindNum && d.digits == 2 {
					if v := date(t.num, mo.num, d.num); v != "" {
						return f.date(i+5, v), true
					}
				}
				return match{}, false
			}
			return f.date(i+3, monthValue(t.num, mo.num)), true
		}
	}
	// 4/26/2025, 26/4/2025
	if t.digits <= 2 && f.punct(i+1, '/') && !f.at(i+1).space && f.punct(i+3, '/') && !f.at(i+3).space {
		b, y := f.at(i+2), f.at(i+4)
		if b.kind == kindNum && y.kind == kindNum && !y.space && (y.digits == 4 || y.digits == 2) && b.digits <= 2 {
			yy := y.num
			if y.digits == 2 {
				yy += 1900
				if y.num < 50 {
					yy += 100
				}
			}
			m, d := t.num, b.num
			if m > 12 {
				m, d = d, m
			}
			if v := date(yy, m, d); v != "" {
				return f.date(i+5, v), true
			}
		}
		return match{}, false
	}
	// 26 April 2025, 26th of April
	if k, d, ok := f.dayNumber(i); ok {
		j := k
		if f.at(j).class == clOf {
			j++
		}
		if f.at(j).class == clMonth {
			return f.dayMonth(i, j, d)
		}
	}
	// a year on its own
	y, ok := f.year(i)
	if !ok || f.punct(i-1, '$') || f.hyphen(i+1) && f.at(i+2).kind == kindWord && f.at(i+2).class != clNone {
		return match{}, false
	}
	if f.punct(i+1, ':') || f.punct(i+1, '.') && f.at(i+2).kind == kindNum {
		return match{}, false
	}
	if p, n := f.at(i-1), f.at(i+1); p.kind == kindWord && p.upper && p.class == clNone && i >= 2 && f.at(i-2).sentence == p.sentence &&
		!f.punct(i-2, '"') && f.at(i-2).class != clApos {
		return match{}, false // part of a name: "Orion 1980", "Vision 2030"
	} else if n.kind == kindWord && n.upper && n.class == clNone && f.word(i-1, "s") && f.at(i-2).class == clApos {
		return match{}, false // a model year: "his 1987 Chevrolet"
	}
	if f.measure(i + 1) {
		return match{}, false // a count: "1900 km of sea", "a poll of 1200 people"
	}
	if y < 1900 || y > 2100 {
		p := f.at(i - 1)
		if !(p.class == clIn || p.class == clOf || p.class == clThe || p.class == clFiscal || p.class == clWithin ||
			f.word(i-1, "since") || f.word(i-1, "until") || f.word(i-1, "by") || f.word(i-1, "before") || f.word(i-1, "after")) {
			return match{}, false
		}
	}
	return f.date(i+1, yearValue(y)), true
}

// weekdayExpr reads a weekday, with a part of the day: "Friday",
// "Friday night".
func (f *finder) weekdayExpr(i int) (match, bool) {
	return f.weekdayFrom(i, i)
}

// weekdayFrom reads a weekday at i in an expression that starts at token
// from ("9 a.m. Tuesday"), whose words before decide the tense.
func (f *finder) weekdayFrom(from, i int) (match, bool) {
	t := f.at(i)
	if !t.upper || t.end-t.start <= 4 && !t.dot {
		return match{}, false
	}
	end := i + 1
	if part, ok := f.partsOfDay(end); ok {
		// "flights leave on Tuesday nights": every Tuesday night
		return match{end: end + 1, typ: chronicle.SetTimex, val: "XXXX-WXX-" + strconv.Itoa(t.val) + partCode[part]}, true
	}
	if part, ok := f.partsOfDay(end + 2); ok && (f.word(end, "and") || f.word(end, "or")) && f.at(end+1).class == clWeekday {
		// "on Monday and Tuesday nights": every Monday night too
		return match{end: end, typ: chronicle.SetTimex, val: "XXXX-WXX-" + strconv.Itoa(t.val) + partCode[part]}, true
	}
	dir := f.weekdayDir(from, end)
	if f.at(end).class == clApos && f.word(end+1, "s") {
		dir = back // "Friday's meeting" has mostly happened
	}
	v := f.c.weekday(t.val, dir, 0)
	return f.withPart(end, v)
}

// partsOfDay reports whether token k is a part of the day in the plural,
// "nights", "mornings", and which part.
func (f *finder) partsOfDay(k int) (int, bool) {
	switch {
	case f.word(k, "nights"):
		return night, true
	case f.word(k, "mornings"):
		return morning, true
	case f.word(k, "afternoons"):
		return afternoon, true
	case f.word(k, "evenings"):
		return evening, true
	}
	return 0, false
}

// weekdayDir is the direction of a bare weekday: back unless the sentence
// speaks of the future, as news mostly reports what happened.
func (f *finder) weekdayDir(i, end int) direction {
	if d := f.dir(i, end); d == forward {
		return forward
	}
	return back
}

// withPart reads an optional part of the day after a day value v that ends
// before token end: "Friday morning" is a TIME, "2025-04-25TMO". "Friday
// night" keeps the day's value: TempEval's annotators mark the night as
// often outside the expression ("Friday" night) as inside it, and the day is
// what both agree on.
func (f *finder) withPart(end int, v string) (match, bool) {
	if p := f.at(end); p.class == clPartOfDay && !p.upper {
		if p.val != night && len(v) == 10 {
			// "Friday morning" is the morning of that day, as TIMEX3 writes it
			return match{end: end + 1, typ: chronicle.TimeTimex, val: v + partCode[p.val], dated: true}, true
		}
		return f.date(end+1, v), true
	}
	return f.date(end, v), true
}

// clockTime reads a time of day: "10:30 a.m.", "3 p.m. EST", "noon",
// "9 o'clock", "noon Thursday".
func (f *finder) clockTime(i int) (match, bool) {
	t := f.at(i)
	h, mi := -1, 0
	end := i + 1
	sure := false
	switch {
	case t.class == clNoon:
		if f.word(i-1, "high") {
			return match{}, false // "high noon": a showdown, not a time of day
		}
		h, sure = 12, true
	case t.class == clMidnight:
		h, sure = 24, true
	case t.kind == kindNum:
		s := f.text[t.start:t.end]
		if c := indexByte(s, ':'); c > 0 && c <= 2 && len(s) == c+3 {
			h = atoi(s[:c])
			mi = atoi(s[c+1:])
			if h > 24 || mi > 59 {
				return match{}, false
			}
			p := f.at(i - 1)
			sure = p.class == clAt || p.class == clApprox || f.word(i-1, "by") || f.word(i-1, "until") ||
				f.zoneTime(i+1) // "9:30 local time"
		} else if t.num >= 0 && t.digits <= 2 && t.num <= 12 {
			h = t.num
		} else if z := f.at(i + 1); t.digits == 4 && len(s) == 4 && t.num%100 <= 59 && t.num/100 <= 24 && z.class == clTimeZone && z.upper {
			// 0430 UTC, 1400 GMT; not the conversion in parentheses after
			// a local time ("10:30 p.m. local time (1730 UTC)")
			if f.punct(i-1, '(') {
				return match{}, false
			}
			h, mi = t.num/100, t.num%100
		} else {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if n := f.at(end); n.class == clMeridiem && h >= 1 && h <= 12 {
		if n.val == 12 && h < 12 {
			h += 12
		} else if n.val == 0 && h == 12 {
			h = 0
		}
		end++
		sure = true
	} else if (f.word(end, "pm") || f.word(end, "am")) && h >= 1 && h <= 12 {
		// 10:30 pm, 9 am: the meridiem without its dots, right after the number
		if f.word(end, "pm") && h < 12 {
			h += 12
		} else if f.word(end, "am") && h == 12 {
			h = 0
		}
		end++
		sure = true
	} else if f.word(end, "o") && f.at(end+1).class == clApos && f.word(end+2, "clock") {
		end += 3
		sure = true
	}
	if n := f.at(end); n.class == clTimeZone && n.upper {
		end++
		sure = true
	}
	if !sure {
		return match{}, false
	}
	clk := "T" + string(pad(nil, h, 2))
	if t.class != clMidnight {
		clk += ":" + string(pad(nil, mi, 2))
	}
	day := "XXXX-XX-XX"
	if f.c.known {
		day = dayValue(f.c.t)
	}
	// noon Thursday, 10 a.m. yesterday
	k := end
	if f.punct(k, ',') {
		k++
	}
	switch n := f.at(k); n.class {
	case clWeekday:
		if m, ok := f.weekdayFrom(i, k); ok && m.typ == chronicle.DateTimex {
			return match{end: m.end, typ: chronicle.TimeTimex, val: m.val + clk, dated: true}, true
		}
	case clToday, clYesterday, clTomorrow:
		if m, ok := f.deictic(k); ok && len(m.val) == 10 {
			return match{end: m.end, typ: chronicle.TimeTimex, val: m.val + clk, dated: true}, true
		}
	case clMonth:
		// 5 p.m. EST, Nov. 6
		if m, ok := f.monthDate(k); ok && len(m.val) == 10 {
			return match{end: m.end, typ: chronicle.TimeTimex, val: m.val + clk, dated: true}, true
		}
	}
	return match{end: end, typ: chronicle.TimeTimex, val: day + clk}, true
}

// midPart reads "mid-afternoon" and "mid morning", with the day they fall
// on: "mid-afternoon yesterday", "mid-morning Friday".
func (f *finder) midPart(i int) (match, bool) {
	j := i + 1
	if f.hyphen(j) {
		j++
	}
	p := f.at(j)
	if p.class != clPartOfDay || p.val == night {
		return match{}, false
	}
	end := j + 1
	day := "XXXX-XX-XX"
	if f.c.known {
		day = dayValue(f.c.t)
	}
	switch n := f.at(end); n.class {
	case clWeekday:
		if m, ok := f.weekdayFrom(i, end); ok && len(m.val) == 10 {
			day, end = m.val, m.end
		}
	case clToday, clYesterday, clTomorrow:
		if m, ok := f.deictic(end); ok && len(m.val) == 10 {
			day, end = m.val, m.end
		}
	}
	return match{end: end, typ: chronicle.TimeTimex, val: day + partCode[p.val], dated: true}, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// measure reports whether token i counts or measures what a number before
// it stands for, so that the number is not a year: "1900 km of sea", "a
// poll of 1200 people", "to cut 2000 jobs".
func (f *finder) measure(i int) bool {
	if t := f.at(i); t.kind != kindWord || t.upper {
		return false
	}
	for _, w := range [...]string{"km", "kilometres", "kilometers", "miles", "metres", "meters", "feet",
		"tonnes", "tons", "kg", "people", "soldiers", "troops", "jobs", "workers", "votes"} {
		if f.word(i, w) {
			return true
		}
	}
	return false
}

// zoneTime reports whether the words at i name the clock a time of day is
// told by: "local time", "eastern time".
func (f *finder) zoneTime(i int) bool {
	if !f.word(i+1, "time") {
		return false
	}
	for _, w := range [...]string{"local", "eastern", "central", "pacific", "mountain", "atlantic"} {
		if f.word(i, w) {
			return true
		}
	}
	return false
}
