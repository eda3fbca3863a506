package quote

import (
	"slices"
	"strings"

	"chronicle"
)

// maxSpeakerWords bounds a speaker phrase; longer runs are clauses.
const maxSpeakerWords = 12

// npWord reports whether token k may be part of a speaker's noun phrase.
func (x *extractor) npWord(k int) bool {
	t := x.ts[k]
	if t.region >= 0 {
		return false
	}
	if !t.word {
		switch t.lower {
		case "-", "&", ".", "'", "’":
			return true
		}
		return false
	}
	if clauseWords[t.lower] {
		return false
	}
	if t.tag != "" && clauseTags[t.tag] && !t.upper {
		return false // a capitalised word is a name the tagger misread: "C-SPAN"
	}
	return true
}

// chunkBefore finds the speaker phrase that ends just before cue token i:
// "White House communications director Steven Cheung said", "he has
// said", "Trump, who …, said", "Zelenskyy’s chief of staff, Andriy Yermak,
// described". It returns the phrase's token range.
func (x *extractor) chunkBefore(u unit, i int) (int, int, bool) {
	j := i - 1
	for j >= u.first && (x.adverb(j) || x.inTime(x.ts[j].Span)) && x.ts[j].region < 0 {
		j--
	}
	if j < u.first {
		return 0, 0, false
	}
	if x.ts[j].lower == "," {
		// "X, who …, said" or "X, a spokesman, said"
		k := j - 1
		for k >= u.first && x.ts[k].lower != "," && x.ts[k].region < 0 && !x.isMarkTok(k) && x.ts[k].lower != ";" && !isDash(x.ts[k].lower) {
			k--
		}
		if k < u.first {
			// a stray comma after a name that opens the unit, as pages
			// turned to text leave them: "Former mayor Karl Weber ,
			// repeatedly said"
			if s := x.collectBack(u, j-1); s == u.first && s < j && x.hasName(s, j) && x.text[x.ts[j-1].End:x.ts[j].Start] != "" {
				return s, j, true
			}
			return 0, 0, false
		}
		if x.ts[k].lower != "," || k+1 >= j {
			return 0, 0, false
		}
		if x.relativeAt(k) {
			// a relative or participle clause: "Trump, who …, said",
			// "Durbin, noting …, said"
			s := x.collectBack(u, k-1)
			if s > k-1 {
				return 0, 0, false
			}
			return s, k, true
		}
		// After a quotation's closing mark a single name and a long
		// appositive are a speaker: "“…,” Trump, the frontrunner in …, said".
		h := k - 1 // the first word of the name before the appositive
		for h > u.first && x.ts[h-1].upper && x.ts[h-1].region < 0 && !x.isMarkTok(h-1) {
			h--
		}
		// A name and an appositive that opens with an article may hold a
		// relative clause: "Douglas Brinkley, a historian who attended the
		// session, recalled".
		named := k > u.first && x.ts[k-1].upper && x.ts[k-1].region < 0
		article := x.ts[k+1].lower == "a" || x.ts[k+1].lower == "an" || x.ts[k+1].lower == "the"
		tagged := named && (x.followsQuote(u, h) || article && j-k-1 <= maxSpeakerWords)
		for m := k + 1; m < j && !tagged; m++ {
			if !x.npWord(m) && x.ts[m].lower != "of" {
				return 0, 0, false
			}
		}
		if j-k-1 > maxSpeakerWords && !tagged {
			return 0, 0, false
		}
		s := x.collectBack(u, k-1)
		if s > k-1 {
			return k + 1, j, true // the appositive alone
		}
		if s-2 >= u.first && x.ts[s-1].lower == "," {
			// a name and two appositives after a quotation: "“…,” Karl
			// Weber, the mayor of Oslo, one of the cities in the suit, said"
			if n := x.nameRun(u, s-2); n <= s-2 && x.followsQuote(u, n) {
				s = n
			}
		}
		if h, _ := x.relativeHead(u, s); h < s {
			// "Karl Weber, a former member who left and founded his own
			// party, the Harbour League, gave"
			if n := x.nameBeforeAppositive(u, h); n < h {
				s = n
			}
		}
		return s, j, true
	}
	if l := x.ts[j].lower; (l == "who" || l == "which") && j-2 >= u.first && x.ts[j-1].lower == "," {
		// a relative clause that reports speech of the phrase before:
		// "…,” added Bartlett, who also said that …"
		if s := x.collectBack(u, j-2); s <= j-2 {
			return s, j - 1, true
		}
		return 0, 0, false
	}
	if l := x.ts[j].lower; l == "and" || l == "to" {
		// "Hayek confirmed she had been and said", "He went on to say",
		// but not "it was too early to tell whether"
		if l == "to" && j > u.first && judgements[x.ts[j-1].lower] {
			return 0, 0, false
		}
		if s, e, ok := x.subject(u, j); ok || l == "to" {
			if ok && l == "to" && x.subjectGap(e, j) {
				return 0, 0, false // "forced Lopez to admit": Lopez speaks
			}
			return s, e, ok
		}
		return x.namedSubject(u, j)
	}
	s := x.collectBack(u, j)
	if s > j || s == j && !x.soleSpeaker(j) {
		return 0, 0, false
	}
	e := j + 1
	if h, w := x.relativeHead(u, s); h < s {
		// "Officials who spoke on condition of anonymity said": the
		// phrase before the relative clause speaks
		s, e = h, w
	}
	if n := x.nameBeforeAppositive(u, s); n < s {
		return n, e, true
	}
	return s, e, true
}

