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
					if x.isMarkTok(next.first) && paragraphBreaks(x.text[u.End:next.Start]) <= 1 {
						x.content(f, next.first, next.end)
					}
				}
				continue
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

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	return len(w) == 4 && (w[0] == '1' || w[0] == '2') && isDigits(w)
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
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

// verbCue returns the kind of cue token i is, a speech verb of the lexicon
// or a verb of manner after a quotation ("“…,” Oliver barked."); 0 when it
// is neither, or when the tagger took it for another part of speech.
func (x *extractor) verbCue(u unit, i int) cueKind {
	t := x.ts[i]
	k := t.lex.cue
	if k == 0 && x.mannerVerb(u, i) {
		k = weak
	}
	if k == 0 && t.lex.judging && x.quotedAs(u, i) {
		k = naming // "dismissed the report as “nonsense”"
	}
	if k == 0 || t.tag != "" && !strings.HasPrefix(t.tag, "VB") && !x.taggedAsNoun(u, i) {
		return 0
	}
	return k
}

// quotedAs reports whether "as" and a quotation follow token i within a
// few words: "defended the plan as “entirely reasonable”".
func (x *extractor) quotedAs(u unit, i int) bool {
	n := x.findWord(u, i+1, "as", 8)
	if n < 0 || n+1 >= u.end {
		return false
	}
	if determiners[x.ts[n+1].lower] && n+2 < u.end {
		n++
	}
	return x.opensQuote(n + 1)
}

