package timex

// A class is what the lexicon says a word is.
type class uint8

const (
	clNone       class = iota
	clApos             // ' or ’
	clMeridiem         // a.m., p.m. (val 0 or 12)
	clMonth            // val 1..12
	clWeekday          // val 1 (Monday) .. 7 (Sunday)
	clUnit             // val: a unit; singular
	clUnits            // val: a unit; plural
	clNumber           // val: the number a word names
	clOrdinal          // val: first=1 …
	clVague            // few, several, many, couple
	clSeason           // val: season
	clPartOfDay        // val: part of day
	clToday            // today
	clTonight          // tonight
	clYesterday        // yesterday
	clTomorrow         // tomorrow
	clNow              // now, currently, nowadays, presently
	clCurrent          // current
	clRecently         // recently, lately
	clRecent           // recent
	clFuture           // future
	clSoon             // soon
	clPast             // past
	clThis             // this
	clLast             // last
	clNext             // next
	clComing           // coming, upcoming
	clPrevious         // previous, preceding, prior
	clLatest           // latest, most recent
	clAgo              // ago
	clEarlier          // earlier
	clLater            // later
	clEarly            // early
	clLate             // late
	clMid              // mid
	clThe              // the
	clA                // a, an
	clSet              // daily, weekly … (val: unit)
	clEvery            // every
	clEach             // each
	clPer              // per
	clFiscal           // fiscal
	clHalf             // half
	clWill             // will, shall, 'll (future cues)
	clSaid             // said, was, were, had, did (past cues)
	clNoon             // noon, midday
	clMidnight         // midnight
	clQn               // q1..q4 (val 1..4)
	clEnd              // end, close
	clStart            // beginning, start
	clMiddle           // middle
	clOf               // of
	clApprox           // about, around, nearly, almost, roughly, approximately
	clFrom             // from
	clYearOld          // old (for "five-year-old")
	clHoliday          // val: holiday
	clOvernight        // overnight
	clThat             // that (earlier that day)
	clThese            // these (these days)
	clSame             // same
	clTimeZone         // ET, EST, GMT …
	clOClock           // o'clock (as "clock")
	clDecadeWord       // twenties … nineties (val: 2..9)
	clAt               // at
	clOn               // on
	clIn               // in
	clTo               // to
	clOr               // or
	clSo               // so (a week or so ago)
	clMore             // more, less, least
	clThan             // than
	clUp               // up (up to)
	clWithin           // within, for, over, during, throughout
	clAs               // as (as soon as possible)
	clThen             // then (the then current price)
	clPresent          // present (at present)
)

// Units of duration and granularity.
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uNight
)

// Seasons, in TIMEX3 order of the calendar year.
const (
	spring = iota + 1
	summer
	fall
	winter
)

// Parts of the day.
const (
	morning = iota + 1
	afternoon
	evening
	night
)

// Holidays with a fixed or computable date.
const (
	hChristmas = iota + 1
	hChristmasEve
	hNewYear
	hNewYearsEve
	hThanksgiving
	hIndependence
	hEaster
	hHalloween
	hValentine
	hLabor
	hMemorial
	hElection
)

// dayHolidays are holidays named by a capitalised word and "Day" ("Labor
// Day", "Election Day", "Valentine's Day"); the word alone is no holiday.
var dayHolidays = map[string]int{
	"labor": hLabor, "memorial": hMemorial, "independence": hIndependence,
	"election": hElection, "valentine": hValentine,
}

type entry struct {
	class class
	val   int
	abbr  bool // takes a following period: "Sept."
}

