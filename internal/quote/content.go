package quote

import (
	"strings"

	"chronicle"
)

// What a frame reports: the tokens of its content turned into direct,
// partial or indirect quotes, with the speaker, cue and date of the frame.

// hasWords reports whether tokens [from, to) hold a word.
func (x *extractor) hasWords(from, to int) bool {
	for k := from; k < to; k++ {
		if x.ts[k].word {
			return true
		}
	}
	return false
}

// content turns the tokens [from, to) that frame f reports into quotes: a
// direct quote for each quotation when all its words are quoted, partial
// quotes when some are not, and one indirect quote when none are.
func (x *extractor) content(f frame, from, to int) {
	// Content never runs across a heading or a list bullet: content
	// before the frame starts after the last one, content after it ends
	// at the first.
	for k := from; k < to; k++ {
		if !listBreak(x.text, x.ts[k].Start) {
			continue
		}
		if to > f.from {
			to = k
			break
		}
		from = k + 1
	}
	if to > f.from {
		to = x.ownClause(from, to)
	}
	if f.kind == naming && to > f.from {
		if as := x.commaAs(unit{first: from}, from+1, to); as >= 0 {
			to = as - 1 // "described the mayor as a “snob”, as “petty”": the second "as" is another verb's
		}
	}
	for from < to && !x.ts[from].word && !x.isMarkTok(from) {
		from++
	}
	for to > from && (!x.ts[to-1].word && !x.isMarkTok(to-1) || x.joins(to-1)) {
		to-- // "he heard a noise, and" before the next frame's speaker
	}
	if from >= to {
		return
	}
	to = x.quotationOnly(from, to)
	span := chronicle.Span{Start: x.ts[from].Start, End: x.ts[to-1].End}
	unquoted := 0
	for k := from; k < to; k++ {
		if x.ts[k].word && x.ts[k].region < 0 {
			unquoted++
		}
	}
	var inside []int
	for c, ch := range x.cs {
		if ch.outer.Start >= span.End {
			break
		}
		if ch.outer.Start >= span.Start && !x.taken[c] {
			inside = append(inside, c)
		}
	}
	if len(inside) > 0 {
		for _, c := range inside {
			q := x.quote(f, x.chainText(c))
			if unquoted == 0 {
				q.Kind = chronicle.DirectQuote
			} else {
				q.Kind = chronicle.PartialQuote
				q.Clause = spanPtr(chronicle.Span{Start: min(span.Start, q.Start), End: max(span.End, q.End)})
			}
			x.dateFromArticle(&q, f)
			x.emit(c, q)
		}
		return
	}
	if !f.indirectOK || unquoted < 3 {
		return
	}
	for _, q := range x.out {
		if q.Overlaps(span) {
			return
		}
	}
	q := x.quote(f, span)
	q.Kind = chronicle.IndirectQuote
	x.dateFromArticle(&q, f)
	x.emit(-1, q)
}

// ownClause returns where content [from, to) after its frame ends when the
// writer goes on with a clause of their own: at a semicolon ("announced
// that Weber would lead the office; it is not known when") or at "but"
// and a clause with a subject of its own, after a time or a medium ("the
// ministry claims only soldiers were hurt, but on Saturday, village elders
// disputed the account"); "but" with no subject of its own ("said he had
// done nothing wrong but fears a trial") stays.
func (x *extractor) ownClause(from, to int) int {
	u := unit{first: from, end: to}
	for k := from; k < to; k++ {
		t := x.ts[k]
		if t.region >= 0 {
			continue
		}
		if t.lower == ";" {
			return k
		}
		if t.lower != "but" || k == from {
			continue
		}
		j := x.skipCircumstance(u, k+1)
		if j < to && x.ts[j].lower == "," {
			j++
		}
		if j < to && x.ts[j].region < 0 && (x.pronounClause(u, j) || !pronounSubject(x.ts[j].lower) && x.subjectClause(u, j)) {
			return k
		}
	}
	return to
}

// joins reports whether token k is a conjunction outside quotations, which
// cannot end what was said.
func (x *extractor) joins(k int) bool {
	t := x.ts[k]
	return t.region < 0 && (t.lower == "and" || t.lower == "but" || t.lower == "or")
}

// quotationOnly returns where content [from, to) ends when it opens with a
// quotation that a new clause of the writer's follows: "Protesters chanted
// “What curfew?” and kept going" reports only the quotation.
func (x *extractor) quotationOnly(from, to int) int {
	if !x.opensQuote(from) {
		return to
	}
	end := from + 1
	for end < to && (x.ts[end].region >= 0 || x.isMarkTok(end)) {
		end++
	}
	if end >= to {
		return to
	}
	switch x.ts[end].lower {
	case "and", "but", "before", "after", "while", "until", "then", "as", "when":
		return end
	}
	return to
}

// quote returns the quote of frame f over s, with its speaker, cue and
// date but not its kind.
func (x *extractor) quote(f frame, s chronicle.Span) chronicle.Quote {
	q := chronicle.Quote{Text: x.text[s.Start:s.End], Span: s, Cue: f.cueText, CueSpan: spanPtr(f.cue)}
	if f.spkTo > f.spkFrom {
		f.spkFrom = x.afterGap(f.spkFrom, f.spkTo)
		sp := chronicle.Span{Start: x.ts[f.spkFrom].Start, End: x.ts[f.spkTo-1].End}
		q.SpeakerSpan = &sp
		q.SpeakerText = x.text[sp.Start:sp.End]
		q.Speaker = x.resolve(f.spkFrom, f.spkTo)
	}
	q.Date = x.date(f.dateFrom, f.dateTo)
	return q
}

// afterGap returns where the speaker phrase [from, to) starts once what
// comes before its first break in the text is dropped: a line break or a
// run of spaces, which in pages turned to text ends a heading or a
// category line ("Canada  Industry Canada announced" is said by Industry
// Canada); a run of spaces before a word in lower case is a link the page
// lost inside the phrase ("Green Party of Canada  leader Elizabeth May").
func (x *extractor) afterGap(from, to int) int {
	for k := from + 1; k < to; k++ {
		between := x.text[x.ts[k-1].End:x.ts[k].Start]
		if strings.Contains(between, "  ") && x.ts[k].upper || strings.ContainsAny(between, "\n\r") {
			return k
		}
	}
	return from
}

// date returns the value of the first calendar date or time expression
// inside [from, to), "" when there is none.
func (x *extractor) date(from, to int) string {
	for _, t := range x.times {
		if t.Start >= to {
			break
		}
		if t.Start >= from && t.End <= to && (t.Type == chronicle.DateTimex || t.Type == chronicle.TimeTimex) && calendarValue(t.Value) {
			return t.Value
		}
	}
	return ""
}
