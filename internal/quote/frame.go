package quote

import (
	"strings"

	"chronicle"
)

// A frame is one speech verb with its speaker and the place of what was
// said. Token ranges are half-open indices into extractor.ts.
type frame struct {
	kind         cueKind // 0 for "according to"
	cue          chronicle.Span
	cueText      string
	spkFrom      int // the speaker phrase: tokens [spkFrom, spkTo)
	spkTo        int
	from, to     int  // the frame's tokens: speaker, cue and what goes with them
	left         bool // the content lies before the frame
	right        int  // the content starts at this token; -1 when it is not after the frame
	indirectOK   bool // unquoted content is reported speech
	dateFrom     int  // offsets of the speech clause, where its date is looked for
	dateTo       int
	adjacentLeft bool // the frame follows a quotation's closing mark
}

// frames reads every unit's speech frames and turns their content into
// quotes.
func (x *extractor) frames() {
	for ui, u := range x.units {
		var fs []frame
		for i := u.first; i < u.end; i++ {
			t := x.ts[i]
			if t.region >= 0 || !t.word {
				continue
			}
			f, ok := x.frameAt(u, i)
			if !ok {
				continue
			}
			fs = append(fs, f)
			i = max(i, f.to-1)
		}
		for k, f := range fs {
			if f.left {
				from := u.first
				if k > 0 {
					if fs[k-1].right >= 0 {
						from = f.from // the previous frame's content runs up to here
					} else {
						from = fs[k-1].to
					}
				}
				if from < f.from && x.hasWords(from, f.from) {
					x.content(f, from, f.from)
				} else if k == 0 && ui > 0 {
					x.previousUnit(f, x.units[ui-1], u)
				}
			}
			if f.right >= 0 {
				to := u.end
				if k+1 < len(fs) {
					to = fs[k+1].from
				}
				if f.right < to {
					x.content(f, f.right, to)
				}
			}
		}
	}
}

// previousUnit gives a frame that opens its unit ("Cheung said.") the
// quotation that ends the unit before, in the same paragraph.
func (x *extractor) previousUnit(f frame, prev, u unit) {
	if strings.Contains(x.text[prev.End:u.Start], "\n") {
		return
	}
	last := prev.end - 1
	for last >= prev.first && !x.ts[last].word && !x.isMarkTok(last) {
		last--
	}
	if last < prev.first || !x.isMarkTok(last) {
		return
	}
	x.content(f, prev.first, prev.end)
}

// frameAt reads the frame whose cue is token i, if there is one.
func (x *extractor) frameAt(u unit, i int) (frame, bool) {
	t := x.ts[i]
	if t.lower == "according" && i+1 < u.end && x.ts[i+1].lower == "to" {
		return x.according(u, i)
	}
	k := cueOf(t.lower)
	if k == 0 || strings.HasSuffix(t.lower, "ing") {
		return frame{}, false
	}
	if t.tag != "" && !strings.HasPrefix(t.tag, "VB") {
		return frame{}, false
	}
	f := frame{kind: k, cue: t.Span, cueText: x.text[t.Start:t.End], right: -1}
	// The speaker comes before the cue ("Cheung said") unless the cue
	// follows a quotation or a comma and a noun phrase follows it
	// ("…,” said Cheung"); after a plain comma an appositive may end the
	// speaker ("Cheung, a spokesman, said").
	q := i + 1
	inverted := false
	s, e, before := 0, 0, false
	p := i - 1
	afterQuote := p >= u.first && (x.isMarkTok(p) || x.ts[p].lower == "," && p > u.first && x.isMarkTok(p-1))
	if !afterQuote {
		s, e, before = x.chunkBefore(u, i)
	}
	if !before && p >= u.first && (afterQuote || x.ts[p].lower == ",") {
		if s2, e2, ok := x.chunkAfter(u, i+1); ok {
			f.spkFrom, f.spkTo, f.from = s2, e2, i
			q = e2
			inverted = true
		}
	}
	if !inverted {
		if !before {
			return frame{}, false
		}
		f.spkFrom, f.spkTo, f.from = s, e, s
	}
	f.adjacentLeft = x.followsQuote(u, f.from)

	if isTell(t.lower) && !inverted {
		q = x.hearer(u, q)
	}
	j := x.skipCircumstance(u, q)
	f.to = j
	f.dateFrom = x.ts[f.from].Start
	f.dateTo = x.ts[min(j, u.end-1)].Start
	if j >= u.end {
		f.dateTo = u.End
	}
	var next string
	if j < u.end {
		next = x.ts[j].lower
	}
	switch {
	case next == "that" && j+1 < u.end:
		f.right, f.indirectOK = j+1, k != naming
	case next == ":" && j+1 < u.end:
		f.right, f.indirectOK = j+1, true
	case j < u.end && x.opensQuote(j):
		f.right = j
	case next == "," && j+1 < u.end && x.opensQuote(j+1):
		f.right = j + 1
	case (t.lower == "asked" || t.lower == "ask" || t.lower == "asks") && (next == "whether" || next == "if"):
		f.right, f.indirectOK = j, true
	case j >= u.end || next == "," || next == "." || next == ";" || next == "!" || next == "?" || next == ")" || isDash(next):
		// the frame closes its clause: the content came before
	case f.adjacentLeft || inverted:
		// a quotation's tag; what follows is the writer's
	case k == strong:
		f.right, f.indirectOK = j, true
	case k == naming:
		f.right = j
		if n := x.findWord(u, j, "as", 8); n >= 0 {
			f.cueText = f.cueText + " … as"
		}
	default:
		return frame{}, false
	}
	if f.right < 0 {
		f.left = true
		f.indirectOK = k != naming
		f.to = x.clauseEnd(u, j)
	} else if f.adjacentLeft {
		f.left = true
	}
	if k == naming && f.right < 0 {
		return frame{}, false
	}
	return f, true
}

