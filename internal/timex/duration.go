package timex

import (
	"chronicle"
)

// number reads a count at i: digits, number words ("twenty-four",
// "twenty four"), or a vague count ("several", "a few", "a couple of"),
// for which n is -1. allowA lets "a" and "an" count as one.
func (f *finder) number(i int, allowA bool) (n, end int, ok bool) {
	t := f.at(i)
	switch {
	case t.kind == kindNum:
		if t.num < 0 || f.punct(i-1, '$') || f.punct(i-1, '#') {
			return 0, 0, false
		}
		return t.num, i + 1, true
	case t.class == clNumber:
		n, end = t.val, i+1
		if n >= 20 && n < 100 && n%10 == 0 {
			k := end
			if f.hyphen(k) {
				k++
			}
			if u := f.at(k); u.class == clNumber && u.val < 10 {
				return n + u.val, k + 1, true
			}
		}
		return n, end, true
	case t.class == clVague:
		if (f.word(i, "few") || f.word(i, "couple")) && !allowA {
			return 0, 0, false // "few years" without "a" is not a count
		}
		if f.word(i, "couple") {
			if f.at(i+1).class == clOf {
				return 2, i + 2, true
			}
			return 0, 0, false
		}
		return -1, i + 1, true
	case t.class == clA && allowA:
		if f.word(i+1, "few") {
			return -1, i + 2, true
		}
		if f.word(i+1, "couple") && f.at(i+2).class == clOf {
			return 2, i + 3, true
		}
		return 1, i + 1, true
	}
	return 0, 0, false
}

// count reads "<number> <unit>" at i: "three years", "15-minute", "a week",
// "several months", "two more weeks", "two to three weeks", and counts with
// a half: "5 1/2 hours", "two-and-a-half years", "an hour and a half",
// "half an hour" (half is set and n is the whole part). It returns the token
// after the unit.
func (f *finder) count(i int, allowA bool) (n, unit, end int, half, ok bool) {
	// half an hour, half a day, a half hour, a half-hour
	if h := i; f.at(h).class == clHalf || allowA && f.at(h).class == clA && f.at(h+1).class == clHalf {
		k := h + 1
		if f.at(h).class == clA {
			k++ // a half hour
			if f.hyphen(k) {
				k++
			}
		} else if f.at(k).class == clA {
			k++ // half an hour
		} else {
			return 0, 0, 0, false, false
		}
		if f.at(k).class == clUnit {
			return 0, f.at(k).val, k + 1, true, true
		}
		return 0, 0, 0, false, false
	}
	n, k, ok := f.number(i, allowA)
	if !ok {
		return 0, 0, 0, false, false
	}
	if n >= 0 {
		// 5 1/2 hours, two-and-a-half years, two and a half years
		if k2, ok := f.fraction(k); ok {
			if f.hyphen(k2) && f.isUnit(k2+1) {
				k2++ // two-and-a-half-year
			}
			if f.isUnit(k2) {
				return n, f.at(k2).val, k2 + 1, true, true
			}
		}
	}
	n, unit, end, ok = f.whole(i, n, k)
	if !ok {
		return 0, 0, 0, false, false
	}
	// an hour and a half, a year and a half
	if n == 1 && f.at(end-1).class == clUnit {
		if k2, ok := f.fraction(end); ok && !f.hyphen(end) {
			return n, unit, k2, true, true
		}
	}
	return n, unit, end, false, true
}

// fraction reads "1/2", "-and-a-half" or "and a half" at token k, after a
// number or a unit, returning the token after it.
func (f *finder) fraction(k int) (int, bool) {
	if n := f.at(k); n.kind == kindNum && n.num == 1 && n.space && f.punct(k+1, '/') && !f.at(k+1).space &&
		f.at(k+2).kind == kindNum && f.at(k+2).num == 2 && !f.at(k+2).space {
		return k + 3, true
	}
	if f.hyphen(k) && f.word(k+1, "and") && f.hyphen(k+2) && f.at(k+3).class == clA && f.hyphen(k+4) && f.word(k+5, "half") {
		return k + 6, true
	}
	if f.word(k, "and") && f.at(k+1).class == clA && f.word(k+2, "half") {
		return k + 3, true
	}
	return k, false
}