var lexicon = map[string]entry{
	"january": {clMonth, 1, false}, "jan": {clMonth, 1, true},
	"february": {clMonth, 2, false}, "feb": {clMonth, 2, true},
	"march": {clMonth, 3, false}, "mar": {clMonth, 3, true},
	"april": {clMonth, 4, false}, "apr": {clMonth, 4, true},
	"may":  {clMonth, 5, false},
	"june": {clMonth, 6, false}, "jun": {clMonth, 6, true},
	"july": {clMonth, 7, false}, "jul": {clMonth, 7, true},
	"august": {clMonth, 8, false}, "aug": {clMonth, 8, true},
	"september": {clMonth, 9, false}, "sep": {clMonth, 9, true}, "sept": {clMonth, 9, true},
	"october": {clMonth, 10, false}, "oct": {clMonth, 10, true},
	"november": {clMonth, 11, false}, "nov": {clMonth, 11, true},
	"december": {clMonth, 12, false}, "dec": {clMonth, 12, true},

	"monday": {clWeekday, 1, false}, "mon": {clWeekday, 1, true},
	"tuesday": {clWeekday, 2, false}, "tue": {clWeekday, 2, true}, "tues": {clWeekday, 2, true},
	"wednesday": {clWeekday, 3, false}, "wed": {clWeekday, 3, true},
	"thursday": {clWeekday, 4, false}, "thu": {clWeekday, 4, true}, "thur": {clWeekday, 4, true}, "thurs": {clWeekday, 4, true},
	"friday": {clWeekday, 5, false}, "fri": {clWeekday, 5, true},
	"saturday": {clWeekday, 6, false}, "sat": {clWeekday, 6, true},
	"sunday": {clWeekday, 7, false}, "sun": {clWeekday, 7, true},

	"second": {clUnit, uSecond, false}, "seconds": {clUnits, uSecond, false}, "sec": {clUnit, uSecond, true}, "secs": {clUnits, uSecond, true},
	"minute": {clUnit, uMinute, false}, "minutes": {clUnits, uMinute, false}, "min": {clUnit, uMinute, true}, "mins": {clUnits, uMinute, true},
	"hour": {clUnit, uHour, false}, "hours": {clUnits, uHour, false}, "hr": {clUnit, uHour, true}, "hrs": {clUnits, uHour, true},
	"day": {clUnit, uDay, false}, "days": {clUnits, uDay, false},
	"night": {clPartOfDay, night, false}, "nights": {clUnits, uNight, false},
	"week": {clUnit, uWeek, false}, "weeks": {clUnits, uWeek, false},
	"weekend": {clUnit, uWeekend, false}, "weekends": {clUnits, uWeekend, false},
	"fortnight": {clUnit, uFortnight, false}, "fortnights": {clUnits, uFortnight, false},
	"month": {clUnit, uMonth, false}, "months": {clUnits, uMonth, false},
	"quarter": {clUnit, uQuarter, false}, "quarters": {clUnits, uQuarter, false},
	"year": {clUnit, uYear, false}, "years": {clUnits, uYear, false}, "yr": {clUnit, uYear, true}, "yrs": {clUnits, uYear, true},
	"decade": {clUnit, uDecade, false}, "decades": {clUnits, uDecade, false},
	"century": {clUnit, uCentury, false}, "centuries": {clUnits, uCentury, false},

	"one": {clNumber, 1, false}, "two": {clNumber, 2, false}, "three": {clNumber, 3, false},
	"four": {clNumber, 4, false}, "five": {clNumber, 5, false}, "six": {clNumber, 6, false},
	"seven": {clNumber, 7, false}, "eight": {clNumber, 8, false}, "nine": {clNumber, 9, false},
	"ten": {clNumber, 10, false}, "eleven": {clNumber, 11, false}, "twelve": {clNumber, 12, false},
	"thirteen": {clNumber, 13, false}, "fourteen": {clNumber, 14, false}, "fifteen": {clNumber, 15, false},
	"sixteen": {clNumber, 16, false}, "seventeen": {clNumber, 17, false}, "eighteen": {clNumber, 18, false},
	"nineteen": {clNumber, 19, false}, "twenty": {clNumber, 20, false}, "thirty": {clNumber, 30, false},
	"forty": {clNumber, 40, false}, "fifty": {clNumber, 50, false}, "sixty": {clNumber, 60, false},
	"seventy": {clNumber, 70, false}, "eighty": {clNumber, 80, false}, "ninety": {clNumber, 90, false},
	"hundred": {clNumber, 100, false}, "dozen": {clNumber, 12, false},

	"first": {clOrdinal, 1, false}, "third": {clOrdinal, 3, false},
	"fourth": {clOrdinal, 4, false}, "fifth": {clOrdinal, 5, false}, "sixth": {clOrdinal, 6, false},
	"seventh": {clOrdinal, 7, false}, "eighth": {clOrdinal, 8, false}, "ninth": {clOrdinal, 9, false},
	"tenth": {clOrdinal, 10, false}, "eleventh": {clOrdinal, 11, false}, "twelfth": {clOrdinal, 12, false},
	"thirteenth": {clOrdinal, 13, false}, "fourteenth": {clOrdinal, 14, false}, "fifteenth": {clOrdinal, 15, false},
	"sixteenth": {clOrdinal, 16, false}, "seventeenth": {clOrdinal, 17, false}, "eighteenth": {clOrdinal, 18, false},
	"nineteenth": {clOrdinal, 19, false}, "twentieth": {clOrdinal, 20, false}, "thirtieth": {clOrdinal, 30, false},
	"twenty-first": {clOrdinal, 21, false},

	"few": {clVague, 0, false}, "several": {clVague, 0, false}, "many": {clVague, 0, false},
	"couple": {clVague, 0, false}, "some": {clVague, 0, false},

	"spring": {clSeason, spring, false}, "summer": {clSeason, summer, false},
	"fall": {clSeason, fall, false}, "autumn": {clSeason, fall, false}, "winter": {clSeason, winter, false},

	"morning": {clPartOfDay, morning, false}, "afternoon": {clPartOfDay, afternoon, false},
	"evening": {clPartOfDay, evening, false},

	"today": {clToday, 0, false}, "tonight": {clTonight, 0, false},
	"yesterday": {clYesterday, 0, false}, "tomorrow": {clTomorrow, 0, false},
	"now": {clNow, 0, false}, "currently": {clNow, 0, false}, "nowadays": {clNow, 0, false},
	"presently": {clNow, 0, false},
	"current":   {clCurrent, 0, false},
	"recently":  {clRecently, 0, false}, "lately": {clRecently, 0, false},
	"recent": {clRecent, 0, false},
	"future": {clFuture, 0, false}, "soon": {clSoon, 0, false},
	"past": {clPast, 0, false},
	"this": {clThis, 0, false}, "last": {clLast, 0, false}, "next": {clNext, 0, false},
	"coming":   {clComing, 0, false},
	"previous": {clPrevious, 0, false}, "preceding": {clPrevious, 0, false}, "prior": {clPrevious, 0, false},
	"latest": {clLatest, 0, false},
	"ago":    {clAgo, 0, false}, "earlier": {clEarlier, 0, false}, "later": {clLater, 0, false},
	"early": {clEarly, 0, false}, "late": {clLate, 0, false}, "mid": {clMid, 0, false},
	"the": {clThe, 0, false}, "a": {clA, 0, false}, "an": {clA, 0, false},
	"daily": {clSet, uDay, false}, "weekly": {clSet, uWeek, false}, "monthly": {clSet, uMonth, false},
	"quarterly": {clSet, uQuarter, false}, "annually": {clSet, uYear, false}, "yearly": {clSet, uYear, false},
	"hourly": {clSet, uHour, false}, "nightly": {clSet, uNight, false},
	"every": {clEvery, 0, false}, "each": {clEach, 0, false}, "per": {clPer, 0, false},
	"fiscal": {clFiscal, 0, false}, "half": {clHalf, 0, false},
	"will": {clWill, 0, false}, "shall": {clWill, 0, false}, "ll": {clWill, 0, false}, "would": {clWill, 0, false},
	"plans": {clWill, 0, false}, "planned": {clWill, 0, false}, "planning": {clWill, 0, false}, "scheduled": {clWill, 0, false},
	"expected": {clWill, 0, false}, "expects": {clWill, 0, false}, "expect": {clWill, 0, false}, "is": {clWill, 0, false}, "are": {clWill, 0, false}, "due": {clWill, 0, false}, "payable": {clWill, 0, false}, "upcoming": {clComing, 0, false},
	"said": {clSaid, 0, false}, "was": {clSaid, 0, false}, "were": {clSaid, 0, false},
	"had": {clSaid, 0, false}, "did": {clSaid, 0, false}, "told": {clSaid, 0, false},
	"met": {clSaid, 0, false}, "came": {clSaid, 0, false}, "went": {clSaid, 0, false},
	"took": {clSaid, 0, false}, "gave": {clSaid, 0, false}, "made": {clSaid, 0, false},
	"began": {clSaid, 0, false}, "rose": {clSaid, 0, false}, "fell": {clSaid, 0, false},
	"won": {clSaid, 0, false}, "lost": {clSaid, 0, false}, "left": {clSaid, 0, false},
	"held": {clSaid, 0, false}, "sent": {clSaid, 0, false}, "saw": {clSaid, 0, false},
	"wrote": {clSaid, 0, false}, "spoke": {clSaid, 0, false}, "became": {clSaid, 0, false},
	"grew": {clSaid, 0, false}, "sold": {clSaid, 0, false}, "bought": {clSaid, 0, false},
	"paid": {clSaid, 0, false}, "brought": {clSaid, 0, false}, "fought": {clSaid, 0, false},
	"fled": {clSaid, 0, false}, "chose": {clSaid, 0, false}, "broke": {clSaid, 0, false},
	"flew": {clSaid, 0, false}, "ran": {clSaid, 0, false}, "stood": {clSaid, 0, false},
	"struck": {clSaid, 0, false}, "thought": {clSaid, 0, false}, "sought": {clSaid, 0, false},
	"spent": {clSaid, 0, false}, "knew": {clSaid, 0, false}, "threw": {clSaid, 0, false},
	"noon": {clNoon, 0, false}, "midday": {clNoon, 0, false}, "midnight": {clMidnight, 0, false},
	"q1": {clQn, 1, false}, "q2": {clQn, 2, false}, "q3": {clQn, 3, false}, "q4": {clQn, 4, false},
	"end": {clEnd, 0, false}, "close": {clEnd, 0, false},
	"beginning": {clStart, 0, false}, "start": {clStart, 0, false},
	"middle": {clMiddle, 0, false},
	"of":     {clOf, 0, false},
	"about":  {clApprox, 0, false}, "around": {clApprox, 0, false}, "nearly": {clApprox, 0, false},
	"almost": {clApprox, 0, false}, "roughly": {clApprox, 0, false}, "approximately": {clApprox, 0, false},
	"from":      {clFrom, 0, false},
	"then":      {clThen, 0, false},
	"present":   {clPresent, 0, false},
	"old":       {clYearOld, 0, false},
	"christmas": {clHoliday, hChristmas, false}, "thanksgiving": {clHoliday, hThanksgiving, false},
	"easter": {clHoliday, hEaster, false}, "halloween": {clHoliday, hHalloween, false},
	"overnight": {clOvernight, 0, false},
	"that":      {clThat, 0, false}, "same": {clSame, 0, false}, "these": {clThese, 0, false},
	"et": {clTimeZone, 0, false}, "est": {clTimeZone, 0, false}, "edt": {clTimeZone, 0, false},
	"gmt": {clTimeZone, 0, false}, "utc": {clTimeZone, 0, false}, "pst": {clTimeZone, 0, false},
	"pdt": {clTimeZone, 0, false}, "cst": {clTimeZone, 0, false}, "cdt": {clTimeZone, 0, false},
	"bst": {clTimeZone, 0, false}, "cet": {clTimeZone, 0, false},
	"twenties": {clDecadeWord, 2, false}, "thirties": {clDecadeWord, 3, false},
	"forties": {clDecadeWord, 4, false}, "fifties": {clDecadeWord, 5, false},
	"sixties": {clDecadeWord, 6, false}, "seventies": {clDecadeWord, 7, false},
	"eighties": {clDecadeWord, 8, false}, "nineties": {clDecadeWord, 9, false},
	"at": {clAt, 0, false}, "on": {clOn, 0, false}, "in": {clIn, 0, false},
	"to": {clTo, 0, false}, "as": {clAs, 0, false}, "or": {clOr, 0, false}, "so": {clSo, 0, false},
	"more": {clMore, 0, false}, "less": {clMore, 0, false}, "least": {clMore, 0, false},
	"fewer": {clMore, 0, false},
	"than":  {clThan, 0, false}, "up": {clUp, 0, false},
	"within": {clWithin, 0, false}, "for": {clWithin, 0, false}, "over": {clWithin, 0, false},
	"during": {clWithin, 0, false}, "throughout": {clWithin, 0, false},
}
