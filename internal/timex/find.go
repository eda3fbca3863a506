package timex

import (
	"chronicle"
)

// A finder holds the state of one pass over a text: its tokens, the anchor
// and what earlier expressions established for anaphoric ones ("a year
// earlier", "the next day").
type finder struct {
	text  string
	toks  []token
	c     clock
	found []found
	// lastQuarter is the quarter an earnings story reports on ("1989-Q3"),
	// the reference of "the quarter", "a year ago" and "the year-earlier
	// quarter"; see reportedQuarter.
	lastQuarter string
	// lastDay is the last full date mentioned, the reference of "the next day".
	lastDay string
	ref     reference
}

// A match is an expression recognised at some token: it ends before token
// end.
type match struct {
	end   int
	typ   chronicle.TimexType
	val   string
	dated bool // a TIME whose date came from the text, not the anchor
	noref bool // anaphoric: not a reference for later expressions
}

// knownDay reports whether m is a DATE of one calendar day whose year is
// known (YYYY-MM-DD), the kind of date another expression may count from.
func (m match) knownDay() bool {
	return m.typ == chronicle.DateTimex && len(m.val) == 10 && m.val[0] != 'X'
}

// found is a match placed in the text, with its first token.
type found struct {
	start int
	match
}

func (f *finder) reset(text string, anchor chronicle.Day) {
	f.text = text
	f.c = clock{t: anchor.Time(), known: !anchor.IsZero()}
	f.toks = scan(text, f.toks)
	f.found = f.found[:0]
	f.lastQuarter, f.lastDay = "", ""
	f.ref = reference{}
}

func (f *finder) run() []chronicle.Timex {
	for i := 0; i < len(f.toks); {
		t := &f.toks[i]
		if t.kind != kindNum && t.class == clNone {
			i++
			continue
		}
		m, ok := f.match(i)
		if !ok || m.val == "" {
			i++
			continue
		}
		m = f.endOfQuarter(i, m)
		f.found = append(f.found, found{i, m})
		f.remember(i, m)
		i = m.end
		if d, ok := f.nextDay(m); ok {
			f.found = append(f.found, d)
			i = d.end
		}
	}
	f.dateTimes()
	f.appositions()
	out := make([]chronicle.Timex, len(f.found))
	for k, x := range f.found {
		s, e := f.toks[x.start].start, f.toks[x.end-1].end
		out[k] = chronicle.Timex{Text: f.text[s:e], Type: x.typ, Value: x.val, Span: chronicle.Span{Start: s, End: e}}
	}
	return out
}

// remember records what later anaphoric expressions refer to; the
// expression m starts at token i.
func (f *finder) remember(i int, m match) {
	v := m.val
	if m.typ == chronicle.DurationTimex && len(v) >= 3 && len(v) <= 4 && v[0] == 'P' && v[len(v)-1] == 'M' && isDigit(v[1]) {
		f.ref.months = v // the first nine months
		return
	}
	if m.typ != chronicle.DateTimex || m.noref {
		return
	}
	if len(v) >= 4 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3]) {
		f.ref.year, f.ref.date = v[:4], v
	}
	switch {
	case isQuarter(v):
		f.ref.months = ""
		f.ref.quarter = v
		if f.reportedQuarter(v) || f.fiscal(i, m.end) {
			f.lastQuarter = v
		}
	case len(v) == 10 && v[4] == '-' && v[7] == '-' && v[0] != 'X':
		f.lastDay = v
	}
}

