package quote

import "strings"

// What stands around a cue: whether the words after it read as a clause or
// as an object, whether the quotation before it closes a sentence, and
// whether a comma opens a relative clause. The frame rules (frame.go,
// participle.go) ask these to tell a speech verb from the same verb in
// another sense ("claim victory") and a quotation's tag from a sentence of
// the writer's own.

// relativeAt reports whether token k is a comma that opens a relative or
// participle clause: ", who …", ", noting …".
func (x *extractor) relativeAt(k int) bool {
	if x.ts[k].lower != "," || k+1 >= len(x.ts) {
		return false
	}
	w := x.ts[k+1]
	return w.lower == "who" || w.lower == "which" || w.lower == "whose" || w.lower == "whom" || hasSuffix(w.lower, "ing") && !w.upper
}

// goesOn reports whether token j, just after a cue and its circumstances,
// opens words of the frame's own: "that", a colon, a quotation, "by" and a
// speech participle, a clause
// ("said it was", "said people would") or a noun phrase, the subject of a
// reported clause ("said the talks") or an object ("denied the claims").
func (x *extractor) goesOn(u unit, j int) bool {
	if j+1 >= u.end {
		return false
	}
	t := x.ts[j]
	switch {
	case t.lower == "that" || t.lower == ":" || x.opensQuote(j):
		return true
	case t.lower == "by" && x.ts[j+1].lex.cue != 0 && hasSuffix(x.ts[j+1].lower, "ing"):
		return true // "continued by stating that …"
	case t.region < 0:
		return pronounSubject(t.lower) || determiners[t.lower] || t.upper || x.clauseAfter(u, j)
	}
	return false
}

// clauseAfter reports whether the words from token j read as a clause, a
// noun phrase and then a finite verb ("the vote was rigged", "Smith's
// aides would resign", "the rise of filings to a million shows"), or an
// infinitive ("to have captured"), rather than an object ("victory in the
// election", "rights over material they broadcast": a phrase with no
// determiner holds no preposition but "of"). Without tags a verb is an
// auxiliary or a word in -ed.
func (x *extractor) clauseAfter(u unit, j int) bool {
	if j < u.end && x.ts[j].lower == "to" {
		return true // "claimed to have captured"
	}
	determined := false // the phrase opens with a determiner and may hold a preposition
	for k := j; k < u.end && k < j+12; k++ {
		t := x.ts[k]
		if t.region >= 0 || !t.word {
			return false
		}
		if k == j && (determiners[t.lower] || t.tag == "DT" || t.tag == "PRP$") {
			determined = true
		}
		if t.tag == "" {
			if k > j && (finiteAuxiliaries[t.lower] || hasSuffix(t.lower, "ed")) {
				return true
			}
			if clauseWords[t.lower] || innerPrepositions[t.lower] && t.lower != "of" && !determined {
				return false
			}
			continue
		}
		switch {
		case finiteTag(t.tag):
			return true // after a noun phrase, or a relative's gap: "which the media claimed now allows"
		case t.lower == "of" || t.tag == "IN" && determined || t.tag == "TO" && determined || t.tag == "RB" ||
			t.tag == "DT" || t.tag == "PDT" || t.tag == "CD" || t.tag == "POS" || t.tag == "PRP" || t.tag == "PRP$" ||
			strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "NN") || t.tag == "RBS" || t.tag == "RBR":
		default:
			return false
		}
	}
	return false
}

// quoteAfterComma reports whether a comma or colon and an opening quotation
// mark stand at token j: "spoke out against the plan saying, “…”".
func (x *extractor) quoteAfterComma(u unit, j int) bool {
	return j+1 < u.end && (x.ts[j].lower == "," || x.ts[j].lower == ":") && x.opensQuote(j+1)
}

// closesUnit reports whether only punctuation follows token j-1 in u.
func (x *extractor) closesUnit(u unit, j int) bool {
	return !x.hasWords(j, u.end)
}

// closedSentence reports whether the quotation that ends just before token
// i, with at most a comma between, closes with a full stop, a question or
// an exclamation mark inside its marks: “We are done.”
func (x *extractor) closedSentence(i int) bool {
	p := i - 1
	if p >= 0 && x.ts[p].lower == "," {
		p--
	}
	return p > 0 && x.isMarkTok(p) && endsSentence(x.text, x.ts[p-1])
}

// finiteTag reports whether a part-of-speech tag is that of a finite verb:
// a past or present tense, or a modal.
func finiteTag(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// objectAfter reports whether the words from token j read as the noun
// phrase a verb takes as its object, with no quotation and no clause:
// "strong ties with Britain", "a contraction in the economy", "their
// uphill battle".
func (x *extractor) objectAfter(u unit, j int) bool {
	t := x.ts[j]
	if t.region >= 0 || x.clauseAfter(u, j) || x.quoteNear(u, j) {
		return false
	}
	return determiners[t.lower] || strings.HasPrefix(t.tag, "JJ") || t.tag == "NN" || t.tag == "NNS"
}

// subjectClause reports whether the words from token j read as a clause
// with a subject of its own: a noun phrase and then a finite verb ("village
// elders disputed the account"), not a verb that shares the subject before
// ("fears a trial").
func (x *extractor) subjectClause(u unit, j int) bool {
	t := x.ts[j]
	if t.lower == "to" || x.adverb(j) || t.lex.cue != 0 || finiteAuxiliaries[t.lower] || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
		return false
	}
	if t.tag == "" && hasSuffix(t.lower, "ed") {
		return false
	}
	return x.clauseAfter(u, j)
}