// whole reads the unit after the number n that starts at i and ends before
// token k; see count.
func (f *finder) whole(i, n, k int) (int, int, int, bool) {
	t0 := f.at(i)
	// adjectival: 15-minute, five-year
	if f.hyphen(k) && f.isUnit(k+1) {
		if f.hyphen(k+2) && f.at(k+3).class == clYearOld {
			return 0, 0, 0, false // an age: five-year-old
		}
		if f.at(k+1).class == clUnits && f.at(k+1).val == uQuarter {
			return 0, 0, 0, false // three-quarters: a fraction
		}
		if f.hyphen(k+2) && f.word(k+3, "long") {
			return n, f.at(k + 1).val, k + 4, true // two-year-long
		}
		return n, f.at(k + 1).val, k + 2, true
	}
	if (f.at(k).class == clTo || f.at(k).class == clOr) && n >= 0 {
		if _, k2, ok := f.number(k+1, false); ok && f.isUnit(k2) {
			k = k2
		}
	}
	if f.word(k, "more") {
		k++
	}
	if f.isUnit(k+1) && f.at(k+1).val == uDay && (f.word(k, "trading") || f.word(k, "business") || f.word(k, "working")) {
		k++ // eight trading days, ten business days
	}
	u := f.at(k)
	long := f.isUnit(k) && f.hyphen(k+1) && f.word(k+2, "long")
	if long && t0.class == clA {
		return 0, 0, 0, false // "a year-long inquiry" marks "year-long": see unitLong
	}
	if !f.isUnit(k) || u.upper && t0.kind == kindNum {
		return 0, 0, 0, false // "60 Minutes" is a name
	}
	if f.hyphen(k+1) && (f.at(k+2).class == clEarlier || f.at(k+2).class == clAgo) {
		return 0, 0, 0, false // "a year-earlier loss"
	}
	if u.val == uSecond && f.at(i).class == clA {
		return 0, 0, 0, false // "a second attempt"
	}
	if u.val == uQuarter && u.class == clUnits && f.at(k+1).class == clOf && n >= 0 {
		return 0, 0, 0, false // "three-quarters of"
	}
	if f.at(k+1).class == clYearOld || f.hyphen(k+1) && f.at(k+2).class == clYearOld {
		return 0, 0, 0, false // "five years old"
	}
	if u.class == clUnit && n != 1 && f.at(k+1).kind != kindWord && !long {
		// "five year" on its own is odd; "five year low" is fine
		return 0, 0, 0, false
	}
	if long {
		return n, u.val, k + 3, true // the four decades-long conflict
	}
	return n, u.val, k + 1, true
}