// nextDay reads a second day of the month after a date m that ends with
// one: "May 3 and 4", "June 9 or 10".
func (f *finder) nextDay(m match) (found, bool) {
	v := m.val
	k := m.end
	if !m.knownDay() || f.toks[k-1].kind != kindNum ||
		f.toks[k-1].num != atoi(v[8:10]) || !f.word(k, "and") && !f.word(k, "or") {
		return found{}, false // the date must end with its day: not "April 24, 1998 and 25 others"
	}
	n, after := f.at(k+1), f.at(k+2)
	if n.kind != kindNum || n.digits > 2 || n.num < 1 || n.num > 31 || f.isUnit(k+2) || after.class == clMonth ||
		after.class == clMeridiem || f.punct(k+2, ':') || f.punct(k+2, '%') || f.punct(k+2, '.') && f.at(k+3).kind == kindNum ||
		after.kind == kindWord && after.class == clNone && !after.upper && !after.pastEd {
		return found{}, false // "May 3 and 4 percent", "June 5 and 6:30", "25 others"
	}
	d := date(atoi(v[:4]), atoi(v[5:7]), n.num)
	if d == "" {
		return found{}, false
	}
	return found{k + 1, match{end: k + 2, typ: chronicle.DateTimex, val: d}}, true
}

// reportedQuarter reports whether quarter v, just named, becomes the quarter
// the story reports on. That is the latest quarter named that has ended by
// the publication day: a quarter still to come ("through the first two
// quarters of 1990") is an outlook, and an earlier one named after it ("after
// a weak second quarter") a comparison. The current quarter counts only
// while no ended one has been named ("the fourth quarter ended Sept. 30" of a
// fiscal year).
func (f *finder) reportedQuarter(v string) bool {
	if !f.c.known {
		return true
	}
	current, ended := f.c.at(0, uQuarter), f.c.at(-1, uQuarter)
	switch {
	case v > current:
		return false
	case v == current:
		return f.lastQuarter == "" || f.lastQuarter == current
	}
	return f.lastQuarter == "" || f.lastQuarter > ended || v > f.lastQuarter
}

// fiscal reports whether tokens [i, end) name a fiscal period ("the fiscal
// second quarter"), numbered in a company's own year: such a quarter is the
// one reported whatever its calendar place.
func (f *finder) fiscal(i, end int) bool {
	for k := i; k < end; k++ {
		if f.toks[k].class == clFiscal {
			return true
		}
	}
	return false
}

// dateTimes gives a clock time without a date of its own the date of an
// expression next to it: "Friday at 10 a.m.", "at 3 p.m. on Tuesday".
func (f *finder) dateTimes() {
	for k := range f.found {
		x := &f.found[k]
		if x.typ != chronicle.TimeTimex || x.dated {
			continue
		}
		var near *found
		if k+1 < len(f.found) && f.glue(x.end, f.found[k+1].start) {
			near = &f.found[k+1]
		} else if k > 0 && f.glue(f.found[k-1].end, x.start) {
			near = &f.found[k-1]
		}
		if near == nil || near.typ != chronicle.DateTimex || len(near.val) != 10 {
			continue
		}
		if i := indexByte(x.val, 'T'); i >= 0 {
			x.val = near.val + x.val[i:]
		}
	}
}

// appositions joins a day and the same day named again after a comma as a
// date or a weekday into one expression: "this coming Sunday, March 8",
// "tomorrow, May 31"; not "March 31, the same day".
func (f *finder) appositions() {
	kept := f.found[:0]
	for k := 0; k < len(f.found); k++ {
		x := f.found[k]
		if k+1 < len(f.found) {
			n := f.found[k+1]
			if x.typ == chronicle.DateTimex && n.typ == chronicle.DateTimex && len(x.val) == 10 && x.val == n.val &&
				n.start == x.end+1 && f.punct(x.end, ',') && f.calendar(n.start) {
				x.end = n.end
				k++
			}
			if f.quarterRenamed(x, n) {
				x.val = n.val // "the year-ago quarter, the second quarter ended Oct. 31": that quarter
			}
		}
		kept = append(kept, x)
	}
	f.found = kept
}

// calendar reports whether token k starts a calendar date or a weekday, not
// an anaphoric one ("the same day").
func (f *finder) calendar(k int) bool {
	c := f.at(k).class
	return c == clMonth || c == clWeekday || f.at(k).kind == kindNum
}

