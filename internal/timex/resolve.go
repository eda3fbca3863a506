package timex

import (
	"strconv"
	"time"
)

// A direction says which way an expression without a year or week points:
// back to the most recent occurrence, forward to the next one, or, when the
// text gives no hint, to the one in the anchor's own year or week.
type direction int8

const (
	unknown direction = 0
	back    direction = -1
	forward direction = 1
)

// A clock resolves calendar arithmetic against the anchor day. When the
// anchor is unknown (known is false) its methods return underspecified
// values such as "XXXX-02".
type clock struct {
	t     time.Time
	known bool
}

func pad(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func dayValue(t time.Time) string {
	b := make([]byte, 0, 10)
	b = pad(b, t.Year(), 4)
	b = append(b, '-')
	b = pad(b, int(t.Month()), 2)
	b = append(b, '-')
	return string(pad(b, t.Day(), 2))
}

func monthValue(y, m int) string {
	b := make([]byte, 0, 7)
	b = pad(b, y, 4)
	b = append(b, '-')
	return string(pad(b, m, 2))
}

func yearValue(y int) string { return string(pad(nil, y, 4)) }

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	b := make([]byte, 0, 8)
	b = pad(b, y, 4)
	b = append(b, "-W"...)
	return string(pad(b, w, 2))
}

func quarterValue(y, q int) string { return yearValue(y) + "-Q" + strconv.Itoa(q) }

var seasonCode = [...]string{spring: "SP", summer: "SU", fall: "FA", winter: "WI"}

var partCode = [...]string{morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI"}

// shift returns the anchor moved by n units (n may be negative).
func (c clock) shift(n, unit int) time.Time {
	switch unit {
	case uDay, uNight:
		return c.t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return c.t.AddDate(0, 0, 7*n)
	case uFortnight:
		return c.t.AddDate(0, 0, 14*n)
	case uMonth:
		return c.t.AddDate(0, n, 0)
	case uQuarter:
		return c.t.AddDate(0, 3*n, 0)
	case uYear:
		return c.t.AddDate(n, 0, 0)
	case uDecade:
		return c.t.AddDate(10*n, 0, 0)
	case uCentury:
		return c.t.AddDate(100*n, 0, 0)
	}
	return c.t
}

// at returns the value of the period of the given unit that contains the
// anchor moved by n units: "this week" is at(0, uWeek), "last year" at(-1, uYear).
func (c clock) at(n, unit int) string {
	if !c.known {
		switch unit {
		case uWeek:
			return "XXXX-WXX"
		case uWeekend:
			return "XXXX-WXX-WE"
		case uMonth:
			return "XXXX-XX"
		case uQuarter:
			return "XXXX-QX"
		case uYear:
			return "XXXX"
		case uDecade:
			return "XXX"
		case uCentury:
			return "XX"
		}
		return "XXXX-XX-XX"
	}
	t := c.shift(n, unit)
	switch unit {
	case uWeek, uFortnight:
		return weekValue(t)
	case uWeekend:
		return weekValue(t) + "-WE"
	case uMonth:
		return monthValue(t.Year(), int(t.Month()))
	case uQuarter:
		return quarterValue(t.Year(), (int(t.Month())+2)/3)
	case uYear:
		return yearValue(t.Year())
	case uDecade:
		return strconv.Itoa(t.Year() / 10)
	case uCentury:
		return strconv.Itoa(t.Year() / 100)
	}
	return dayValue(t)
}

// weekday returns the date of ISO weekday wd (1 = Monday) nearest the
// anchor in direction dir. min is the least distance in days: 0 lets the
// anchor day itself count, 1 does not.
func (c clock) weekday(wd int, dir direction, min int) string {
	if !c.known {
		return "XXXX-WXX-" + strconv.Itoa(wd)
	}
	cur := int(c.t.Weekday())
	if cur == 0 {
		cur = 7
	}
	var d int
	if dir == forward {
		d = (wd - cur + 7) % 7
		if d < min {
			d += 7
		}
	} else {
		d = -((cur - wd + 7) % 7)
		if -d < min {
			d -= 7
		}
	}
	return dayValue(c.t.AddDate(0, 0, d))
}

// monthYear returns the year of month m seen from the anchor in direction
// dir; strict excludes the anchor's own month ("last April" in April).
// Without a direction it is the year that puts m nearest the anchor: a
// story written in January about "December" means the December just past.
func (c clock) monthYear(m int, dir direction, strict bool) int {
	y, cur := c.t.Year(), int(c.t.Month())
	switch dir {
	case back:
		if m > cur || strict && m == cur {
			return y - 1
		}
	case forward:
		// "will … in March" written in April is rarely next March
		if m < cur && cur-m > 3 || strict && m == cur {
			return y + 1
		}
	default:
		// past months are written about more than months a half-year ahead
		if m-cur > 6 {
			return y - 1
		}
	}
	return y
}

// month returns the value of month m in direction dir.
func (c clock) month(m int, dir direction, strict bool) string {
	if !c.known {
		return "XXXX-" + string(pad(nil, m, 2))
	}
	return monthValue(c.monthYear(m, dir, strict), m)
}

// monthDay returns the value of day d of month m in direction dir, or ""
// when no such day exists.
func (c clock) monthDay(m, d int, dir direction) string {
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return ""
	}
	if !c.known {
		return "XXXX-" + string(pad(nil, m, 2)) + "-" + string(pad(nil, d, 2))
	}
	// A date within a month of the anchor is that one whatever the tense
	// says; otherwise the tense picks the side, and without one the
	// nearest date wins, a past one counting as half again nearer: news
	// reports more than it announces.
	y := c.t.Year()
	best, bestDist := "", 0
	for _, yy := range [...]int{y - 1, y, y + 1} {
		v := date(yy, m, d)
		if v == "" {
			continue
		}
		dist := int(mustDay(v).Sub(c.t).Hours() / 24)
		abs := dist
		if abs < 0 {
			abs = -abs
		}
		if abs <= 31 {
			return v
		}
		if dir == back && dist > 0 || dir == forward && dist < 0 {
			continue
		}
		if dir == unknown && dist < 0 {
			abs = abs * 2 / 3
		}
		if best == "" || abs < bestDist {
			best, bestDist = v, abs
		}
	}
	return best
}