// headNoun reports whether token k can end the noun phrase a relative
// clause follows: a noun or a name, not a preposition ("during which").
func (x *extractor) headNoun(k int) bool {
	t := x.ts[k]
	if t.tag != "" {
		return strings.HasPrefix(t.tag, "NN")
	}
	return t.word && !innerPrepositions[t.lower] && !prepositions[t.lower]
}

// subjectGap reports whether tokens [from, to), between a subject and an
// infinitive, hold an object of the verb (a name, an object pronoun, a
// comma: "pressed Lopez to say", "urged them to admit") or a clause of
// their own ("interviewed officials who said the rule was meant to deny"):
// the infinitive has another subject.
func (x *extractor) subjectGap(from, to int) bool {
	for k := from + 1; k < to; k++ {
		switch t := x.ts[k]; {
		case t.upper, objectPronouns[t.lower], t.lower == ",", t.lower == "that", t.lower == "who", t.lower == "which":
			return true
		}
	}
	return false
}

// relativeHead returns the noun phrase [h, w) that a relative clause opened
// by "who" or "which" with no comma before it follows, when the phrase at s
// ends that clause: "a cameraman who works for two agencies", "the former
// minister who led the talks". It returns s, s when there is none.
func (x *extractor) relativeHead(u unit, s int) (int, int) {
	for w := s - 1; w > u.first && w >= s-maxSpeakerWords; w-- {
		t := x.ts[w]
		if t.region >= 0 || x.isMarkTok(w) || !t.word && t.lower != "." && t.lower != "'s" {
			break
		}
		if t.lower != "who" && t.lower != "which" {
			continue
		}
		if h := x.collectBack(u, w-1); h <= w-1 && x.headNoun(w-1) {
			return h, w
		}
		break
	}
	return s, s
}

// nameBeforeAppositive returns where the name starts when the phrase at s
// is an appositive that opens with an article after a name and a comma, the
// name opening the sentence and the appositive's closing comma left out:
// "Earlier Dan Bartlett, the White House counselor stated". It returns s
// when there is no such name.
func (x *extractor) nameBeforeAppositive(u unit, s int) int {
	if s-2 < u.first || x.ts[s-1].lower != "," {
		return s
	}
	// An appositive that opens with a capital ("Peter Holm, Lopez's
	// deputy said", "Karl Weber, Minister of Trade is quoted") follows a
	// person's name.
	if w := x.ts[s].lower; w != "the" && w != "a" && w != "an" && !(x.ts[s].upper && x.personAt(s-2)) {
		return s
	}
	h := s - 2
	if !x.ts[h].upper || x.ts[h].region >= 0 || x.isMarkTok(h) {
		return s
	}
	for h > u.first && x.ts[h-1].upper && x.ts[h-1].region < 0 && !x.isMarkTok(h-1) {
		h--
	}
	if !x.startsClause(u, h) {
		return s
	}
	for h < s-2 && (dayWords[x.ts[h].lower] || x.inTime(x.ts[h].Span) || x.timeAfter(h)) {
		h++ // "Earlier Dan Bartlett", "In June, the minister"
	}
	// a name, not a sentence adverb: "Still, the fund warned"
	if !x.hasName(h, s-1) && s-1-h < 2 {
		return s
	}
	return h
}