// glue reports whether tokens [from, to) only join two expressions: "at",
// "on", a comma, a short aside in parentheses ("6:10 a.m. (1110 GMT)
// Friday").
func (f *finder) glue(from, to int) bool {
	if f.punct(from, '(') {
		k := from + 1
		for k < to && k <= from+4 && !f.punct(k, ')') {
			k++
		}
		if !f.punct(k, ')') {
			return false
		}
		from = k + 1
	}
	if to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		t := f.toks[k]
		if t.class != clAt && t.class != clOn && !f.punct(k, ',') {
			return false
		}
	}
	return true
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// match returns the longest expression that starts at token i.
func (f *finder) match(i int) (match, bool) {
	var best match
	try := func(m match, ok bool) {
		if ok && m.val != "" && m.end > best.end {
			best = m
		}
	}
	try(f.modified(i))
	if t := &f.toks[i]; t.class == clApprox || t.class == clMore || t.class == clAt || t.class == clUp || t.class == clVague || t.class == clWithin {
		try(f.approx(i))
	}
	try(f.core(i))
	if f.hyphen(best.end) && f.word(best.end+1, "to") {
		return match{}, false // "a quarter-to-quarter gain", "day-to-day": a comparison, no time
	}
	return best, best.end > i
}

// core returns the longest expression at i without a leading modifier.
func (f *finder) core(i int) (match, bool) {
	var best match
	if i >= len(f.toks) {
		return best, false
	}
	try := func(m match, ok bool) {
		if ok && m.val != "" && m.end > best.end {
			best = m
		}
	}
	t := &f.toks[i]
	if f.nameWord(i) {
		return best, false
	}
	switch t.class {
	case clMonth, clWeekday, clFiscal, clApos, clThe, clOrdinal:
		try(f.absolute(i))
	case clMid:
		try(f.midPart(i))
	case clAs:
		try(f.asSoon(i))
	}
	if t.kind == kindNum {
		try(f.absolute(i))
		try(f.clockTime(i))
	}
	switch t.class {
	case clNoon, clMidnight:
		try(f.clockTime(i))
	case clThe, clThis, clLast, clNext, clComing, clPast, clPrevious, clLatest:
		try(f.relative(i))
	case clToday, clTonight, clYesterday, clTomorrow, clNow, clRecently, clFuture, clSoon, clOvernight:
		try(f.deictic(i))
	case clCurrent, clRecent:
		try(f.deictic(i))
		try(f.relative(i))
	case clWeekday:
		try(f.weekdayExpr(i))
	case clSet, clEvery, clEach:
		try(f.set(i))
	case clSeason:
		try(f.seasonExpr(i))
	case clHoliday:
		try(f.holidayExpr(i))
	case clUnit:
		try(f.yearAgoAdj(i))
		try(f.yearEnd(i))
		try(f.unitLong(i))
	case clUnits:
		try(f.unitLong(i))
	case clThat:
		try(f.that(i))
	case clThese:
		try(f.vague(i))
	case clThen:
		try(f.thenCurrent(i))
	case clNumber:
		try(f.spelledYear(i))
	case clPresent:
		try(f.atPresent(i))
	}
	switch t.class {
	case clThe, clOrdinal, clQn, clFiscal, clThis, clLast, clNext:
		try(f.quarterExpr(i))
	}
	if t.class == clThe {
		try(f.seasonExpr(i))
		try(f.theYear(i))
		try(f.that(i))
		try(f.dayBeside(i))
		try(f.countedDay(i))
		try(f.firstUnits(i))
	}
	if t.class == clA {
		try(f.judgedDay(i))
	}
	if t.class == clThe || t.class == clA || t.class == clThis || t.class == clVague {
		try(f.vague(i))
	}
	if t.kind == kindNum || t.class == clNumber || t.class == clA || t.class == clVague || t.class == clThe || t.class == clUnits || t.class == clHalf {
		try(f.ago(i))
		try(f.duration(i))
	}
	if t.kind == kindNum && t.digits == 4 {
		try(f.quarterExpr(i))
		try(f.seasonExpr(i))
	}
	return best, best.end > i
}

