package event

import (
	"fmt"
	"strings"

	"chronicle"
)

// date dates every event, in this order of preference: a time expression
// in its own clause (the part of the sentence between clause punctuation,
// on the same side of any quotation marks as the trigger); for "their last
// meeting", the latest earlier event of its type; its quotation's date; an
// event it happened during ("during their last meeting, … faced
// criticism"); and last the article's date. An event noun placed in a
// named era ("the invasion during World War II") takes none of these and
// keeps an empty date. Values keep the precision the text gives
// ("2025-02"); a time of day is cut to its date.
func (x *extractor) date() {
	x.bySent = map[*sentence][]*cand{}
	for _, c := range x.cands {
		x.bySent[c.s] = append(x.bySent[c.s], c)
	}
	for _, c := range x.cands {
		if t := x.clauseTime(c); t >= 0 {
			c.timex = t
			c.date = dateValue(x.d.Times[t].Value, x.articleDate())
			c.why = append(c.why, fmt.Sprintf("date from %q", x.d.Times[t].Text))
		} else if t := x.frontedTime(c); t >= 0 {
			c.timex = t
			c.date = dateValue(x.d.Times[t].Value, x.articleDate())
			c.why = append(c.why, fmt.Sprintf("date from %q of the fronted clause", x.d.Times[t].Text))
		}
	}
	for _, c := range x.cands {
		if c.date == "" && c.noun {
			if era := x.eraOf(c); era != "" {
				c.era = era
				c.why = append(c.why, fmt.Sprintf("of the era %q: no calendar date, not the article's", era))
			}
		}
	}
	art := x.articleDate()
	for _, c := range x.cands {
		if c.date != "" || c.era != "" || !c.last {
			continue
		}
		best := ""
		for _, o := range x.cands {
			if o != c && o.typ == c.typ && o.date != "" && o.date < art && o.date > best && o.s.idx <= c.s.idx {
				best = o.date
			}
		}
		if best == "" {
			for _, o := range x.cands {
				if o != c && o.typ == c.typ && o.date != "" && o.date < art && o.date > best {
					best = o.date
				}
			}
		}
		if best != "" {
			c.date = best
			c.why = append(c.why, "date of the earlier event “last” refers to")
		}
	}
	for _, c := range x.cands {
		if c.date == "" && c.era == "" && c.quote >= 0 && x.d.Quotes[c.quote].Date != "" {
			c.date = dateValue(x.d.Quotes[c.quote].Date, art)
			if c.date != "" {
				c.why = append(c.why, "date of the reported speech")
			}
		}
	}
	for _, c := range x.cands {
		if c.date != "" || c.era != "" {
			continue
		}
		for _, o := range x.bySent[c.s] {
			if o != c && o.date != "" && o.noun && o.trig > 0 && x.inDuring(o) {
				c.date = o.date
				c.why = append(c.why, fmt.Sprintf("date of the %q it happened during", o.s.text(o.trig)))
				break
			}
		}
	}
	for _, c := range x.cands {
		if c.claimOf != nil && c.date == "" {
			c.date = c.claimOf.date
		}
		if c.date == "" && c.era == "" && art != "" {
			c.date = art
			c.why = append(c.why, "date of the article")
		}
	}
}

// inDuring reports whether the event noun of c heads a "during" phrase.
func (x *extractor) inDuring(c *cand) bool {
	s := c.s
	p := s.w[c.trig].np
	if p < 0 {
		return false
	}
	st := s.np[p].start
	if st > 0 && s.w[st-1].low == "during" {
		return true
	}
	// "during the meeting of …": the phrase the trigger heads may follow
	// an owner phrase ("during Zelenskyy's meeting")
	if q := s.phraseEnding(st - 1); q >= 0 && s.np[q].owner && s.np[q].start > 0 && s.w[s.np[q].start-1].low == "during" {
		return true
	}
	return false
}

func (x *extractor) articleDate() string {
	return x.d.Article.Date.String()
}