// strictMonthDay returns day d of month m nearest the anchor on one side of
// it, the anchor's day excluded: after it when ahead is set, else before.
// It returns "" when no such day exists.
func (c clock) strictMonthDay(m, d int, ahead bool) string {
	today := dayValue(c.t)
	y := c.t.Year()
	for k := 0; k <= 1; k++ {
		yy := y - k
		if ahead {
			yy = y + k
		}
		v := date(yy, m, d)
		if v != "" && (ahead && v > today || !ahead && v < today) {
			return v
		}
	}
	return ""
}

// date returns the value of a calendar date, or "" when it does not exist.
func date(y, m, d int) string {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return dayValue(t)
}

// season returns the value of season s in direction dir; strict skips the
// season the anchor is in.
func (c clock) season(s int, dir direction, strict bool) string {
	if !c.known {
		return "XXXX-" + seasonCode[s]
	}
	y, m := c.t.Year(), int(c.t.Month())
	var cur int
	switch {
	case m >= 3 && m <= 5:
		cur = spring
	case m >= 6 && m <= 8:
		cur = summer
	case m >= 9 && m <= 11:
		cur = fall
	default:
		cur = winter
	}
	if cur == winter && m <= 2 {
		y-- // January's winter began the year before
	}
	switch dir {
	case back:
		if s > cur || strict && s == cur {
			y--
		}
	case forward:
		if s < cur || strict && s == cur {
			y++
		}
	}
	return yearValue(y) + "-" + seasonCode[s]
}

// quarter returns the value of quarter q in direction dir.
func (c clock) quarter(q int, dir direction) string {
	if !c.known {
		return "XXXX-Q" + strconv.Itoa(q)
	}
	y, cur := c.t.Year(), (int(c.t.Month())+2)/3
	switch dir {
	case back:
		if q > cur {
			y--
		}
	case forward:
		// a quarter just ended is still reported on; only one well
		// past is next year's
		if cur-q >= 2 {
			y++
		}
	}
	return quarterValue(y, q)
}