// at returns token i, or a zero token past either end.
func (f *finder) at(i int) token {
	if i < 0 || i >= len(f.toks) {
		return token{}
	}
	return f.toks[i]
}

// punct reports whether token i is the one-byte punctuation c.
func (f *finder) punct(i int, c byte) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := &f.toks[i]
	return t.kind == kindPunct && t.end-t.start == 1 && f.text[t.start] == c
}

// hyphen reports whether token i is a hyphen joining the tokens around it.
func (f *finder) hyphen(i int) bool {
	return f.punct(i, '-') && !f.toks[i].space && i+1 < len(f.toks) && !f.toks[i+1].space
}

// word reports whether token i is the word w (lower case).
func (f *finder) word(i int, w string) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := &f.toks[i]
	if t.kind != kindWord || t.end-t.start != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := f.text[t.start+k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// nameWord reports whether the capitalised month, weekday or "Daily" at
// token i is a word of a name rather than a time: a quoted name of two
// capitalised words ("the 1983 \"Black July\" riots", "a rally called
// \"Red Friday\"") or a weekday or "Daily" between "the" and a capitalised
// word ("the Sunday Times", "the Good Friday Agreement" after "Good", "the
// Daily Mail", "the Anchorage Daily News").
func (f *finder) nameWord(i int) bool {
	t := f.at(i)
	if !t.upper || t.class != clMonth && t.class != clWeekday && (t.class != clSet || !f.word(i, "daily")) {
		return false
	}
	p := f.at(i - 1)
	if p.kind == kindWord && p.upper && p.class == clNone && f.quote(i-2) && f.quote(i+1) {
		return true
	}
	n := f.at(i + 1)
	if n.kind != kindWord || !n.upper || n.class != clNone || !n.space {
		return false
	}
	if t.class == clSet {
		return p.class == clThe || p.kind == kindWord && p.upper && p.class == clNone // "the Anchorage Daily News"
	}
	return t.class == clWeekday && (p.class == clThe || f.word(i-1, "good"))
}

// quote reports whether token k is a quotation mark: ", two apostrophes
// (” as wiki text writes it) or a curly one.
func (f *finder) quote(k int) bool {
	t := f.at(k)
	if t.kind != kindPunct {
		return false
	}
	c := f.text[t.start]
	return c == '"' || c == '\'' || c == 0xE2 && t.end-t.start == 3 && (f.text[t.start+2] == 0x9C || f.text[t.start+2] == 0x9D || f.text[t.start+2] == 0x98 || f.text[t.start+2] == 0x99)
}

// nounAfter reports whether token i is followed by a lower-case word the
// lexicon does not know, the noun an adjective like "quarterly" or "future"
// modifies: "quarterly dividend", "future earnings".
func (f *finder) nounAfter(i int) bool {
	n := f.at(i + 1)
	return n.kind == kindWord && !n.upper && n.class == clNone && n.space
}

// isUnit reports whether token i names a unit of time.
func (f *finder) isUnit(i int) bool {
	c := f.at(i).class
	return c == clUnit || c == clUnits
}

// dir reads the tense around tokens [i, end): forward when the sentence
// speaks of the future ("will", "'ll", "next"), back when it speaks of the
// past, unknown when it gives no hint. The words before the expression
// decide first, as in "said on Friday" or "will meet on Friday".
func (f *finder) dir(i, end int) direction {
	// "until Friday", "through January", "by February", "no later than
	// Friday", "starting Monday", "effective June 1" look ahead
	s := f.toks[i].sentence
	p := i - 1 // the word before the expression and its modifiers: "until mid-November"
	for p >= 0 && (f.hyphen(p) || f.toks[p].class == clMid || f.toks[p].class == clEarly || f.toks[p].class == clLate) {
		p--
	}
	if f.word(p, "until") || f.word(p, "till") || f.word(p, "through") || f.word(p, "by") || f.word(p, "than") && f.word(p-1, "later") {
		// "had paid by Wednesday", "until Thursday, the police had not
		// named anyone": a deadline in the past perfect is past
		for k := max(0, i-10); k < len(f.toks) && k < end+10; k++ {
			if f.toks[k].sentence == s && f.word(k, "had") && !f.word(k+1, "been") {
				return back
			}
		}
		return forward
	}
	if f.word(p, "starting") || f.word(p, "beginning") || f.word(p, "effective") {
		return forward
	}
	plan := false // "a funeral scheduled for Saturday": the future unless a verb says otherwise
	for k := i - 1; k >= 0 && k >= i-10 && f.toks[k].sentence == s; k-- {
		plan = plan || f.namedPlan(k) && (f.word(k, "planned") || f.word(k, "scheduled")) && !f.adverb(k-1)
		if f.word(k, "is") || f.word(k, "are") {
			// the present speaks of the future only right before the
			// expression: "the vote is on Friday", not "prices, high in
			// October, are low now"
			if k >= i-6 {
				return forward
			}
			continue
		}
		if (f.word(k, "should") || f.word(k, "must")) && !f.word(k+1, "have") {
			return forward // "should be settled Friday"; "should have known" looks back
		}
		if k >= i-2 && f.scheduled(k) {
			return forward // "the two leaders meet separately Monday"
		}
		if d := f.cue(k); d != unknown {
			return d
		}
	}
	// an expression that opens the sentence ("In May, the court said…",
	// "This Tuesday, the minister told…") is followed by the main clause
	opens := p < 0 || f.toks[p].sentence != s ||
		(f.at(p).class == clOn || f.at(p).class == clIn) && (p == 0 || f.toks[p-1].sentence != s)
	for k := end; k < len(f.toks) && k < end+10 && f.toks[k].sentence == s; k++ {
		if !opens && f.punct(k, ',') && (f.at(k+1).class == clSaid || f.at(k+2).class == clSaid || f.at(k+3).class == clSaid || f.reportClause(k+1)) {
			break // "…in March, an official said": the report, not the event
		}
		if f.word(k, "is") || f.word(k, "are") {
			continue
		}
		if d := f.cue(k); d != unknown {
			return d
		}
	}
	if plan {
		return forward
	}
	if f.at(p).class == clFrom && !f.word(p-1, "on") && f.at(end).class != clApos && !f.rangeAhead(end) {
		// with no other hint "from" opens a schedule: "a second ferry
		// leaves each Friday from November 3"; not "from March to May",
		// "carrying on from Tuesday's raid"
		return forward
	}
	return unknown
}

// rangeAhead reports whether a range opened by "from" closes within a few
// tokens of k: "to", "until", "till", "through", "and" or a dash ("from
// Monday 3rd to Friday 7th", "from Friday (May 2) until").
func (f *finder) rangeAhead(k int) bool {
	for e := k + 6; k < e && k < len(f.toks) && f.toks[k].sentence == f.toks[k-1].sentence; k++ {
		if f.at(k).class == clTo || f.punct(k, '-') || f.word(k, "until") || f.word(k, "till") || f.word(k, "through") || f.word(k, "and") {
			return true
		}
	}
	return false
}

// scheduled reports whether token k is a verb in the present tense that,
// right before a day, tells of an event to come: "the court meets Monday",
// "the inquiry resumes on Tuesday", "the two ministers meet separately
// Monday". Only forms that are seldom nouns count ("a vote on Friday", "her return
// Monday" are nouns), and not after "to" ("agreed to meet Monday").
func (f *finder) scheduled(k int) bool {
	if f.at(k-1).class == clTo {
		return false
	}
	for _, w := range [...]string{"meet", "meets", "begins", "starts", "resumes", "opens", "convenes", "reconvenes"} {
		if f.word(k, w) {
			return true
		}
	}
	return false
}

// namedPlan reports whether "planned", "scheduled" or "plans" at token k
// names a plan rather than saying that someone plans: after a noun and not
// before "to" ("a rally planned for Saturday was called off", "dropped his
// holiday plans", "the hastily planned trip"). The main verb, if any, then
// tells the tense.
func (f *finder) namedPlan(k int) bool {
	if !f.word(k, "planned") && !f.word(k, "scheduled") && !f.word(k, "plans") || f.at(k+1).class == clTo {
		return false
	}
	p := f.at(k - 1)
	return p.kind == kindWord && (p.class == clNone || p.class == clThe) && !p.upper && !f.subject(k-1)
}

// adverb reports whether token k is a lower-case word ending in -ly:
// "hastily planned".
func (f *finder) adverb(k int) bool {
	t := f.at(k)
	return t.kind == kindWord && !t.upper && t.end-t.start > 3 && f.text[t.end-2] == 'l' && f.text[t.end-1] == 'y'
}

// subject reports whether token k is an auxiliary or a pronoun, after which
// a participle is a verb ("has scheduled", "they planned", "will be
// planned").
func (f *finder) subject(k int) bool {
	for _, w := range [...]string{"has", "have", "be", "been", "being", "it", "they", "he", "she", "we", "i", "who", "which", "that"} {
		if f.word(k, w) {
			return true
		}
	}
	return false
}

// reportClause reports whether the clause at token k, up to the next
// punctuation, is a reporting clause: "an official from the ministry said",
// "the company told shareholders".
func (f *finder) reportClause(k int) bool {
	for e := k + 8; k < e && k < len(f.toks); k++ {
		if f.toks[k].kind == kindPunct {
			return false
		}
		if f.word(k, "said") || f.word(k, "says") || f.word(k, "told") || f.word(k, "added") || f.word(k, "announced") || f.word(k, "reported") {
			return true
		}
	}
	return false
}

// cue returns the tense token k signals.
func (f *finder) cue(k int) direction {
	t := &f.toks[k]
	if t.class == clTo {
		// "set to resume Monday", "is to meet", "to be published"; "had
		// been scheduled to expire Friday" looks back
		if f.at(k-1).class == clWill && f.word(k-2, "been") && f.word(k-3, "had") {
			return back
		}
		if f.word(k+1, "be") || f.word(k-1, "set") || f.word(k-1, "is") || f.word(k-1, "are") || f.at(k-1).class == clWill {
			return forward
		}
		return unknown
	}
	if (t.pastEd || t.class == clSaid) && (f.word(k-1, "be") || f.word(k-1, "is") || f.word(k-1, "are") || f.word(k-1, "been") || f.word(k-1, "being")) {
		return unknown // a passive participle says nothing of the tense: "will be held"
	}
	if t.class == clWill && (f.word(k, "scheduled") || f.word(k, "expected") || f.word(k, "due") || f.word(k, "planned")) &&
		f.word(k-1, "been") && f.word(k-2, "had") {
		return back // "had been scheduled to expire Friday": a plan now past
	}
	if f.namedPlan(k) {
		return unknown
	}

	if t.pastEd && (f.at(k-1).class == clThe || f.at(k-1).class == clA || f.word(k-1, "still") ||
		f.text[t.start] == 'u' && f.text[t.start+1] == 'n') {
		return unknown // an adjective: "a proposed merger", "a still unspecified date"
	}
	if f.word(k, "plan") && f.at(k+1).class == clTo && (f.word(k-1, "not") || f.word(k-1, "you") || f.subject(k-1)) {
		return forward // "they plan to", "did not plan to": the verb; "a plan to cut taxes" may be old news
	}
	if f.word(k, "going") && f.at(k+1).class == clTo || f.word(k, "ahead") && f.at(k+1).class == clOf {
		return forward // "is going to", "ahead of the weekend"
	}
	if f.word(k, "soon") || f.word(k, "early") {
		if f.word(k-1, "as") { // as soon as Tuesday, as early as Tuesday
			return forward
		}
	}
	switch t.class {
	case clWill, clNext, clComing:
		return forward
	case clSaid, clAgo, clYesterday, clLast:
		if f.word(k, "won") && f.at(k+1).class == clApos && f.word(k+2, "t") {
			return forward // won't
		}
		return back
	}
	if t.pastEd {
		return back
	}
	return unknown
}
