package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// barrier reports whether word i ends the reach of a trigger's arguments:
// clause punctuation, a subordinating word or a relative pronoun.
func (s *sentence) barrier(i int) bool {
	w := s.w[i]
	switch w.low {
	case ";", ":", "–", "—", "--", "(", ")", "because", "while", "although", "though", "whereas",
		"who", "which", "whom", "whose", "when", "where", "after", "before", "since", "until",
		"unless", "if", "whether", "but":
		return true
	case "that":
		return w.tag == "WDT" || w.tag == "IN"
	case "as":
		return i+1 < len(s.w) && s.w[i+1].np >= 0 && s.w[i+1].tag != "JJ" && !(i > 0 && s.w[i-1].low == "well")
	}
	return false
}

// isVerb reports whether word i is a verb by its tag.
func (s *sentence) isVerb(i int) bool {
	return strings.HasPrefix(s.w[i].tag, "VB") || s.w[i].tag == "MD"
}

// finite reports whether word i is a verb that heads its own clause: a
// tensed verb that is neither an auxiliary of i+1 nor a participle.
func (s *sentence) finite(i int) bool {
	switch s.w[i].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// subject returns the phrase group that acts as the subject of a verb
// chain beginning at word k, and how it was found ("", "relative",
// "participle", "apposition"). It walks left over adverbs to the nearest
// phrase; a relative pronoun passes to its antecedent ("Trump, who has
// pushed …"); a participle after a comma takes the subject of the clause it
// hangs on (", urging a meeting").
func (s *sentence) subject(k int) ([]int, string) {
	j := k - 1
	for j >= 0 && (strings.HasPrefix(s.w[j].tag, "RB") || s.w[j].low == "also" || s.w[j].low == "both" || s.w[j].low == "all" || isQuote(s.w[j].low) || reflexives[s.w[j].low] ||
		s.w[j].time || (s.w[j].low == "on" || s.w[j].low == "in" || s.w[j].low == "last" || s.w[j].low == "this") && j+1 < k && s.w[j+1].time) {
		j-- // "France on Wednesday condemned"
	}
	if j > 0 && s.w[j].low == ")" {
		// "the United Nations Relief and Works Agency (UNRWA) need":
		// the phrase before the parenthesis
		i := j - 1
		for i >= 0 && s.w[i].low != "(" {
			i--
		}
		if i > 0 && s.phraseEnding(i-1) >= 0 {
			j = i - 1
		}
	}
	if j < 0 {
		return nil, ""
	}
	switch s.w[j].low {
	case "and", "but":
		if s.w[k].tag == "VBG" {
			// "killing at least 7 civilians and injuring 40": the first
			// participle's subject
			for i := j - 1; i >= 0 && !s.barrier(i) && !s.finite(i); i-- {
				if s.w[i].tag == "VBG" && s.w[i].np < 0 {
					g, _ := s.subject(s.chainStart(i))
					return g, "coordinated verb"
				}
			}
		}
		// "met privately today and had a discussion": the first verb's subject
		if s.finite(k) || strings.HasPrefix(s.w[k].tag, "VB") {
			if i := s.presentBefore(j, k); i >= 0 {
				g, _ := s.subject(s.chainStart(i))
				return g, "coordinated verb"
			}
			return s.clauseSubject(j), "coordinated verb"
		}
		return nil, ""
	case "who", "which", "that":
		a := j - 1
		if a >= 0 && s.w[a].low == ")" {
			// "Ahmadinejad (now mayor of Tehran) who has promised"
			for a >= 0 && s.w[a].low != "(" {
				a--
			}
			a--
		}
		if a >= 0 && s.w[a].low == "," {
			a--
		}
		if p := s.phraseEnding(a); p >= 0 {
			if q := s.namedBefore(p); q >= 0 {
				return []int{q}, "relative"
			}
			return s.group(p), "relative"
		}
		return nil, ""
	case ",":
		// "Trump, who has pushed …, said": past the relative clause
		// (whatever the tag of the verb after it: "accused" is often
		// read as a participle)
		if p := s.relativeClosed(j); p >= 0 && s.w[k].tag != "VBG" {
			if q := s.appositionHead(p); q >= 0 {
				return []int{q}, "relative"
			}
			return s.group(p), "relative"
		}
		if s.commaReduced(k) {
			return s.group(s.phraseEnding(j - 1)), "reduced relative"
		}
		if t := s.w[k].tag; t == "VBG" || t == "VBN" {
			return s.clauseSubject(j), "participle"
		}
		// apposition: "Zelenskyy's chief of staff, Andriy Yermak, said"
		if p := s.phraseEnding(j - 1); p >= 0 {
			// "Vidal and her counterpart, Rui Moreira, met": the
			// apposition renames the last of a coordinated group
			st := s.np[p].start
			if st >= 2 && s.w[st-1].low == "," {
				if q := s.phraseEnding(st - 2); q >= 0 {
					if g := s.group(q); len(g) > 1 {
						return append(g, p), "apposition"
					}
				}
			}
			return s.group(p), "apposition"
		}
		return nil, ""
	}
	if p := s.phraseEnding(j); p >= 0 {
		return s.climb(s.group(p)), ""
	}
	return nil, ""
}

// commaReduced reports whether the participle k after a comma is a
// reduced passive relative on the phrase before the comma: "Sajeda
// Rishawi, imprisoned in Jordan", "the minister, accused of corruption,
// resigned". The participle has no object, takes one, goes on with a
// preposition or an adverb (not "people, engaged and militant"), and the
// sentence has a finite verb of its own.
func (s *sentence) commaReduced(k int) bool {
	return k > 1 && k+1 < len(s.w) && s.w[k].tag == "VBN" && s.w[k-1].low == "," && s.phraseEnding(k-2) >= 0 &&
		(s.w[k+1].tag == "IN" || strings.HasPrefix(s.w[k+1].tag, "RB")) &&
		s.object(k) == nil && s.takesObject(k) && s.otherFinite(k)
}

// relativeClosed returns the phrase a relative clause ending at the comma
// j hangs on (", who/which …,"), or -1 when no such clause ends there.
func (s *sentence) relativeClosed(j int) int {
	for i := j - 1; i > 0; i-- {
		if s.w[i].low == "," {
			if n := s.w[i+1].low; n == "who" || n == "which" {
				return s.phraseEnding(i - 1)
			}
			return -1
		}
	}
	return -1
}

// appositionHead returns the named person or organisation that the
// apposition ending in phrase p describes ("Anna Berg, the party's
// candidate for the election in France, which …": Anna Berg), or -1. The
// apposition runs back from p to a comma over noun phrases and
// prepositions only.
func (s *sentence) appositionHead(p int) int {
	if s.np[p].ent != "" && s.x.d.Entity(s.np[p].ent) != nil && s.x.d.Entity(s.np[p].ent).Type == chronicle.Person {
		return -1
	}
	for i := s.np[p].start - 1; i > 0; i-- {
		w := s.w[i]
		switch {
		case w.low == ",":
			q := s.phraseEnding(i - 1)
			if q < 0 {
				return -1
			}
			if e := s.x.d.Entity(s.np[q].ent); e != nil && (e.Type == chronicle.Person || e.Type == chronicle.Organization) {
				return q
			}
			return -1
		case w.np >= 0 || w.tag == "IN" || w.tag == "POS" || w.low == "'s":
		default:
			return -1
		}
	}
	return -1
}

// namedBefore returns the phrase naming a person that phrase p, naming
// nobody, stands in apposition to ("Jim Allister, a former DUP member,
// who resigned"), or -1.
func (s *sentence) namedBefore(p int) int {
	if s.np[p].ent != "" {
		return -1
	}
	st := s.np[p].start
	if st < 2 || s.w[st-1].low != "," {
		return -1
	}
	q := s.phraseEnding(st - 2)
	if q < 0 {
		return -1
	}
	if e := s.x.d.Entity(s.np[q].ent); e != nil && e.Type == chronicle.Person {
		return q
	}
	return -1
}

// climb returns the phrase group a chain of prepositional phrases ending
// in g hangs on: the subject of "Police in Minsk arrested" is the police,
// of "the meeting of the two leaders ended" the meeting. A group of named
// entities after "of" is kept when the phrase it hangs on names nobody:
// in "leaders of Britain and France met", Britain and France are met.
func (s *sentence) climb(g []int) []int {
	for {
		i := s.np[g[0]].start - 1
		passed := ""
		for i >= 0 && s.w[i].np < 0 && !s.barrier(i) {
			w := s.w[i]
			if w.tag == "IN" && isPrepWord(w.low) || (w.tag == "VBG" || w.tag == "VBN" || w.tag == "VBD") && passed != "" || w.tag == "VBN" {
				// prepositions, and the participles of reduced relatives:
				// "The civilians imprisoned for acting against Moscow";
				// a past form before a prepositional phrase is one too,
				// as the clause's verb is still to come: "a report
				// released in Kigali alleged"
				if passed == "" {
					passed = w.low
				}
				i--
				continue
			}
			if w.time && passed != "" {
				i-- // "a report released Tuesday in Kigali"
				continue
			}
			break
		}
		if passed == "" || i < 0 {
			return g
		}
		q := s.phraseEnding(i)
		if q < 0 {
			return g
		}
		if passed == "of" && quantityNouns[s.w[s.np[q].head].low] && s.np[q].start == s.np[q].head {
			return g // "Hundreds of UN troops withdrew": the troops
		}
		if (passed == "of" || passed == "from") && s.np[q].ent == "" && !s.np[q].anaphor && s.np[g[0]].ent != "" && isActorNoun(s.w[s.np[q].head].low) {
			return g // "ministers from Spain and Portugal agreed": Spain and Portugal
		}
		if passed == "of" && s.titledName(q, g[0]) {
			return g // "Secretary of State Marco Rubio met": Rubio
		}
		g = s.group(q)
	}
}

// titledName reports whether phrase q, "of" and phrase p are one title
// before a person's name: "Secretary of State Marco Rubio", "Minister of
// Foreign Affairs Sergey Lavrov", "Former mayor of Toulouse Philippe
// Douste-Blazy". The title's head is a title word (not "Supporters of
// President Lula"), and p holds capitalised words or other names (a
// place) before the name it ends in.
func (s *sentence) titledName(q, p int) bool {
	ph := s.np[p]
	e := s.x.d.Entity(ph.ent)
	h := s.np[q].head
	if e == nil || e.Type != chronicle.Person || s.w[ph.start].ent == ph.ent ||
		s.x.g == nil || s.x.g.Kinds(s.text(h))&gazetteer.TitleWord == 0 {
		return false
	}
	for k := ph.start; k < ph.head && s.w[k].ent != ph.ent; k++ {
		if s.w[k].ent == "" && !s.capitalised(k) {
			return false
		}
	}
	return true
}

// capitalised reports whether word k begins with a capital letter.
func (s *sentence) capitalised(k int) bool {
	r, _ := utf8.DecodeRuneInString(s.text(k))
	return unicode.IsUpper(r)
}

// quantityNouns count the people of the phrase after "of" without
// saying who they are: in "hundreds of UN troops", the troops act.
var quantityNouns = set("hundreds thousands dozens scores millions tens", "")

// gapObject returns the object of a verb with none after it whose
// subject follows a noun phrase directly: in "a move Ukraine and European
// nations oppose", what is opposed is "a move", and through the apposition
// before it, "a US proposal for …". nil when there is no such phrase.
func (s *sentence) gapObject(subj []int) []int {
	if len(subj) == 0 {
		return nil
	}
	first := s.np[subj[0]].start
	p := s.phraseEnding(first - 1)
	if p < 0 {
		return nil
	}
	g := []int{p}
	st := s.np[p].start
	if st >= 2 && s.w[st-1].low == "," {
		if q := s.phraseEnding(st - 2); q >= 0 {
			return append(s.climb(s.group(q)), p)
		}
	}
	return g
}

// clauseSubject returns the subject of the clause a participial phrase
// after word j hangs on: the subject of the nearest finite verb before j,
// or of the auxiliary that begins its chain ("Democrats … have sent a
// letter to Clinton, asking her").
func (s *sentence) clauseSubject(j int) []int {
	for i := j - 1; i >= 0; i-- {
		if s.finite(i) {
			if p := s.invertedSpeaker(i); p >= 0 {
				return s.group(p) // "…, said the Commission of Jurists, and called on …"
			}
			start := s.chainStart(i)
			g, _ := s.subject(start)
			return g
		}
	}
	return nil
}

// invertedSpeaker returns the phrase right after a speech verb i that
// follows what was said and a comma ("…, said the International Commission
// of Jurists"): the verb's subject, set after it. -1 when there is none.
func (s *sentence) invertedSpeaker(i int) int {
	if i < 1 || s.w[i-1].low != "," || base(saidVerbs, s.w[i].low) == "" || i+1 >= len(s.w) {
		return -1
	}
	p := s.phraseStarting(i + 1)
	if p < 0 {
		return -1
	}
	g := s.group(p)
	if e := s.np[g[len(g)-1]].end; e < len(s.w) && s.w[e].low != "," && s.w[e].low != "." {
		return -1 // "…, announced his intention to …": an object, not a speaker set after
	}
	return p
}

// saidVerbs put their subject after them, after the words said: "…, said
// the Commission, and …"; "announced" and "told" take objects there.
var saidVerbs = set("say add", "")

// presentBefore returns the present-tense verb a present verb k after
// "and" at word j is coordinated with when the nearest finite verb before
// is past: in "B'Tselem says a colonel was at the scene … and demands an
// investigation", "demands" goes with "says", not with "was". -1 when
// there is no such verb or no change of tense.
func (s *sentence) presentBefore(j, k int) int {
	if s.w[k].tag != "VBZ" {
		return -1
	}
	past := false
	for i := j - 1; i >= 0; i-- {
		if !s.finite(i) {
			continue
		}
		switch {
		case s.w[i].tag == "VBD":
			past = true
		case s.w[i].tag == "VBZ" && past:
			return i
		default:
			return -1
		}
	}
	return -1
}

// isAux reports whether word i is an auxiliary of a later verb.
func (s *sentence) isAux(i int) bool {
	if s.w[i].tag == "MD" {
		return true
	}
	switch s.w[i].aux {
	case "":
		return false
	}
	for k := i + 1; k < len(s.w) && k <= i+3; k++ {
		if s.isVerb(k) {
			return true
		}
		if s.w[k].tag != "RB" && s.w[k].low != "not" && s.w[k].low != "n't" {
			return false
		}
	}
	return false
}

// chainStart returns the first word of the verb chain that ends at word k:
// auxiliaries, modals, negation and adverbs before it.
func (s *sentence) chainStart(k int) int {
	j := k
	for j > 0 {
		p := s.w[j-1]
		if p.tag == "MD" || p.tag == "RB" || p.low == "not" || p.low == "n't" || p.aux != "" && s.isVerb(j-1) {
			j--
			continue
		}
		break
	}
	return j
}

// object returns the phrase group right after word k (the end of a
// trigger): its direct object, skipping particles and adverbs; nil when a
// preposition, verb or barrier comes first.
func (s *sentence) object(k int) []int {
	i := k + 1
	for i < len(s.w) && (s.w[i].tag == "RP" || s.w[i].tag == "RB" && s.w[i].low != "not") {
		i++
	}
	for i < len(s.w) && s.w[i].np < 0 && (isQuote(s.w[i].low) || s.w[i].low == "both" || s.w[i].low == "either" || quantifier(s.w[i].low)) {
		i++
	}
	if p := s.phraseStarting(i); p >= 0 {
		return s.group(p)
	}
	return nil
}

// preps returns, for each preposition word after word k and before the
// next barrier or clause verb, the phrase group it governs.
func (s *sentence) preps(k int, limit int) []pp {
	var out []pp
	for i := k + 1; i < len(s.w) && i <= k+limit; i++ {
		if s.barrier(i) || (s.finite(i) && !s.isAux(i)) {
			break
		}
		if s.w[i].low == "to" && i+1 < len(s.w) && s.w[i+1].tag == "VB" {
			break // "a request to Blair to remove troops from Iraq": the infinitive's phrases are its own
		}
		if s.w[i].tag != "IN" && s.w[i].tag != "TO" && !isPrepWord(s.w[i].low) {
			continue
		}
		j := i + 1
		if j < len(s.w) && (s.w[j].low == "both" || s.w[j].low == "either") {
			j++
		}
		if p := s.phraseStarting(j); p >= 0 {
			g := s.group(p)
			if last := g[len(g)-1]; s.np[last].owner {
				// "during Pope Francis's funeral": the phrase is the funeral
				if q := s.phraseStarting(s.np[last].end); q >= 0 {
					g = append(g, q)
				}
			}
			out = append(out, pp{word: s.w[i].low, at: i, group: g})
			i = s.np[g[len(g)-1]].end - 1
		}
	}
	return out
}

// A pp is a prepositional phrase: the preposition and its object.
type pp struct {
	word  string
	at    int
	group []int
}

func isPrepWord(w string) bool {
	switch w {
	case "with", "against", "between", "among", "from", "by", "to", "towards", "toward", "on",
		"at", "in", "into", "of", "for", "over", "outside", "near", "about", "as", "across", "throughout":
		return true
	}
	return false
}

// endsClause reports whether nothing but adverbs comes between word k and
// the end of its clause.
func (s *sentence) endsClause(k int) bool {
	for i := k + 1; i < len(s.w); i++ {
		switch {
		case s.w[i].tag == "RB" || s.w[i].tag == "RP":
		case s.w[i].low == "." || s.w[i].low == "," || s.w[i].low == ";" || s.barrier(i):
			return true
		default:
			return false
		}
	}
	return true
}

// isQuote reports whether w is a quotation mark.
func isQuote(w string) bool {
	switch w {
	case "“", "”", "\"", "``", "''", "‘", "'", "«", "»":
		return true
	}
	return false
}

// quantifier reports whether w may stand before a number: "over 150
// prisoners", "nearly 30 people".
func quantifier(w string) bool {
	switch w {
	case "over", "about", "around", "nearly", "almost", "some", "roughly", "more", "than", "at", "least", "up", "to", "fewer", "less":
		return true
	}
	return false
}