// duration returns the TIMEX3 duration of n units; n < 0 means an
// unspecified number ("several weeks" is PXW).
func duration(n, unit int) string {
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	switch unit {
	case uSecond:
		return "PT" + num + "S"
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		return "PT" + num + "H"
	case uDay, uNight:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uWeekend:
		return "P" + num + "WE"
	case uFortnight:
		if n >= 0 {
			return "P" + strconv.Itoa(2*n) + "W"
		}
		return "PXW"
	case uMonth:
		return "P" + num + "M"
	case uQuarter:
		return "P" + num + "Q"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		if n >= 0 {
			return "P" + strconv.Itoa(10*n) + "Y"
		}
		return "P" + num + "DE"
	case uCentury:
		if n >= 0 {
			return "P" + strconv.Itoa(100*n) + "Y"
		}
		return "P" + num + "CE"
	}
	return "P" + num + "D"
}

// halfDuration returns the TIMEX3 duration of n and a half units, written
// with the next smaller unit as TimeML writes it: "P2Y6M", "PT5H30M".
func halfDuration(n, unit int) string {
	if n == 0 && unit != uSecond {
		m, u := halfIn(0, unit) // half an hour: PT30M
		return duration(m, u)
	}
	s := strconv.Itoa(n)
	switch unit {
	case uSecond:
		return "PT" + s + ".5S"
	case uMinute:
		return "PT" + s + "M30S"
	case uHour:
		return "PT" + s + "H30M"
	case uDay, uNight:
		return "P" + s + "DT12H"
	case uMonth:
		return "P" + s + "M15D"
	case uYear:
		return "P" + s + "Y6M"
	}
	m, u := halfIn(n, unit)
	return duration(m, u)
}

// halfIn returns n and a half units as a whole number of a smaller unit.
func halfIn(n, unit int) (int, int) {
	switch unit {
	case uSecond:
		return n, uSecond
	case uMinute:
		return 60*n + 30, uSecond
	case uHour:
		return 60*n + 30, uMinute
	case uDay, uNight:
		return 24*n + 12, uHour
	case uWeek:
		return 7*n + 3, uDay
	case uFortnight:
		return 2*n + 1, uWeek
	case uMonth:
		return 30*n + 15, uDay
	case uQuarter:
		return 3*n + 1, uMonth
	case uYear:
		return 12*n + 6, uMonth
	case uDecade:
		return 10*n + 5, uYear
	case uCentury:
		return 100*n + 50, uYear
	}
	return n, unit
}

// shiftValue moves a resolved DATE value by n years, keeping its form
// ("1989-Q3" → "1988-Q3"); it returns "" for values it does not read.
func shiftValue(v string, years int) string {
	if len(v) < 4 {
		return ""
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return ""
	}
	rest := v[4:]
	if len(rest) == 6 && rest[0] == '-' && rest[3] == '-' { // -MM-DD
		m, _ := strconv.Atoi(rest[1:3])
		d, _ := strconv.Atoi(rest[4:6])
		t := time.Date(y+years, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return dayValue(t)
	}
	return yearValue(y+years) + rest
}

// easter returns the month and day of Easter Sunday in year y (the
// anonymous Gregorian algorithm).
func easter(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// nthWeekday returns the day of month m of year y that is the n-th ISO
// weekday wd; n = -1 asks for the last one.
func nthWeekday(y, m, wd, n int) int {
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	fw := int(first.Weekday())
	if fw == 0 {
		fw = 7
	}
	d := 1 + (wd-fw+7)%7
	if n > 0 {
		return d + 7*(n-1)
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	for d+7 <= last {
		d += 7
	}
	return d
}

// holiday returns the month and day of holiday h in year y.
func holiday(h, y int) (int, int) {
	switch h {
	case hChristmas:
		return 12, 25
	case hChristmasEve:
		return 12, 24
	case hNewYear:
		return 1, 1
	case hNewYearsEve:
		return 12, 31
	case hThanksgiving:
		return 11, nthWeekday(y, 11, 4, 4)
	case hIndependence:
		return 7, 4
	case hEaster:
		return easter(y)
	case hHalloween:
		return 10, 31
	case hValentine:
		return 2, 14
	case hLabor:
		return 9, nthWeekday(y, 9, 1, 1)
	case hMemorial:
		return 5, nthWeekday(y, 5, 1, -1)
	case hElection: // the Tuesday after the first Monday of November
		return 11, nthWeekday(y, 11, 1, 1) + 1
	}
	return 1, 1
}

// mustDay parses a value known to be YYYY-MM-DD.
func mustDay(v string) time.Time {
	return time.Date(atoi(v[:4]), time.Month(atoi(v[5:7])), atoi(v[8:10]), 0, 0, 0, 0, time.UTC)
}
