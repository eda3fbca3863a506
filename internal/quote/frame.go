package quote

import (
	"slices"
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
	nextUnit     bool // the frame ends its unit with a colon: the content is the next unit
	distant      bool // the speaker is the subject of the clause, not next to the cue
	scan         int  // where the search for the next cue goes on
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
			if !ok && len(fs) > 0 {
				f, ok = x.coordinated(u, i, fs[len(fs)-1])
			}
			if !ok {
				continue
			}
			fs = append(fs, f)
			i = max(i, f.scan-1)
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
			if f.nextUnit {
				if ui+1 < len(x.units) && k+1 == len(fs) {
					next := x.units[ui+1]
					gap := x.text[u.End:next.Start]
					switch {
					case x.isMarkTok(next.first) && paragraphBreaks(gap) <= 1:
						x.content(f, next.first, next.end)
					case paragraphBreaks(gap) == 1:
						x.block(f, ui+1) // a quotation set as a block, with no marks
					}
				}
				continue
			}
			if f.kind == naming && k+1 < len(fs) && fs[k+1].kind == naming && x.relativeObject(u, x.cueIndex(f)) >= 0 {
				// the judging verb's quotations follow the relative
				// clause of its object
				if as := x.commaAs(u, fs[k+1].right, u.end); as >= 0 {
					x.content(f, as, u.end)
					continue
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

// cueIndex returns the token index of f's cue.
func (x *extractor) cueIndex(f frame) int {
	i, _ := slices.BinarySearchFunc(x.ts, f.cue.Start, func(t tok, start int) int { return t.Start - start })
	return i
}

// block gives frame f, which ends its paragraph with a colon ("Weber
// added:"), the paragraph that starts at unit ui when it holds no
// quotation marks, as newspapers set long quotations: the words of the
// paragraph, an indirect quote since no marks set them off.
func (x *extractor) block(f frame, ui int) {
	first := x.units[ui]
	end := ui
	for end+1 < len(x.units) && !strings.Contains(x.text[x.units[end].End:x.units[end+1].Start], "\n") {
		end++
	}
	last := x.units[end]
	for k := first.first; k < last.end; k++ {
		if x.ts[k].region >= 0 || x.isMarkTok(k) || listBreak(x.text, x.ts[k].Start) {
			return
		}
	}
	f.indirectOK = true
	x.content(f, first.first, last.end)
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
	// from the opening mark of the quotation that ends the unit
	first := last
	for first > prev.first && (x.ts[first-1].region >= 0 || x.isMarkTok(first-1) && !x.opensQuote(first)) {
		first--
	}
	x.content(f, first, prev.end)
}

// quoteAhead returns the opening mark of a quotation that starts after a
// comma or colon within a few tokens of q, with no cue between; -1 when
// there is none.
func (x *extractor) quoteAhead(u unit, q int) int {
	for k := q; k < u.end && k < q+12; k++ {
		t := x.ts[k]
		if t.region >= 0 || t.lex.cue != 0 || t.lower == "." || t.lower == ";" {
			return -1
		}
		if (t.lower == "," || t.lower == ":") && k+1 < u.end && x.opensQuote(k+1) {
			return k + 1
		}
	}
	return -1
}

// frameAt reads the frame whose cue is token i, if there is one, in four
// steps: the kind of the cue, the speaker around it, the circumstances after
// it ("said on Monday in a statement") and the place of the content.
func (x *extractor) frameAt(u unit, i int) (frame, bool) {
	t := x.ts[i]
	if t.lower == "according" && i+1 < u.end && x.ts[i+1].lower == "to" {
		return x.according(u, i)
	}
	if t.lex.quoter {
		if f, ok := x.quotedObject(u, i); ok {
			return f, true
		}
	}
	k := x.verbCue(u, i)
	response := -1
	if k == 0 {
		if response = x.responseAt(u, i); response > 0 {
			k = weak
		}
	}
	switch {
	case k == 0:
		return frame{}, false
	case t.upper:
		// Only a cue opening its unit may be capitalised: "Continued Stone:"
		if i != u.first && !x.isMarkTok(i-1) {
			return frame{}, false
		}
		return x.fronted(u, i, k)
	case strings.HasSuffix(t.lower, "ing"):
		return x.participle(u, i, k)
	}
	f := frame{kind: k, cue: t.Span, cueText: x.text[t.Start:t.End], right: -1}
	q, inverted, ok := x.speakerAround(&f, u, i)
	if !ok || response > 0 && inverted {
		return frame{}, false
	}
	if response > 0 {
		// "Weber gave his reaction, “…”"
		f.cueText = x.text[t.Start:t.End] + " … " + x.text[x.ts[i+2].Start:x.ts[i+2].End]
		q = response
	}
	j := x.circumstances(&f, u, i, q, inverted)
	if !x.placeContent(&f, u, i, j, inverted) {
		return frame{}, false
	}
	return f, true
}

// speakerAround sets the speaker of f, whose cue is token i. The speaker
// comes before the cue ("Cheung said") unless the cue follows a quotation
// or a comma and a noun phrase follows it ("…,” said Cheung"); after a
// plain comma an appositive may end the speaker ("Cheung, a spokesman,
// said"). It returns the token after the cue and the speaker, and whether
// the speaker follows the cue.
func (x *extractor) speakerAround(f *frame, u unit, i int) (q int, inverted, ok bool) {
	q = i + 1
	s, e, before := 0, 0, false
	p := i - 1
	afterQuote := p >= u.first && (x.isMarkTok(p) || x.ts[p].lower == "," && p > u.first && x.isMarkTok(p-1))
	if !afterQuote {
		s, e, before = x.chunkBefore(u, i)
	}
	if !before && p >= u.first && (afterQuote || x.ts[p].lower == ",") {
		s2, e2, ok := x.chunkAfter(u, i+1)
		if !ok && afterQuote {
			// a stray comma: "“…” said, Foreign Minister Peter MacKay."
			s2, e2, ok = x.chunkAfter(u, i+2)
			ok = ok && x.ts[i+1].lower == "," && x.closesUnit(u, e2)
		}
		if ok {
			f.spkFrom, f.spkTo, f.from = s2, e2, i
			q = e2
			inverted = true
		}
	}
	if !inverted {
		if !before {
			return 0, false, false
		}
		f.spkFrom, f.spkTo, f.from = s, e, s
		f.dateFrom = x.ts[e-1].End
		if a := x.accordingBefore(u, s, e); a < s {
			f.spkFrom = a // "According to the party's website it says …"
			for f.spkTo = s; !x.ts[f.spkTo-1].word; f.spkTo-- {
			}
		}
		x.verbGroupAfter(f, i, e)
	}
	f.adjacentLeft = x.followsQuote(u, f.from)
	return q, inverted, true
}

// verbGroupAfter reads the tokens [e, i) between the speaker phrase and the
// cue of f: a relative clause, whose times are not the speech's, or the
// verb group ("has repeatedly said"). Anything else makes the speaker the
// subject of the clause, not of the cue alone: "… and said", "… to say".
func (x *extractor) verbGroupAfter(f *frame, i, e int) {
	for k := e; k < i; k++ {
		if k == e && (x.ts[k].lower == "who" || x.ts[k].lower == "which") {
			// a relative clause with no commas: "Officials who spoke
			// on condition of anonymity said"
			f.dateFrom = x.ts[i-1].End
			return
		}
		if x.relativeAt(k) {
			// a relative clause set off by commas: "Kulov, who was
			// freed by protesters, said"; its times are not the
			// speech's
			for k+1 < i && x.ts[k+1].lower != "," {
				k++
			}
			f.dateFrom = x.ts[k].End
			continue
		}
		if l := x.ts[k].lower; !x.adverb(k) && l != "," && !x.inTime(x.ts[k].Span) {
			f.from, f.distant = i-1, true
			return
		}
	}
}

// placeContent sets where the content of f lies, from what stands at token
// j after its cue (token i) and circumstances: after it ("said that …",
// "said: “…”", "said the talks failed"), before it ("…, Cheung said") or
// both. It reports false when the cue reports nothing here ("who said and
// did", "claim victory").
func (x *extractor) placeContent(f *frame, u unit, i, j int, inverted bool) bool {
	k, w := f.kind, x.ts[i].lower
	var next string
	if j < u.end {
		next = x.ts[j].lower
	}
	switch {
	case next == "that" && j+2 < u.end && dayParts[x.ts[j+1].lower]:
		return x.placeContent(f, u, i, j+2, inverted) // "said that morning (that) …": a time, not "that …"
	case next == "that" && j+1 < u.end:
		f.right, f.indirectOK = j+1, !k.quotedOnly()
	case next == ":" && j+1 < u.end:
		f.right, f.indirectOK = j+1, true
	case next == ":":
		f.right, f.nextUnit = u.end, true // "Cruz continued:" and the quotation below
	case j < u.end && x.opensQuote(j):
		f.right = j
	case next == "," && j+1 < u.end && x.opensQuote(j+1):
		f.right = j + 1
	case (w == "asked" || w == "ask" || w == "asks") && (next == "whether" || next == "if"):
		f.right, f.indirectOK = j, true
	case next == "," && (f.adjacentLeft || inverted) && x.quoteAhead(u, j) >= 0:
		// "“…,” Tester said, referring to …, “…”"
		f.right = x.quoteAhead(u, j)
		f.to = f.right
	case j >= u.end || next == "," || next == "." || next == ";" || next == "!" || next == "?" || next == ")" || isDash(next):
		// the frame closes its clause: the content came before
	case (f.adjacentLeft || inverted) && x.quoteAhead(u, j) >= 0:
		// "“…,” said X, director of Y at Z, “…”"
		f.right = x.quoteAhead(u, j)
		f.to = f.right
	case f.adjacentLeft || inverted:
		// a quotation's tag; what follows is the writer's
	case k == strong && (next == "and" || next == "or" || next == "but"):
		return false // "who said and did the same things"
	case k == strong && topicWords[next]:
		return false // "warned about the pier": what it was about, not what was said
	case k == strong && objectVerbs[w] && x.objectAfter(u, j):
		return false // "maintained strong ties", "predicted a contraction"
	case k == strong:
		f.right, f.indirectOK = j, true
		if isClaim(w) && !x.clauseAfter(u, j) {
			// "claimed during the divorce that …", but not "could claim
			// victory" or "claim rights over material"
			n := x.findWord(u, j, "that", 8)
			if n < 0 || n+1 >= u.end {
				return false
			}
			f.right = n + 1
		}
	case k == weak && x.pronounClause(u, j):
		// "Lopez noted she is not retiring", "the firm denies it is"
		f.right, f.indirectOK = j, true
	case k == quoting:
		f.right = j
	case k == naming && !x.names(u, i):
		return false // "called out", "called off"
	case k == naming:
		f.right = j
		if n := x.findWord(u, j, "as", 12); n >= 0 {
			f.cueText = f.cueText + " … as"
		} else if !x.quoteNear(u, j) {
			return false // "called the staff in to approve what the paper called “…”"
		}
	default:
		return false
	}
	if f.right < 0 {
		f.left = true
		f.indirectOK = !k.quotedOnly()
		f.to = x.clauseEnd(u, j)
	} else if f.adjacentLeft {
		f.left = true
	}
	if (k.quotedOnly() || f.distant) && f.right < 0 {
		return false
	}
	f.scan = max(i+1, min(f.to, j))
	return true
}

// names reports whether naming cue i names what follows it, not a verb
// with a particle: "calling out the rival", "called off the talks" ("called
// on them to “…”" and "called for “…”" still report words).
func (x *extractor) names(u unit, i int) bool {
	if i+1 >= u.end {
		return true
	}
	switch x.ts[i+1].lower {
	case "out", "off", "up", "in":
		return false
	}
	return true
}

// quoteNear reports whether a quotation opens within a few tokens of token
// j, with no other cue and no sentence end before it, as the name a naming
// cue gives: "called half of the voters “deplorables”".
func (x *extractor) quoteNear(u unit, j int) bool {
	for k := j; k < u.end && k < j+14; k++ {
		switch t := x.ts[k]; {
		case x.opensQuote(k):
			return true
		case t.lex.cue != 0, t.region >= 0, t.lower == ";":
			return false
		}
	}
	return false
}

// pronounClause reports whether a clause opens at token j with a subject
// pronoun and a finite verb: "he is", "they would", "she resigned".
func (x *extractor) pronounClause(u unit, j int) bool {
	if j+1 >= u.end || !pronounSubject(x.ts[j].lower) || x.ts[j].region >= 0 {
		return false
	}
	v := x.ts[j+1]
	return finiteAuxiliaries[v.lower] || finiteTag(v.tag)
}

// fronted reads a frame whose cue opens its unit, its speaker after it and
// a colon or a quotation next: "Continued Stone: “…”".
func (x *extractor) fronted(u unit, i int, k cueKind) (frame, bool) {
	s, e, ok := x.chunkAfter(u, i+1)
	if !ok || e >= u.end || k == quoting {
		return frame{}, false
	}
	t := x.ts[i]
	f := frame{kind: k, cue: t.Span, cueText: x.text[t.Start:t.End], spkFrom: s, spkTo: e, from: i, to: e, right: -1}
	f.dateFrom, f.dateTo = t.Start, x.ts[e].Start
	switch {
	case x.ts[e].lower == ":" && e+1 < u.end:
		f.right, f.indirectOK = e+1, true
	case x.ts[e].lower == ":":
		f.right, f.nextUnit = u.end, true
	case x.opensQuote(e):
		f.right = e
	case x.ts[e].lower == "," && e+1 < u.end && x.opensQuote(e+1):
		f.right = e + 1 // "Said Comey, “…”"
	default:
		return frame{}, false
	}
	f.scan = f.right
	return f, true
}

// dayParts after "that" make a time ("said that morning"), not the
// opening of reported words.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "day": true,
	"week": true, "weekend": true, "month": true, "year": true}

// topicWords after a cue give what the speech was about, not its words:
// "warned about the pier". ("Warned of a crisis" and "warned against
// cuts" are kept: PolNeAR reads them as attributions.)
var topicWords = map[string]bool{"about": true}
