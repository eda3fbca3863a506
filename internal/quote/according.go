package quote

import "chronicle"

// "According to X": a frame with no speech verb, its content before it or,
// when it opens the clause, after the comma.

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

// accordingBefore returns where the source of "according to" starts when
// the speaker phrase [s, e) is a pronoun that takes up that source, the
// unit opening with it: "According to the party's website it says that
// …"; s when it is not.
func (x *extractor) accordingBefore(u unit, s, e int) int {
	if e-s != 1 || !pronounSubject(x.ts[s].lower) || s-u.first < 3 || x.ts[u.first].lower != "according" || x.ts[u.first+1].lower != "to" {
		return s
	}
	for k := u.first + 2; k < s; k++ {
		if !x.npWord(k) && x.ts[k].lower != "," {
			return s
		}
	}
	return u.first + 2
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
