package quote

import (
	"slices"

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
	if t.tag != "" && clauseTags[t.tag] {
		return false
	}
	return true
}

// chunkBefore finds the speaker phrase that ends just before cue token i:
// "White House communications director Steven Cheung said", "he has
// said", "Trump, who …, said", "Zelenskyy’s chief of staff, Andriy Yermak,
// described". It returns the phrase's token range.
func (x *extractor) chunkBefore(u unit, i int) (int, int, bool) {
	j := i - 1
	for j >= u.first && (verbGroup[x.ts[j].lower] || x.inTime(x.ts[j].Span)) && x.ts[j].region < 0 {
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
		if k < u.first || x.ts[k].lower != "," || k+1 >= j {
			return 0, 0, false
		}
		switch x.ts[k+1].lower {
		case "who", "which", "whose", "whom":
			s := x.collectBack(u, k-1)
			if s > k-1 {
				return 0, 0, false
			}
			return s, k, true
		}
		for m := k + 1; m < j; m++ {
			if !x.npWord(m) && x.ts[m].lower != "of" {
				return 0, 0, false
			}
		}
		if j-k-1 > maxSpeakerWords {
			return 0, 0, false
		}
		s := x.collectBack(u, k-1)
		if s > k-1 {
			return k + 1, j, true // the appositive alone
		}
		return s, j, true
	}
	s := x.collectBack(u, j)
	if s > j {
		return 0, 0, false
	}
	return s, j + 1, true
}

// collectBack walks back from token j over a noun phrase and returns the
// index of its first token; j+1 when token j cannot end one.
func (x *extractor) collectBack(u unit, j int) int {
	s := j + 1
	words := 0
	for k := j; k >= u.first && words < maxSpeakerWords; k-- {
		t := x.ts[k]
		if t.lower == "and" && s <= j && x.ts[s].upper && k > u.first && x.ts[k-1].upper {
			s = k // "Google and Yahoo"
			continue
		}
		if !x.npWord(k) {
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
	if !t.upper && !determiners[t.lower] && pronouns[t.lower] != "PERSON" {
		if !(t.tag == "NNS" || t.tag == "NN") {
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
		if k < to && x.ts[k].lower != "," {
			continue
		}
		// the part [end, k) ends at k-1
		for w := k - 1; w >= end; w-- {
			if !x.ts[w].word || x.ts[w].lower == "'s" {
				continue
			}
			if m := x.mentionAt(x.ts[w].Span); m != nil && m.named && (best == nil || best.typ != chronicle.Person && m.typ == chronicle.Person) {
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
		if m.named && m.kind != chronicle.PronounMention && m.typ == typ {
			return m.id
		}
	}
	return ""
}
