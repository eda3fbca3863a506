package quote

import (
	"strings"

	"chronicle"
)

// What stands between a cue and its content: the hearer ("told reporters"),
// times ("on Monday"), the medium ("in a statement") and the topic ("said
// of his leader").

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

// circumstances skips the hearer and the circumstances after the cue of f
// from token q, sets where f's date is looked for, and returns the token
// after them.
func (x *extractor) circumstances(f *frame, u unit, i, q int, inverted bool) int {
	if isTell(x.ts[i].lower) && !inverted {
		q = x.hearer(u, q)
	} else if !inverted && q+1 < u.end && x.ts[q].lower == "to" && isSay(x.ts[i].lower) {
		q = x.hearer(u, q+1) // "said to the crowd, “…”"
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

// hearer skips the hearer after "told": "told reporters", "told The
// Washington Post", "told him that"; a "that" after another cue is that
// cue's ("told reporters, adding that …").
func (x *extractor) hearer(u unit, q int) int {
	if n := x.findWord(u, q, "that", 8); n >= 0 && !x.cueBetween(q, n) {
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

// cueBetween reports whether a speech verb stands in tokens [q, n).
func (x *extractor) cueBetween(q, n int) bool {
	for k := q; k < n; k++ {
		if x.ts[k].lex.cue != 0 {
			return true
		}
	}
	return false
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
		if x.ts[k].lower != "'s" {
			words++ // "at the city's news blog"
		}
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