// timeAfter reports whether token h is a preposition before a time: "In
// June".
func (x *extractor) timeAfter(h int) bool {
	l := x.ts[h].lower
	return (innerPrepositions[l] || prepositions[l]) && h+1 < len(x.ts) && x.inTime(x.ts[h+1].Span)
}

// adverb reports whether token k belongs to the verb group between a
// subject and its verb: an auxiliary or an adverb of the lexicon ("has
// repeatedly said"), or a word the tagger took for an adverb ("further
// added").
func (x *extractor) adverb(k int) bool {
	t := x.ts[k]
	return verbGroup[t.lower] || t.word && !t.upper && (t.tag == "RB" || t.tag == "RBR") && !clauseWords[t.lower]
}

// nameBeforeComma returns where a person's name starts when it ends just
// before a comma before token s, the phrase at s an appositive of it
// ("Karl Weber, the city treasurer"); s when there is none.
func (x *extractor) nameBeforeComma(u unit, s int) int {
	if s-2 < u.first || x.ts[s-1].lower != "," || !x.personAt(s-2) {
		return s
	}
	return x.nameRun(u, s-2)
}

// soleSpeaker reports whether token k can be a speaker on its own: a name,
// a pronoun or a plural noun ("officials", "critics"), not "almost" or
// "came".
func (x *extractor) soleSpeaker(k int) bool {
	t := x.ts[k]
	switch {
	case t.upper || pronounSubject(t.lower):
		return true
	case t.tag != "":
		return t.tag == "NN" || t.tag == "NNS" || t.tag == "NNP" || t.tag == "NNPS" || t.tag == "PRP"
	}
	return hasSuffix(t.lower, "s") && !hasSuffix(t.lower, "ss") && !hasSuffix(t.lower, "ous") || soleNouns[t.lower]
}

// collectBack walks back from token j over a noun phrase and returns the
// index of its first token; j+1 when token j cannot end one.
func (x *extractor) collectBack(u unit, j int) int {
	if j >= u.first && x.ts[j].lower == ")" {
		// "Sen. Marco Rubio (R-Fla.)": the parenthesis goes with the name
		k := j
		for k > u.first && x.ts[k].lower != "(" && j-k < 8 {
			k--
		}
		if x.ts[k].lower != "(" || k == u.first {
			return j + 1
		}
		if s := x.collectBack(u, k-1); s <= k-1 {
			return s
		}
		return j + 1
	}
	s := j + 1
	words := 0
	for k := j; k >= u.first && words < maxSpeakerWords; k-- {
		t := x.ts[k]
		if t.lower == "and" && s <= j && x.ts[s].upper && k > u.first && x.ts[k-1].upper {
			s = k // "Google and Yahoo"
			continue
		}
		if !x.npWord(k) || s <= j && x.opensPhrase(s, k) {
			break
		}
		s = k
		if t.word {
			words++
		}
	}
	// A phrase neither opens with a preposition nor ends with one.
	for s <= j && (innerPrepositions[x.ts[s].lower] || !x.ts[s].word) {
		s++
	}
	if s <= j && (innerPrepositions[x.ts[j].lower] || !x.ts[j].word && x.ts[j].lower != ".") {
		return j + 1
	}
	return s
}

// opensPhrase reports whether token s, met walking back from a cue, opens
// the speaker's phrase, so that token k before it is no part of it: a
// subject pronoun ("In her speech she said") or an article after a word
// that neither quantifies nor links ("In a press release the agency
// said"; but "all the members", "a spokesman for the ministry", "marching through the streets").
func (x *extractor) opensPhrase(s, k int) bool {
	switch p := x.ts[k].lower; x.ts[s].lower {
	case "he", "she", "it", "they", "we", "i":
		return true
	case "the", "a", "an":
		return x.ts[k].word && !x.italics(k) && !innerPrepositions[p] && !prepositions[p] && !determiners[p] && p != "'s"
	}
	return false
}