// according reads "according to X" at token i.
func (x *extractor) according(u unit, i int) (frame, bool) {
	s, e, ok := x.chunkAfter(u, i+2)
	if !ok {
		return frame{}, false
	}
	f := frame{
		cue:     chronicle.Span{Start: x.ts[i].Start, End: x.ts[i+1].End},
		cueText: "according to", spkFrom: s, spkTo: e, from: i, to: e, right: -1,
		indirectOK: true,
	}
	f.cueText = x.text[f.cue.Start:f.cue.End]
	f.dateFrom, f.dateTo = x.ts[i].Start, x.ts[e-1].End
	if x.startsClause(u, i) {
		// "According to X, …": the content follows the comma
		j := e
		if j < u.end && x.ts[j].lower == "," {
			j++
		}
		f.right, f.to = j, j
		return f, j < u.end
	}
	f.left = true
	f.to = x.clauseEnd(u, e)
	return f, true
}

// startsClause reports whether only punctuation and conjunctions come
// before token i in its unit.
func (x *extractor) startsClause(u unit, i int) bool {
	for k := u.first; k < i; k++ {
		if t := x.ts[k]; t.word && t.lower != "and" && t.lower != "but" && t.lower != "so" {
			return false
		}
	}
	return true
}

// followsQuote reports whether token i comes straight after a quotation's
// closing mark, with at most a comma between.
func (x *extractor) followsQuote(u unit, i int) bool {
	p := i - 1
	if p >= u.first && x.ts[p].lower == "," {
		p--
	}
	return p >= u.first && x.isMarkTok(p) && x.closesRegion(p)
}

// isMarkTok reports whether token i is a double quotation mark.
func (x *extractor) isMarkTok(i int) bool {
	t := x.ts[i]
	if t.Len() > 3 {
		return false
	}
	return isMark(firstRune(x.text, t))
}

// closesRegion reports whether mark token i closes a region.
func (x *extractor) closesRegion(i int) bool {
	at := x.ts[i].Start
	for _, r := range x.rs {
		if r.close == at {
			return true
		}
		if r.open > at {
			break
		}
	}
	return false
}

// opensQuote reports whether token i is a mark that opens a chain not yet
// quoted.
func (x *extractor) opensQuote(i int) bool {
	if !x.isMarkTok(i) {
		return false
	}
	at := x.ts[i].Start
	for _, c := range x.cs {
		if c.outer.Start == at {
			return true
		}
		if c.outer.Start > at {
			break
		}
	}
	return false
}

// hearer skips the hearer after "told": "told reporters", "told The
// Washington Post", "told him that".
func (x *extractor) hearer(u unit, q int) int {
	if n := x.findWord(u, q, "that", 8); n >= 0 {
		return n
	}
	if q >= u.end {
		return q
	}
	t := x.ts[q]
	switch {
	case t.upper && t.region < 0 && !x.isMarkTok(q):
		for q < u.end && (x.ts[q].upper || x.ts[q].lower == "'s") && x.ts[q].region < 0 {
			q++
		}
	case determiners[t.lower] || t.lower == "his" || t.lower == "her":
		q++
		for n := 0; n < 3 && q < u.end && x.ts[q].word && !x.ts[q].upper && !clauseWords[x.ts[q].lower] && !pronounSubject(x.ts[q].lower); n++ {
			q++
		}
	case hearers[t.lower]:
		q++
	}
	return q
}

func pronounSubject(w string) bool {
	_, ok := pronouns[w]
	return ok
}

// findWord returns the index of the first token w within n tokens of q,
// stopping at punctuation other than commas; -1 when there is none.
func (x *extractor) findWord(u unit, q int, w string, n int) int {
	for k := q; k < u.end && k < q+n; k++ {
		t := x.ts[k]
		if t.lower == w && t.region < 0 {
			return k
		}
		if !t.word && t.lower != "," && t.lower != "-" || t.region >= 0 {
			return -1
		}
	}
	return -1
}