// duration reads durations: "three years", "the 15-minute meeting",
// "the nine months", "several weeks", "years" after "for" or "in".
func (f *finder) duration(i int) (match, bool) {
	j := i
	the := f.at(j).class == clThe
	if the {
		j++
	}
	if u := f.at(j); u.class == clUnits && !the {
		// bare plural: "for years", "in weeks"
		p := f.at(j - 1).class
		if (p == clWithin || p == clIn || f.word(j-1, "than")) && u.val != uSecond {
			return match{end: j + 1, typ: chronicle.DurationTimex, val: duration(-1, u.val)}, true
		}
		return match{}, false
	}
	if m, ok := f.moreUnits(j); ok && !the {
		return m, true
	}
	n, unit, end, half, ok := f.count(j, !the)
	if !ok || the && f.hyphen(end-2) {
		return match{}, false // "the 15-minute meeting" marks "15-minute"
	}
	if n == 1 && unit == uDay && end == j+2 && f.word(j, "one") && f.modal(i-1) {
		return f.date(end, "FUTURE_REF"), true // "Islam will one day be the second religion": some day to come
	}
	if f.at(j).class == clA && n == 1 && (f.at(i-1).kind == kindNum || f.word(i-1, "once") || f.word(i-1, "twice") || f.word(i-1, "times")) {
		return match{}, false // "$5 a year", "twice a week": a rate
	}
	if n == 1 && unit == uQuarter && f.at(end).class == clOf {
		// "a quarter of the market" is a share; "a quarter of an hour" a time
		if f.at(end+1).class == clA && f.at(end+2).class == clUnit {
			switch f.at(end + 2).val {
			case uHour:
				return match{end: end + 3, typ: chronicle.DurationTimex, val: "PT15M"}, true
			case uYear:
				return match{end: end + 3, typ: chronicle.DurationTimex, val: "P3M"}, true
			case uCentury:
				return match{end: end + 3, typ: chronicle.DurationTimex, val: "P25Y"}, true
			}
		}
		return match{}, false
	}
	if f.at(end).class == clOr && f.at(end+1).class == clSo {
		end += 2
	}
	if n == 1 && f.at(end).class == clOr && f.word(end+1, "two") && f.at(i-1).class == clIn && f.dir(i, end+2) != back {
		return f.date(end+2, "FUTURE_REF"), true // "could, in a year or two, cure more": some time ahead
	}
	if half {
		return match{end: end, typ: chronicle.DurationTimex, val: halfDuration(n, unit)}, true
	}
	return match{end: end, typ: chronicle.DurationTimex, val: duration(n, unit)}, true
}

// ago reads a point a distance from the publication day or from the date
// last mentioned: "two days ago", "a year earlier", "a week or so ago",
// "two years from now". "Three weeks later" is not one: TimeML marks the
// distance, "three weeks", as a duration and "later" as a signal.
func (f *finder) ago(i int) (match, bool) {
	n, unit, end, half, ok := f.count(i, true)
	if !ok || unit == uWeekend {
		return match{}, false
	}
	if half {
		n, unit = halfIn(n, unit)
	}
	if f.at(end).class == clOr && f.at(end+1).class == clSo {
		end += 2
	}
	var d direction
	fromRef := false
	switch f.at(end).class {
	case clAgo:
		d = back
	case clEarlier:
		d, fromRef = back, true
	case clFrom:
		if f.at(end+1).class != clNow {
			return match{}, false
		}
		d = forward
		end++
	default:
		if f.word(end, "before") && f.at(end+1).kind != kindWord {
			d, fromRef = back, true
		} else if f.word(end, "hence") {
			d = forward
		} else {
			return match{}, false
		}
	}
	end++
	if n < 0 {
		if d == back {
			return f.date(end, "PAST_REF"), true
		}
		return f.date(end, "FUTURE_REF"), true
	}
	c := f.c
	if n == 1 && unit == uYear && f.ref.months != "" && (f.lastQuarter != "" || c.known) {
		// "a year earlier" after "the first nine months": the year before
		y := f.lastQuarter
		if y == "" {
			y = c.at(0, uYear)
		}
		return match{end: end, typ: chronicle.DateTimex, val: shiftValue(y[:4], -1), noref: true}, true
	}
	if n == 1 && unit == uYear && f.lastQuarter != "" {
		// "a year ago" in an earnings report: the same quarter a year before
		return match{end: end, typ: chronicle.DateTimex, val: shiftValue(f.lastQuarter, -1), noref: true}, true
	}
	if fromRef && f.lastDay != "" {
		c = clock{t: mustDay(f.lastDay), known: true}
	}
	if d == back {
		n = -n
	}
	switch unit {
	case uYear, uMonth, uQuarter:
		return f.date(end, c.at(n, unit)), true
	case uDecade, uCentury:
		if !c.known {
			return f.date(end, "XXXX"), true
		}
		return f.date(end, yearValue(c.shift(n, unit).Year())), true
	case uHour, uMinute, uSecond:
		return f.date(end, c.at(0, uDay)), true
	case uWeek:
		if n <= -3 {
			// "six weeks ago" names a week; "two weeks ago", a day
			return f.date(end, c.at(n, uWeek)), true
		}
	}
	if !c.known {
		return f.date(end, "XXXX-XX-XX"), true
	}
	return f.date(end, dayValue(c.shift(n, unit))), true
}