// chunkAfter finds the speaker phrase that starts at token q, after an
// inverted cue or "according to": "said Cheung", "said a spokesman for
// the ministry", "according to a White House statement". It returns the
// phrase's token range.
func (x *extractor) chunkAfter(u unit, q int) (int, int, bool) {
	if q >= u.end {
		return 0, 0, false
	}
	t := x.ts[q]
	if !t.word || t.region >= 0 || x.inTime(t.Span) || dayWords[t.lower] {
		return 0, 0, false
	}
	if !t.upper && !determiners[t.lower] && pronouns[t.lower] != "PERSON" && !(t.tag == "NNS" || t.tag == "NN") {
		// a title before a name: "said pollster Frank Luntz"
		named := false
		for k := q + 1; k < u.end && k <= q+3 && x.ts[k].word && x.ts[k].region < 0; k++ {
			if x.ts[k].upper {
				named = true
				break
			}
		}
		if !named || clauseWords[t.lower] || verbGroup[t.lower] {
			return 0, 0, false
		}
	}
	e := q
	words := 0
	for k := q; k < u.end && words < maxSpeakerWords; k++ {
		t := x.ts[k]
		if t.lower == "," {
			// an appositive goes on, a clause does not
			if k+1 >= u.end || !x.ts[k+1].word || x.ts[k+1].region >= 0 || clauseWords[x.ts[k+1].lower] || hasSuffix(x.ts[k+1].lower, "ing") || x.inTime(x.ts[k+1].Span) {
				break
			}
			continue
		}
		if (t.lower == "in" || t.lower == "on" || t.lower == "at" || t.lower == "during") && k+1 < u.end {
			n := x.ts[k+1].lower
			if determiners[n] && n != "the" || x.inTime(x.ts[k+1].Span) || dayWords[n] {
				break
			}
			if n == "the" && x.circumstance(u, k+1) > k+2 {
				break // the medium: "said Livni in the Channel 1 interview"
			}
		}
		if x.inTime(t.Span) || dayWords[t.lower] {
			break
		}
		if !x.npWord(k) {
			break
		}
		if t.word {
			words++
		}
		e = k + 1
	}
	for e > q && (!x.ts[e-1].word || innerPrepositions[x.ts[e-1].lower]) {
		e--
	}
	if e == q {
		return 0, 0, false
	}
	return q, e, true
}

func hasSuffix(w, s string) bool { return len(w) > len(s) && w[len(w)-len(s):] == s }

// A ment is one entity mention, with what speaker resolution needs of its
// entity.
type ment struct {
	chronicle.Span
	id    chronicle.EntityID
	typ   chronicle.EntityType
	kind  chronicle.MentionKind
	named bool // the entity has a name mention: it can be a speaker
}

// mentions lists the mentions of d's entities by start.
func mentions(d *chronicle.Document) []ment {
	var ms []ment
	for _, e := range d.Entities {
		named := false
		for _, m := range e.Mentions {
			if m.Kind == chronicle.NameMention || m.Kind == "" {
				named = true
			}
		}
		for _, m := range e.Mentions {
			if m.Valid(len(d.Article.Text)) {
				ms = append(ms, ment{Span: m.Span, id: e.ID, typ: e.Type, kind: m.Kind, named: named})
			}
		}
	}
	slices.SortFunc(ms, func(a, b ment) int { return a.Start - b.Start })
	return ms
}