// skipCircumstance skips what may stand between a cue and its content: time
// expressions ("on Saturday"), the medium ("in a statement", "in an
// interview with CNN", "on Twitter") and a comma after them.
func (x *extractor) skipCircumstance(u unit, q int) int {
	for q < u.end {
		t := x.ts[q]
		switch {
		case t.region >= 0:
			return q
		case x.inTime(t.Span) || dayWords[t.lower]:
			q++
		case t.lower == "on" || t.lower == "in" || t.lower == "at" || t.lower == "during" || t.lower == "via" || t.lower == "to" || t.lower == "through" || t.lower == "last" || t.lower == "this" || t.lower == "late" || t.lower == "early":
			n := x.circumstance(u, q+1)
			if n == q+1 {
				return q
			}
			q = n
		case t.lower == "," && q+1 < u.end && x.isCircumstanceStart(u, q+1):
			q++
		default:
			return q
		}
	}
	return q
}

func (x *extractor) isCircumstanceStart(u unit, q int) bool {
	t := x.ts[q]
	return x.inTime(t.Span) || dayWords[t.lower] || t.lower == "on" || t.lower == "in"
}

// circumstance returns where the object of a preposition at q-1 ends when it
// names a time or a medium; q when it names neither.
func (x *extractor) circumstance(u unit, q int) int {
	k := q
	if k < u.end && x.inTime(x.ts[k].Span) || k < u.end && dayWords[x.ts[k].lower] {
		for k < u.end && (x.inTime(x.ts[k].Span) || dayWords[x.ts[k].lower]) {
			k++
		}
		return k
	}
	if k < u.end && determiners[x.ts[k].lower] {
		k++
	}
	for n := 0; n < 3 && k < u.end && x.ts[k].word && x.ts[k].region < 0; n++ {
		if media[x.ts[k].lower] {
			k++
			if k+1 < u.end && x.ts[k].lower == "with" && x.ts[k+1].upper {
				k++
				for k < u.end && x.ts[k].upper {
					k++
				}
			}
			return k
		}
		k++
	}
	// "on Twitter", "on Fox News", "to reporters"
	k = q
	if k < u.end && x.ts[k].lower == "reporters" {
		return k + 1
	}
	if k < u.end && x.ts[k].upper && x.ts[k].region < 0 && x.ts[q-1].lower != "to" {
		for k < u.end && x.ts[k].upper && x.ts[k].region < 0 {
			k++
		}
		return k
	}
	return q
}

// clauseEnd returns where a closing frame ends: at the end of the unit, or
// at a dash or semicolon that starts something else.
func (x *extractor) clauseEnd(u unit, q int) int {
	for k := q; k < u.end; k++ {
		if l := x.ts[k].lower; l == ";" || isDash(l) && x.ts[k].Len() > 1 {
			return k
		}
	}
	return u.end
}

// inTime reports whether s lies inside one of the document's time
// expressions.
func (x *extractor) inTime(s chronicle.Span) bool {
	for _, t := range x.times {
		if t.Start > s.Start {
			return false
		}
		if t.Contains(s) {
			return true
		}
	}
	return false
}

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
	for from < to && !x.ts[from].word && !x.isMarkTok(from) {
		from++
	}
	for to > from && !x.ts[to-1].word && !x.isMarkTok(to-1) {
		to--
	}
	if from >= to {
		return
	}
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
				q.Clause = spanPtr(span)
			}
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
	x.emit(-1, q)
}

// quote returns the quote of frame f over s, with its speaker, cue and
// date but not its kind.
func (x *extractor) quote(f frame, s chronicle.Span) chronicle.Quote {
	q := chronicle.Quote{Text: x.text[s.Start:s.End], Span: s, Cue: f.cueText, CueSpan: spanPtr(f.cue)}
	if f.spkTo > f.spkFrom {
		sp := chronicle.Span{Start: x.ts[f.spkFrom].Start, End: x.ts[f.spkTo-1].End}
		q.SpeakerSpan = &sp
		q.SpeakerText = x.text[sp.Start:sp.End]
		q.Speaker = x.resolve(f.spkFrom, f.spkTo)
	}
	q.Date = x.date(f.dateFrom, f.dateTo)
	return q
}

// date returns the value of the first date or time expression inside
// [from, to), "" when there is none.
func (x *extractor) date(from, to int) string {
	for _, t := range x.times {
		if t.Start >= to {
			break
		}
		if t.Start >= from && t.End <= to && (t.Type == chronicle.DateTimex || t.Type == chronicle.TimeTimex) && t.Value != "" {
			return t.Value
		}
	}
	return ""
}