// responseAt returns the token after a phrase that gives a speaker's
// response, at token i, when a quotation follows it after a comma or a
// colon: "gave his reaction, “…”", "offered her view on the ruling: “…”";
// -1 when there is none.
func (x *extractor) responseAt(u unit, i int) int {
	if !x.ts[i].lex.giver || i+3 >= u.end || !possessives[x.ts[i+1].lower] || !responses[x.ts[i+2].lower] {
		return -1
	}
	n := i + 3
	if l := x.ts[n].lower; l == "on" || l == "about" || l == "to" {
		for n++; n < u.end && n < i+9 && x.ts[n].lower != "," && x.ts[n].lower != ":" && x.npWord(n); n++ {
		}
	}
	if n+1 < u.end && (x.ts[n].lower == "," || x.ts[n].lower == ":") && x.opensQuote(n+1) {
		return n
	}
	return -1
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

// circumstances skips the hearer and the circumstances after the cue of f
// from token q, sets where f's date is looked for, and returns the token
// after them.
func (x *extractor) circumstances(f *frame, u unit, i, q int, inverted bool) int {
	if isTell(x.ts[i].lower) && !inverted {
		q = x.hearer(u, q)
	}
	j := x.skipCircumstance(u, q)
	f.to = j
	if inverted {
		f.dateFrom = x.ts[f.from].Start
	} else {
		// after the speaker phrase and a relative clause after it, whose
		// own times ("Weber, who has led the ministry since 2019, said")
		// are not the speech's
		f.dateFrom = max(f.dateFrom, x.ts[f.from].Start)
	}
	f.dateTo = x.ts[min(j, u.end-1)].Start
	if j >= u.end {
		f.dateTo = u.End
	}
	if f.adjacentLeft && !inverted && x.closedSentence(f.from) && (x.goesOn(u, j) || x.quoteAfterComma(u, j)) {
		// The quotation before ends its sentence and the frame goes on
		// with words of its own: "“… the invasion.” He added that …",
		// "“… with the coalition.” Layton said it was …", "“…” Almatov
		// denied the claims.", "“… was right.” Weber said, “…”". The
		// quotation is not this frame's; it may continue the quote before
		// it.
		f.adjacentLeft = false
	}
	return j
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
		return false // "called for", "called out"
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

// taggedAsNoun reports whether cue token i, which the tagger took for a
// noun, stands where only a speech verb can: after a speaker's name or a
// pronoun, or a short phrase straight after a quotation, and before the
// end of the clause, "that", a colon or a quotation: "“…,” Viguerie
// notes.", "“…,” the letter reads.", "he points out that …"; or a
// participle between commas before a quotation: "…, tweeting, “…”".
func (x *extractor) taggedAsNoun(u unit, i int) bool {
	t := x.ts[i]
	if t.tag != "NN" && t.tag != "NNS" || t.upper || i == u.first {
		return false
	}
	b := i - 1
	for b > u.first && x.italics(b) {
		b-- // "''Harbour Weekly'' predicts"
	}
	p := x.ts[b]
	if hasSuffix(t.lower, "ing") && p.lower == "," && x.quoteAfterComma(u, i+1) {
		return true
	}
	subj := x.collectBack(u, i-1) // "the letter"
	short := subj < i && i-subj <= 3 && (determiners[x.ts[subj].lower] || x.ts[subj].upper)
	if !(p.upper && p.region < 0 && !x.isMarkTok(b)) && !pronounSubject(p.lower) && !x.followsQuote(u, i) && !(short && x.followsQuote(u, subj)) {
		return false
	}
	n := i + 1
	if n < u.end && (x.ts[n].lower == "out" || x.ts[n].lower == "back") {
		n++
	}
	if n >= u.end {
		return true
	}
	switch x.ts[n].lower {
	case ".", ",", ":", "that", ";", "!", "?":
		return true
	}
	return x.opensQuote(n)
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
		for k := s; k < e; k++ {
			if x.ts[k].lower == "," {
				e = k
				break
			}
		}
		e = x.appositiveAfter(u, e)
		f.spkTo = e
		j := e
		if j < u.end && x.ts[j].lower == "," {
			j++
		}
		f.right, f.to, f.scan = j, j, j
		return f, j < u.end
	}
	f.left = true
	f.to = x.clauseEnd(u, e)
	f.scan = e
	return f, true
}

// appositiveAfter returns where an appositive ends that follows a person's
// name ending before the comma at token e: "According to Karl Weber, the
// head of the port authority, trade fell"; e when there is none.
func (x *extractor) appositiveAfter(u unit, e int) int {
	if e+1 >= u.end || x.ts[e].lower != "," || !x.personAt(e-1) {
		return e
	}
	first := x.ts[e+1]
	if !first.upper && first.lower != "the" && first.lower != "a" && first.lower != "an" {
		return e
	}
	for k := e + 1; k < u.end && k <= e+1+maxSpeakerWords; k++ {
		if x.ts[k].lower == "," {
			if k+1 < u.end && !clauseWords[x.ts[k+1].lower] && k > e+1 {
				return k
			}
			return e
		}
		if !x.npWord(k) && x.ts[k].lower != "of" {
			return e
		}
	}
	return e
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
	if p >= 0 && x.ts[p].lower == "," {
		p--
	}
	// The quotation may end the sentence before: "… help?” Renteria told reporters."
	return p >= 0 && x.isMarkTok(p) && x.closesRegion(p) && !strings.Contains(x.text[x.ts[p].End:x.ts[i].Start], "\n")
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
		case x.inTime(t.Span) || dayWords[t.lower] || isYear(t.lower):
			q++
		case (t.lower == "at" || t.lower == "to") && q+1 < u.end && objectPronouns[x.ts[q+1].lower]:
			q += 2 // "tweeting at him"
		case t.word && !t.upper && (hasSuffix(t.lower, "ly") && t.lower != "only" || t.lower == "out" || t.lower == "back" || t.lower == "up"):
			q++ // "said bluntly", "pointed out", "wrote back"
		case t.lower == "on" || t.lower == "in" || t.lower == "at" || t.lower == "during" || t.lower == "via" || t.lower == "to" || t.lower == "through" || t.lower == "last" || t.lower == "this" || t.lower == "late" || t.lower == "early":
			n := x.circumstance(u, q+1)
			if n == q+1 {
				return q
			}
			q = n
		case t.lower == "," && q+1 < u.end && x.isCircumstanceStart(u, q+1):
			q++
		case t.lower == "of" && x.aboutWhom(u, q) > q:
			q = x.aboutWhom(u, q) // "said of his leader, “…”"
		default:
			return q
		}
	}
	return q
}