// resolve returns the entity the speaker phrase [from, to) names: for a
// pronoun, the entity of its own mention or of the nearest named mention
// of the right type before it; otherwise the named entity whose mention
// holds the last word of the phrase or of one of its comma-separated parts,
// a person first. It returns "" when the phrase names no entity.
func (x *extractor) resolve(from, to int) chronicle.EntityID {
	if len(x.ments) == 0 {
		return ""
	}
	if to-from == 1 {
		if typ, ok := pronouns[x.ts[from].lower]; ok {
			return x.antecedent(x.ts[from].Span, chronicle.EntityType(typ))
		}
	}
	var best *ment
	end := from
	for k := from; k <= to; k++ {
		if k < to && x.ts[k].lower != "," && !x.nameBeforeOf(k) {
			continue
		}
		// the part [end, k) ends at k-1
		for w := k - 1; w >= end; w-- {
			if !x.ts[w].word || x.ts[w].lower == "'s" || x.italics(w) {
				continue
			}
			if m := x.mentionAt(x.ts[w].Span); m != nil && m.named && !x.placeOf(m, end) && (best == nil || best.typ != chronicle.Person && m.typ == chronicle.Person) {
				best = m
			}
			break
		}
		end = k + 1
	}
	if best == nil {
		return ""
	}
	return best.id
}

// italics reports whether token k is an apostrophe of the marks wiki text
// sets around italics, two of them on each side of the words.
func (x *extractor) italics(k int) bool {
	return isItalics(x.text[x.ts[k].Start:x.ts[k].End])
}

// nameBeforeOf reports whether token k is "of" or "from" after a
// capitalised word: the name before it is a part of the speaker phrase of
// its own, and a person there speaks rather than the place or body after
// it ("Jordan Rohan of RBC Capital Markets", "President Hamid Karzai of
// Afghanistan", "Maria Lopez from Bergen").
func (x *extractor) nameBeforeOf(k int) bool {
	l := x.ts[k].lower
	return (l == "of" || l == "from") && k > 0 && x.ts[k-1].upper
}

// placeOf reports whether mention m, in the part of a speaker phrase that
// starts at token from, is a place after a preposition: where the
// speaker works or comes from, not who speaks ("a nurse at St Olav
// Hospital", "a pupil from Bergen").
func (x *extractor) placeOf(m *ment, from int) bool {
	if m.typ != chronicle.Location {
		return false
	}
	for k := from; k+1 < len(x.ts) && x.ts[k].Start < m.Start; k++ {
		if x.ts[k].End <= m.Start && x.ts[k+1].Start >= m.Start && innerPrepositions[x.ts[k].lower] {
			return true
		}
	}
	return false
}

// mentionAt returns the mention that holds s, or nil.
func (x *extractor) mentionAt(s chronicle.Span) *ment {
	i, _ := slices.BinarySearchFunc(x.ments, s.End, func(m ment, end int) int { return m.Start - end })
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if x.ments[k].Contains(s) {
			return &x.ments[k]
		}
	}
	return nil
}

// antecedent returns the entity a pronoun at s refers to: its own
// mention's when resolution gave it one, else the nearest named mention
// before it of type typ; "" for a pronoun of no type.
func (x *extractor) antecedent(s chronicle.Span, typ chronicle.EntityType) chronicle.EntityID {
	if m := x.mentionAt(s); m != nil {
		if m.named {
			return m.id
		}
		return ""
	}
	if typ == "" {
		return "" // "they", "we": no single antecedent to guess
	}
	i, _ := slices.BinarySearchFunc(x.ments, s.Start, func(m ment, start int) int { return m.Start - start })
	for k := i - 1; k >= 0; k-- {
		m := x.ments[k]
		if m.named && m.kind != chronicle.PronounMention && m.typ == typ && !x.hearerOrQuoted(m.Span) {
			return m.id
		}
	}
	return ""
}

// hearerOrQuoted reports whether the mention at s is the hearer of "told"
// ("told The Times that", "told the agency") or stands inside a
// quotation: neither is the speaker a later "he" or "she" refers to.
func (x *extractor) hearerOrQuoted(s chronicle.Span) bool {
	k := x.tokenAt(s.Start)
	if k >= len(x.ts) {
		return false
	}
	if x.ts[k].region >= 0 {
		return true
	}
	for k--; k >= 0 && (isItalics(x.text[x.ts[k].Start:x.ts[k].End]) || determiners[x.ts[k].lower]); k-- {
	}
	return k >= 0 && isTell(x.ts[k].lower)
}

