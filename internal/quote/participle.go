package quote

// Cues that take their speaker from elsewhere in the unit: a present
// participle hanging on the clause before it ("…, saying that …"), a
// participle after a verb of quoting ("was quoted as saying") and a cue
// joined by "and" to the frame before it.

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
	if p := x.ts[i-1].lower; p != "," && p != "by" && p != "before" && p != "after" && p != "in" && !byName && !x.quoteAfterComma(u, i+1) &&
		!(named && (x.isMarkTok(i-1) || x.hangsOnClause(i))) && !x.coordinatedParticiple(u, i) && !x.participleThat(u, i) {
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

// hangsOnClause reports whether participle i follows a word that ends a
// clause's object, not one that opens a phrase: "dismissed the proposal
// calling it “…”", but not "the calling" or "for calling".
func (x *extractor) hangsOnClause(i int) bool {
	p := x.ts[i-1]
	return p.word && p.region < 0 && !p.upper && !determiners[p.lower] && !innerPrepositions[p.lower] && !prepositions[p.lower] && !clauseWords[p.lower]
}

// coordinatedParticiple reports whether participle i follows "and" and an
// earlier participle that hangs on the clause: "ended by thanking the staff
// and declaring “…”".
func (x *extractor) coordinatedParticiple(u unit, i int) bool {
	if x.ts[i-1].lower != "and" {
		return false
	}
	for k := i - 2; k > u.first && k >= i-12; k-- {
		t := x.ts[k]
		if t.region >= 0 || !t.word && t.lower != "," {
			return false
		}
		if hasSuffix(t.lower, "ing") && !t.upper {
			p := x.ts[k-1].lower
			return p == "," || p == "by" || p == "in"
		}
	}
	return false
}

// participleThat reports whether speech participle i, with no comma
// before it, reports a clause after "that" and follows a clause's object:
// "have voiced their doubts on the plan saying that …".
func (x *extractor) participleThat(u unit, i int) bool {
	return i+1 < u.end && x.ts[i+1].lower == "that" && x.ts[i].lex.cue != naming && x.hangsOnClause(i)
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