// aboutWhom returns the comma that ends the topic of a speech at token q,
// "of" and a short noun phrase before a quotation: "said of his leader,
// “…”"; q when there is none.
func (x *extractor) aboutWhom(u unit, q int) int {
	for k := q + 1; k < u.end && k <= q+6; k++ {
		if x.ts[k].lower == "," {
			if k > q+1 && x.opensQuote(k+1) {
				return k
			}
			return q
		}
		if !x.npWord(k) {
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
	if k < u.end && (x.inTime(x.ts[k].Span) || dayWords[x.ts[k].lower] || isYear(x.ts[k].lower)) {
		for k < u.end && (x.inTime(x.ts[k].Span) || dayWords[x.ts[k].lower] || isYear(x.ts[k].lower)) {
			k++
		}
		return k
	}
	if k < u.end && determiners[x.ts[k].lower] {
		k++
	}
	words := 0
	for words < 3 && k < u.end && x.ts[k].region < 0 {
		if isItalics(x.text[x.ts[k].Start:x.ts[k].End]) {
			k++ // wiki italics: "in the ''Channel 1'' interview"
			continue
		}
		if !x.ts[k].word {
			break
		}
		words++
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

// isItalics reports whether w is a run of apostrophes, as wiki text marks
// italics.
func isItalics(w string) bool {
	return w != "" && strings.Trim(w, "'’") == ""
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
// Canada).
func (x *extractor) afterGap(from, to int) int {
	for k := from + 1; k < to; k++ {
		between := x.text[x.ts[k-1].End:x.ts[k].Start]
		if strings.Contains(between, "  ") || strings.ContainsAny(between, "\n\r") {
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

// participle reads a frame whose cue is a present participle that hangs on
// the clause before it: "Trump replied, telling Reuters, “…”", "…,
// saying that …". Its speaker is the subject of the unit.
func (x *extractor) participle(u unit, i int, k cueKind) (frame, bool) {
	// a naming participle gives a name in quotation marks: "…, calling
	// the ruling “a travesty”"
	named := k == naming && x.names(u, i) && x.quoteNear(u, i+1)
	if k.quotedOnly() && !named || i == u.first {
		return frame{}, false
	}
	// "…, saying", "began by saying", before a quotation ("spoke out
	// against the plan saying, “…”"), or straight after a name: "footage
	// of Trump saying, “…”", whose speaker is the name.
	if x.ts[i-1].lower == "as" {
		return x.quotedAsSaying(u, i, k)
	}
	byName := x.ts[i-1].upper && x.ts[i-1].region < 0 && !x.isMarkTok(i-1) && i-1 > u.first
	if p := x.ts[i-1].lower; p != "," && p != "by" && p != "before" && p != "after" && !byName && !x.quoteAfterComma(u, i+1) && !(named && x.isMarkTok(i-1)) {
		return frame{}, false
	}
	f, ok := x.participleContent(u, i, k)
	if !ok {
		return frame{}, false
	}
	s, e, ok := x.subject(u, i)
	if !ok {
		s, e, ok = x.namedSubject(u, i)
	}
	if byName {
		s, e, ok = i-1, i, true
		for s > u.first && x.ts[s-1].upper && x.ts[s-1].region < 0 && !x.isMarkTok(s-1) {
			s--
		}
	}
	if !ok || s >= e {
		return frame{}, false
	}
	f.spkFrom, f.spkTo = s, e
	f.dateFrom, f.dateTo = x.ts[s].Start, x.ts[f.right].Start
	f.scan = f.right
	return f, true
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

// mannerVerb reports whether token i is a past-tense verb that tags a
// quotation in the manner of "said": a short noun phrase straight after the
// closing mark, then the verb ("“…,” Oliver barked", "“…,” the nominee
// riffed on …").
func (x *extractor) mannerVerb(u unit, i int) bool {
	t := x.ts[i]
	if t.upper || !hasSuffix(t.lower, "ed") || t.tag != "" && t.tag != "VBD" || i == 0 {
		return false
	}
	s := x.collectBack(u, i-1)
	if s >= i || i-s > 6 || !x.soleSpeaker(i-1) && !determiners[x.ts[s].lower] && !x.ts[s].upper {
		return false
	}
	if n := i + 1; n < u.end && x.ts[n].lower != "." && x.ts[n].lower != "," && s == u.first {
		return false // a new sentence that goes on: "“…” Trump smiled at them"
	}
	return x.followsQuote(u, s)
}

// coordinated reads a cue joined by "and" to the frame before it in the
// unit, which lends it its speaker: "Weber said the estimate was too low
// and warned that the city would borrow more".
func (x *extractor) coordinated(u unit, i int, prev frame) (frame, bool) {
	t := x.ts[i]
	k := t.lex.cue
	if k == 0 || k.quotedOnly() || t.upper || i == u.first || prev.spkTo <= prev.spkFrom || prev.kind == 0 {
		return frame{}, false
	}
	if x.ts[i-1].lower != "and" && !x.hangsOn(u, i, prev) {
		return frame{}, false
	}
	j := x.skipCircumstance(u, i+1)
	f := frame{kind: k, cue: t.Span, cueText: x.text[t.Start:t.End], spkFrom: prev.spkFrom, spkTo: prev.spkTo,
		from: i - 1, to: j, right: -1, distant: true, scan: j}
	var ok bool
	if f.right, f.indirectOK, ok = x.reported(u, j, k == strong && !isTell(t.lower)); !ok {
		return frame{}, false
	}
	f.dateFrom, f.dateTo = t.Start, x.ts[f.right].Start
	return f, true
}

// hangsOn reports whether participle i follows frame prev after a comma,
// with only a name between ("“…,” said Karl Weber on the show Harbour Hour,
// claiming the storm was to blame"): the participle is the speaker's.
func (x *extractor) hangsOn(u unit, i int, prev frame) bool {
	if !hasSuffix(x.ts[i].lower, "ing") || x.ts[i-1].lower != "," || prev.scan > i-1 {
		return false
	}
	for k := prev.scan; k < i-1; k++ {
		if !x.ts[k].upper || x.ts[k].region >= 0 {
			return false
		}
	}
	return true
}

// reported returns where the content starts after a participle or a
// coordinated cue whose circumstances end at token j: after "that", at a
// quotation or at a comma or colon before one, and when bare is set at a
// clause ("…, claiming the company was not at fault"). indirect tells
// whether unquoted content there is reported speech.
func (x *extractor) reported(u unit, j int, bare bool) (right int, indirect, ok bool) {
	switch {
	case j+1 < u.end && x.ts[j].lower == "that":
		return j + 1, true, true
	case j < u.end && x.opensQuote(j):
		return j, false, true
	case j+1 < u.end && (x.ts[j].lower == "," || x.ts[j].lower == ":") && x.opensQuote(j+1):
		return j + 1, false, true
	case bare && j < u.end && x.ts[j].region < 0 && x.clauseAfter(u, j):
		return j, true, true
	}
	return -1, false, false
}

// participleContent reads what a participle cue at token i reports, as a
// frame with no speaker yet.
func (x *extractor) participleContent(u unit, i int, k cueKind) (frame, bool) {
	t := x.ts[i]
	q := i + 1
	if isTell(t.lower) {
		q = x.hearer(u, q)
	}
	j := x.skipCircumstance(u, q)
	f := frame{kind: k, cue: t.Span, cueText: x.text[t.Start:t.End], right: -1, from: i, to: j}
	if k == naming {
		f.right = j // what is named, then its name
		return f, j < u.end
	}
	var ok bool
	f.right, f.indirectOK, ok = x.reported(u, j, k == strong && !isTell(t.lower))
	return f, ok
}

// quotedObject reads a verb of quoting at token i whose object is the
// speaker, "as" and a participle cue after it: "The paper quoted harbour
// master Karl Weber as saying “…”", "“…,” the agency reported a spokesman
// for the port as saying."
func (x *extractor) quotedObject(u unit, i int) (frame, bool) {
	if i+1 >= u.end || innerPrepositions[x.ts[i+1].lower] || prepositions[x.ts[i+1].lower] || x.ts[i+1].lower == "as" {
		return frame{}, false // the passive: the participle reads it
	}
	as := x.findWord(u, i+1, "as", maxSpeakerWords+2)
	if as < 0 || as+1 >= u.end || !hasSuffix(x.ts[as+1].lower, "ing") || x.ts[as+1].lex.cue == 0 {
		return frame{}, false
	}
	p := as + 1
	t := x.ts[p]
	f := frame{kind: t.lex.cue, cue: t.Span, cueText: x.text[t.Start:t.End], right: -1, spkFrom: i + 1, spkTo: as, from: i}
	for f.spkTo > f.spkFrom && !x.ts[f.spkTo-1].word {
		f.spkTo--
	}
	if s, _, ok := x.chunkBefore(u, i); ok {
		f.from = s
	}
	j := x.skipCircumstance(u, p+1)
	f.to, f.scan = j, j
	f.dateFrom, f.dateTo = x.ts[i].Start, x.ts[min(j, u.end-1)].Start
	var ok bool
	if f.right, f.indirectOK, ok = x.reported(u, j, f.kind == strong); ok {
		f.scan = f.right
		return f, true
	}
	// the quotation came before: "“…,” the paper quoted Weber as saying."
	f.adjacentLeft = x.followsQuote(u, f.from)
	f.left, f.indirectOK = f.adjacentLeft, false
	return f, f.left
}

// quotedAsSaying reads a participle after "as" that a verb of quoting governs:
// "Weber is quoted as saying", "with Weber quoted as saying", "The paper
// quoted city spokesman Karl Weber as saying". The speaker is the one
// quoted: the subject of the passive, the object of the active verb.
func (x *extractor) quotedAsSaying(u unit, i int, k cueKind) (frame, bool) {
	r := -1
	for n := i - 2; n >= u.first && n >= i-2-maxSpeakerWords-2; n-- {
		if t := x.ts[n]; t.region >= 0 || t.lower == "." || t.lower == ";" {
			break
		}
		if x.ts[n].lex.quoter {
			r = n
			break
		}
	}
	if r < 0 {
		return frame{}, false
	}
	f, ok := x.participleContent(u, i, k)
	if !ok {
		return frame{}, false
	}
	s, e := r+1, i-1
	if r == i-2 || innerPrepositions[x.ts[r+1].lower] || prepositions[x.ts[r+1].lower] {
		// the passive, with or without its agent: "Weber was quoted (by
		// the paper) as saying"
		b := r
		for b > u.first && (x.ts[b-1].lower == "is" || x.ts[b-1].lower == "was" || x.ts[b-1].lower == "were" || x.ts[b-1].lower == "are") {
			b--
		}
		if s, e, ok = x.chunkBefore(u, b); !ok {
			return frame{}, false
		}
		s = x.nameBeforeComma(u, s)
	}
	for e > s && !x.ts[e-1].word {
		e--
	}
	for s < e && !x.ts[s].word {
		s++
	}
	if s >= e || e-s > maxSpeakerWords+2 {
		return frame{}, false
	}
	f.spkFrom, f.spkTo = s, e
	f.dateFrom, f.dateTo = x.ts[r].Start, x.ts[f.right].Start
	f.scan = f.right
	return f, true
}