// subject finds the subject of the clause that token i hangs on: the first
// noun phrase, at the start of the unit or after a comma, that a verb
// follows. A phrase holding a recognised name or a pronoun is preferred.
func (x *extractor) subject(u unit, i int) (int, int, bool) {
	fs, fe := -1, -1 // the last phrase a verb follows
	ns, ne := -1, -1 // the last such phrase with a name or a pronoun
	for p := u.first; p < i; p++ {
		if p != u.first && x.ts[p-1].lower != "," || x.ts[p].region >= 0 {
			continue
		}
		e := x.subjectAt(u, p, i)
		if e <= p || e >= i {
			continue
		}
		v := e
		if x.ts[v].lower == "(" { // "Rep. Hakeem Jeffries (D-N.Y.) reacted"
			for v < i && x.ts[v].lower != ")" {
				v++
			}
			v++
		}
		for v < i && x.adverb(v) && !x.ts[v].upper {
			v++ // "The mayor later finished by stating"
		}
		if v >= i {
			continue
		}
		next := x.ts[v]
		if !next.word || next.upper || next.region >= 0 || clauseWords[next.lower] && !verbGroup[next.lower] {
			continue
		}
		if next.tag != "" && !strings.HasPrefix(next.tag, "VB") && next.tag != "MD" && next.tag != "RB" {
			continue
		}
		if x.hasName(p, e) || e-p == 1 && pronounSubject(x.ts[p].lower) {
			ns, ne = p, e
		}
		fs, fe = p, e
	}
	if ns >= 0 {
		return ns, ne, true
	}
	return fs, fe, fs >= 0
}

// subjectAt returns where a subject noun phrase starting at token p ends: a
// pronoun, a run of capitalised words ("Former Secretary of State Madeleine
// Albright"), or a determiner and the few words after it ("the Christie
// supporter"); p when none starts there.
func (x *extractor) subjectAt(u unit, p, limit int) int {
	t := x.ts[p]
	if pronounSubject(t.lower) {
		return p + 1
	}
	if x.inTime(t.Span) || dayWords[t.lower] || !t.word || innerPrepositions[t.lower] || clauseWords[t.lower] {
		return p
	}
	e := p
	switch {
	case determiners[t.lower]:
		e = p + 1
		for k := p + 1; k < limit && k < p+5; k++ {
			w := x.ts[k]
			if w.region >= 0 || !w.word || clauseWords[w.lower] || w.lex.cue != 0 || w.tag != "" && clauseTags[w.tag] {
				break
			}
			if w.tag == "" && !w.upper && hasSuffix(w.lower, "ed") {
				break
			}
			if x.adverb(k) && k+1 < limit && strings.HasPrefix(x.ts[k+1].tag, "VB") {
				break // "The mayor later finished"
			}
			e = k + 1
		}
	case t.upper:
		for k := p; k < limit; k++ {
			w := x.ts[k]
			if w.region >= 0 || !(w.upper || w.lower == "of" || w.lower == "'s" || w.lower == "." || w.lower == "-") {
				break
			}
			if w.tag != "" && clauseTags[w.tag] {
				break
			}
			e = k + 1
		}
		// a possessive opens a longer phrase: "Clinton’s campaign manager"
		if e > p && x.ts[e-1].lower == "'s" {
			for k := e; k < limit && k < e+3; k++ {
				w := x.ts[k]
				if w.region >= 0 || !w.word || w.upper || clauseWords[w.lower] || w.lex.cue != 0 || hasSuffix(w.lower, "ed") || w.tag != "" && clauseTags[w.tag] {
					break
				}
				e = k + 1
			}
		}
	}
	for e > p && (innerPrepositions[x.ts[e-1].lower] || verbGroup[x.ts[e-1].lower] || !x.ts[e-1].word) {
		e--
	}
	return e
}

// hasName reports whether tokens [from, to) hold a name the recognizer
// found or a mention of a named entity.
func (x *extractor) hasName(from, to int) bool {
	s := chronicle.Span{Start: x.ts[from].Start, End: x.ts[to-1].End}
	for _, n := range x.d.Names {
		if n.Overlaps(s) {
			return true
		}
	}
	for _, m := range x.ments {
		if m.Start >= s.End {
			break
		}
		if m.named && m.Overlaps(s) {
			return true
		}
	}
	return false
}