// clauseTime returns the index of the time expression that dates c's
// clause, or -1: the nearest date or time in the same stretch of the
// sentence (between semicolons, colons and dashes) and on the same side of
// the quotation marks as the trigger.
func (x *extractor) clauseTime(c *cand) int {
	s := c.s
	lo, hi := c.trig, c.trig
	for lo > 0 && !segmentEnd(s.w[lo-1].low) {
		lo--
	}
	for hi+1 < len(s.w) && !segmentEnd(s.w[hi+1].low) {
		hi++
	}
	trigSpan := x.d.Tokens[s.w[c.trig].tok].Span
	inside := func(sp chronicle.Span) int {
		for qi, q := range x.d.Quotes {
			if q.Span.Contains(sp) || q.Clause != nil && q.Clause.Contains(sp) {
				return qi
			}
		}
		return -1
	}
	tq := inside(trigSpan)
	best, bestDist := -1, 1<<30
	for k := lo; k <= hi; k++ {
		ti := x.timeAt[s.w[k].tok]
		if ti < 0 || ti == best {
			continue
		}
		t := x.d.Times[ti]
		if t.Type != chronicle.DateTimex && t.Type != chronicle.TimeTimex {
			continue
		}
		if dateValue(t.Value, x.articleDate()) == "" {
			continue
		}
		if inside(t.Span) != tq {
			continue
		}
		if k > 0 && s.w[k-1].low == "since" && (k == 0 || !s.w[k-1].time) {
			continue // "killed in Afghanistan since 2002": the start of a span, not the day of the act
		}
		if o := x.timeOwner(s, k, lo, hi); o != c.trig && o != c.gov && !(c.noun && s.occurrenceOf(o) == c.trig) && !(k < o && s.firstConjunct(c.gov) == o) {
			continue
		}
		dist := k - c.trig
		if dist < 0 {
			dist = -dist + 2 // a time after the trigger is more often its own
		}
		if dist < bestDist {
			best, bestDist = ti, dist
		}
	}
	return best
}

func segmentEnd(w string) bool {
	switch w {
	case ";", ":", "–", "—", "--":
		return true
	}
	return false
}

// dateValue turns a TIMEX3 value into an event date: a calendar value at
// its own precision, the article's date for PRESENT_REF, "" for anything
// that is not a date.
func dateValue(v, article string) string {
	if v == "PRESENT_REF" {
		return article
	}
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10]
	}
	if len(v) < 4 {
		return ""
	}
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return ""
		}
	}
	return v
}

// timeOwner returns the word a time expression at word k belongs to: the
// nearest predicate before it in the stretch lo..hi (a verb that is not an
// auxiliary, or an event trigger), else the nearest after it. "an
// encounter in Washington in February" dates the encounter, not the
// meeting earlier in the sentence; "said on Friday that talks …" dates the
// saying.
func (x *extractor) timeOwner(s *sentence, k, lo, hi int) int {
	pred := func(i int) bool {
		w := s.w[i]
		if w.time {
			return false
		}
		if strings.HasPrefix(w.tag, "VB") && !s.isAux(i) && !(w.np >= 0) {
			return true
		}
		for _, c := range x.bySent[s] {
			if c.trig == i || c.gov == i {
				return true
			}
		}
		return false
	}
	if h := s.modifiedBy(k); h >= 0 && pred(h) {
		return h // "the 2003 invasion"
	}
	for i := k - 1; i >= lo; i-- {
		if pred(i) {
			return i
		}
	}
	for i := k + 1; i <= hi; i++ {
		if pred(i) {
			return i
		}
	}
	return -1
}

// frontedTime returns the time expression of a fronted "when" or "while"
// clause that dates the main clause after it, or -1: in "When campaigning
// for the Senate in 2006, he criticized Bush", the criticism is of 2006.
func (x *extractor) frontedTime(c *cand) int {
	s := c.s
	if len(s.w) == 0 || s.w[0].low != "when" && s.w[0].low != "while" {
		return -1
	}
	comma := -1
	for k, w := range s.w {
		if w.low == "," {
			comma = k
			break
		}
	}
	if comma < 0 || c.trig < comma {
		return -1
	}
	best := -1
	for k := 1; k < comma; k++ {
		ti := x.timeAt[s.w[k].tok]
		if ti < 0 {
			continue
		}
		if t := x.d.Times[ti]; (t.Type == chronicle.DateTimex || t.Type == chronicle.TimeTimex) && dateValue(t.Value, x.articleDate()) != "" {
			best = ti
		}
	}
	return best
}