// set reads recurring times: "daily", "weekly", "every day", "each year",
// "every Monday", "every two weeks", "each July".
func (f *finder) set(i int) (match, bool) {
	t := f.at(i)
	setOf := func(end int, v string) (match, bool) {
		return match{end: end, typ: chronicle.SetTimex, val: v}, true
	}
	if t.class == clSet {
		if (t.val == uQuarter || t.val == uMonth) && (f.nounAfter(i) || f.at(i+1).class == clOf) {
			return match{}, false // "a quarterly dividend", "its first quarterly of ten cents": a payment, not a recurrence
		}
		if t.val == uNight {
			return setOf(i+1, "P1D")
		}
		if f.word(i, "annually") && f.amountBefore(i) {
			return match{}, false // "to grow 8% annually": a rate, not a recurring time
		}
		return setOf(i+1, duration(1, t.val))
	}
	j := i + 1
	if f.word(j, "other") {
		n := f.at(j + 1)
		if n.class == clUnit {
			return setOf(j+2, duration(2, n.val))
		}
		return match{}, false
	}
	n := f.at(j)
	switch n.class {
	case clUnit:
		return setOf(j+1, duration(1, n.val))
	case clWeekday:
		if n.upper {
			return setOf(j+1, "XXXX-WXX-"+string(rune('0'+n.val)))
		}
	case clMonth:
		if n.upper {
			return setOf(j+1, "XXXX-"+string(pad(nil, n.val, 2)))
		}
	case clPartOfDay:
		return setOf(j+1, "XXXX-XX-XX"+partCode[n.val])
	case clSeason:
		return setOf(j+1, "XXXX-"+seasonCode[n.val])
	}
	if t.class == clEvery {
		if c, unit, end, half, ok := f.count(j, false); ok && c > 0 && !half {
			return setOf(end, duration(c, unit))
		}
	}
	return match{}, false
}

// amountBefore reports whether one of the three tokens before i is a number
// or a percent sign: "8% annually", "$4 million annually", "9,000
// units annually".
func (f *finder) amountBefore(i int) bool {
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		if f.toks[k].kind == kindNum || f.punct(k, '%') {
			return true
		}
	}
	return false
}

// modal reports whether token k is a modal verb: "will", "could", "may".
func (f *finder) modal(k int) bool {
	for _, w := range [...]string{"will", "would", "could", "may", "might", "can", "should", "shall"} {
		if f.word(k, w) {
			return true
		}
	}
	return false
}

// unitLong reads an adjective of length made of a unit: "a year-long
// inquiry" (P1Y), "a weeks-long strike" (PXW), "the day-long meeting".
func (f *finder) unitLong(i int) (match, bool) {
	u := f.at(i)
	if !f.isUnit(i) || !f.hyphen(i+1) || !f.word(i+2, "long") || f.hyphen(i+3) || f.at(i-1).kind == kindNum || f.at(i-1).class == clNumber {
		return match{}, false
	}
	n := 1
	if u.class == clUnits {
		n = -1
	}
	return match{end: i + 3, typ: chronicle.DurationTimex, val: duration(n, u.val)}, true
}

// moreUnits reads a stretch added to another: "for an additional year",
// "a further six months", "an extra day".
func (f *finder) moreUnits(j int) (match, bool) {
	k := j + 1
	if f.at(j).class != clA || !f.word(k, "additional") && !f.word(k, "further") && !f.word(k, "extra") {
		return match{}, false
	}
	k++
	if u := f.at(k); u.class == clUnit && !f.hyphen(k+1) {
		return match{end: k + 1, typ: chronicle.DurationTimex, val: duration(1, u.val)}, true
	}
	n, unit, end, half, ok := f.count(k, false)
	if !ok || half || n < 0 || f.hyphen(end-2) {
		return match{}, false
	}
	return match{end: end, typ: chronicle.DurationTimex, val: duration(n, unit)}, true
}