// namedSubject finds the subject of the clause that token i (a participle,
// or a cue after "and") hangs on when subject finds none: the name
// just before the clause's first finite verb, past a parenthesis, a bracket
// or an appositive after it ("In a recent article Professor James Boyle
// (Duke University) raised objections, saying", "Osama Hamdan, a Hamas
// spokesman, spoke out, saying", "Dr. Hector Pesquera, spokesperson for the
// congress, took part in the autopsy and stated"), or before a
// prepositional phrase with a name of its own ("Josh Marshall from Talking
// Points Memo focused on …, saying"). The whole noun phrase is the speaker
// when it opens the sentence ("Hamas government spokesman Ghazi Hamad was
// cautious …, saying"). It needs the tagger's verb tags.
func (x *extractor) namedSubject(u unit, i int) (int, int, bool) {
	v := x.finiteVerb(u, i)
	if v < 0 {
		return 0, 0, false
	}
	k := v - 1
	for k > u.first && x.adverb(k) && !x.ts[k].upper {
		k-- // "Karl Weber also defended the plan, saying"
	}
	for k > u.first && (x.ts[k].lower == ")" || x.ts[k].lower == "]") {
		open := "("
		if x.ts[k].lower == "]" {
			open = "["
		}
		for k > u.first && x.ts[k].lower != open {
			k--
		}
		k--
	}
	if k > u.first && x.ts[k].lower == "," {
		k--
		if !x.personAt(k) {
			// past an appositive: "Osama Hamdan, a Hamas spokesman in
			// Lebanon, spoke"; but "The ambassador to the UN, Allan
			// Rock, was" names the person in the appositive
			for k > u.first && x.ts[k].lower != "," && x.ts[k].region < 0 {
				k--
			}
			k--
		}
	}
	h := x.nameRun(u, k)
	if h > k {
		return 0, 0, false
	}
	if p := h - 1; p-1 >= u.first && (x.ts[p].lower == "from" || x.ts[p].lower == "at" || x.ts[p].lower == "with") && x.ts[p-1].upper {
		k = p - 1 // "Josh Marshall from Talking Points Memo"
		h = x.nameRun(u, k)
	}
	if s := x.collectBack(u, k); s == u.first {
		return s, k + 1, true
	}
	return h, k + 1, true
}

// finiteVerb returns the first token before i, outside quotations,
// parentheses and brackets, that the tagger took for a finite verb (or a
// past participle with no auxiliary); -1 when there is none.
func (x *extractor) finiteVerb(u unit, i int) int {
	depth := 0
	for k := u.first; k < i; k++ {
		t := x.ts[k]
		switch t.lower {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		}
		if depth != 0 || t.region >= 0 || k == u.first {
			continue
		}
		// a past participle with no auxiliary is a past tense the tagger
		// misread: "Boyle (Duke University) raised objections"
		if finiteTag(t.tag) || t.tag == "VBN" && !clauseWords[x.ts[k-1].lower] {
			return k
		}
	}
	return -1
}

// personAt reports whether token k lies in a mention of a named person.
func (x *extractor) personAt(k int) bool {
	m := x.mentionAt(x.ts[k].Span)
	return m != nil && m.named && m.typ == chronicle.Person
}

// nameRun returns the first token of the run of capitalised words that ends
// at token k ("Secretary of State Colin Powell"), without a capitalised
// sentence adverb that opens the unit ("However Stephen Quinn"); k+1 when
// token k is not capitalised.
func (x *extractor) nameRun(u unit, k int) int {
	if k < u.first || !x.ts[k].upper || x.ts[k].region >= 0 || x.isMarkTok(k) {
		return k + 1
	}
	h := k
	for h > u.first {
		p := x.ts[h-1]
		if p.region >= 0 || x.isMarkTok(h-1) {
			break
		}
		if p.upper || p.lower == "." || p.lower == "-" || p.lower == "of" && h-2 >= u.first && x.ts[h-2].upper {
			h--
			continue
		}
		break
	}
	if h == u.first && h < k && !x.hasName(h, h+1) {
		h++
	}
	return h
}