// occurrenceVerbs say only that their subject happened: "the shooting,
// which took place on July 7", "the attack occurred on Monday"; their
// time dates the subject.
var occurrenceVerbs = set("happen happens happened occur occurs occurred take takes took taken", "")

// occurrenceOf returns the head of the subject of the occurrence verb at
// word o ("took place", "happened", "occurred"), through a relative
// pronoun and the prepositional phrases the subject carries; -1 when o is
// no such verb.
func (s *sentence) occurrenceOf(o int) int {
	if o < 0 || !occurrenceVerbs[s.w[o].low] {
		return -1
	}
	if strings.HasPrefix(s.w[o].low, "t") && (o+1 >= len(s.w) || s.w[o+1].low != "place") {
		return -1 // "took control": not an occurrence
	}
	g, _ := s.subject(s.chainStart(o))
	if len(g) == 0 {
		return -1
	}
	return s.np[s.climb(g)[0]].head
}

// modifiedBy returns the head of the noun phrase a time expression at word
// k modifies from before it, or -1: "the 2003 invasion", "Tuesday's
// attack". The time's words keep out of noun phrases, so the time is a
// modifier when a determiner comes before it or it ends in "'s", and a
// phrase begins right after it.
func (s *sentence) modifiedBy(k int) int {
	b := k
	for b > 0 && s.w[b-1].time {
		b--
	}
	e := k
	for e < len(s.w) && s.w[e].time {
		e++
	}
	if e < len(s.w) && (s.w[e].tag == "POS" || s.w[e].low == "'s") {
		e++
	} else if b == 0 || s.w[b-1].tag != "DT" {
		return -1
	}
	if e >= len(s.w) || s.w[e].np < 0 || s.np[s.w[e].np].start != e {
		return -1
	}
	return s.np[s.w[e].np].head
}

// firstConjunct returns the finite verb a verb chain beginning after
// "and" or "but" at word k is coordinated with, or -1: in "On 17
// November, Wu met the ambassador and offered an apology", "met" for
// "offered". A time before the first verb dates both.
func (s *sentence) firstConjunct(k int) int {
	f := s.frame(k)
	j := f.start - 1
	if j < 0 || s.w[j].low != "and" && s.w[j].low != "but" {
		return -1
	}
	for i := j - 1; i >= 0; i-- {
		if s.finite(i) {
			for i+1 < j && s.isAux(i) {
				i++ // "has met … and offered": the main verb
			}
			return i
		}
	}
	return -1
}

// eraWords end the names of periods that date an event without a
// calendar date: "World War II", "the Second Intifada".
var eraWords = set("war wars intifada revolution crusades wwii wwi", "")

// eraOf returns the name of the era an event noun is placed in ("the
// Japanese invasion during World War II", "bombings … during the Second
// Intifada", "the WWII invasion"), or "". Such an event took place in
// that era, not on the article's day, so it keeps no date.
func (x *extractor) eraOf(c *cand) string {
	s := c.s
	era := func(id chronicle.EntityID) string {
		e := x.d.Entity(id)
		if e == nil || e.Type != chronicle.Misc {
			return ""
		}
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			if eraWords[w] {
				return e.Name
			}
		}
		return ""
	}
	if p := s.w[c.trig].np; p >= 0 {
		for _, m := range s.np[p].mods {
			if n := era(m); n != "" {
				return n
			}
		}
	}
	for _, q := range s.preps(c.trig, 14) {
		if q.word != "during" && q.word != "in" {
			continue
		}
		for _, p := range q.group {
			if n := era(s.np[p].ent); n != "" {
				return n
			}
		}
	}
	return ""
}
