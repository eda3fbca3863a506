package event

import (
	"strings"

	"chronicle"
)

// A word is one token of a sentence as the rules see it.
type word struct {
	tok  int    // index into Document.Tokens
	low  string // lower-case text, typographic apostrophes made straight
	tag  string // Penn tag; "" when untagged
	ent  chronicle.EntityID
	kind chronicle.MentionKind
	np   int    // index of the phrase holding the word; -1 outside phrases
	time bool   // inside a time expression
	aux  string // "be", "have", "do" or "get" when the word is a form of one
}

// A phrase is a noun phrase: a run of determiners, adjectives, nouns,
// names and pronouns, cut at a possessive.
type phrase struct {
	start, end int // word indexes, [start, end)
	head       int // the word the phrase is about: its last noun or name
	ent        chronicle.EntityID
	mods       []chronicle.EntityID // entities before the head: "US" in "a US proposal"
	owner      bool                 // ends in a possessive ("Zelenskyy's")
	anaphor    bool                 // plural pronoun or "the two leaders": refers to a group named elsewhere
	first      bool                 // a first-person plural: "we", "our"
}

// A sentence is the view of one sentence the rules work on.
type sentence struct {
	x    *extractor
	idx  int
	span chronicle.Span
	w    []word
	np   []phrase

	absorbed []int // verb triggers that are the content of a request or offer

	// head and dep are the parse of the sentence when its tokens carry
	// one (see deps.go): the word index of each word's head (-1 for the
	// root or a head outside the sentence) and its relation. nil without
	// a parse.
	head []int
	dep  []string
}

func (x *extractor) sentence(si int, toks []int) *sentence {
	d := x.d
	s := &sentence{x: x, idx: si, span: d.Sentences[si], w: make([]word, len(toks))}
	for k, ti := range toks {
		t := d.Tokens[ti]
		low := strings.ToLower(strings.ReplaceAll(d.Text(t.Span), "’", "'"))
		s.w[k] = word{tok: ti, low: low, tag: t.Tag, np: -1, aux: auxOf(low)}
		if m, ok := x.mentionAt[ti]; ok {
			s.w[k].ent, s.w[k].kind = m.id, m.kind
		}
		s.w[k].time = x.timeAt[ti] >= 0
	}
	if len(toks) > 0 && d.Tokens[toks[0]].Dep != "" {
		s.head, s.dep = make([]int, len(toks)), make([]string, len(toks))
		for k, ti := range toks {
			t := d.Tokens[ti]
			s.dep[k] = t.Dep
			s.head[k] = -1
			if h := t.Head - toks[0]; t.Head >= 0 && h >= 0 && h < len(toks) && toks[h] == t.Head {
				s.head[k] = h
			}
		}
	}
	for k := 1; k < len(s.w); k++ {
		// a verb read as an adjective after a modal: "would free prisoners"
		if s.w[k].tag == "JJ" && s.w[k-1].tag == "MD" {
			if _, vs := x.lookupWord(false, s.w[k].low); vs != nil {
				s.w[k].tag = "VB"
			}
		}
	}
	s.chunk()
	return s
}

// nominal reports whether a Penn tag can be part of a noun phrase.
func nominal(tag string) bool {
	switch tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "HYPH":
		return true
	}
	return false
}

func isNoun(tag string) bool {
	return strings.HasPrefix(tag, "NN") || tag == "PRP" || tag == "CD"
}

// chunk finds the noun phrases of s.
func (s *sentence) chunk() {
	n := len(s.w)
	for i := 0; i < n; {
		if !s.inPhrase(i, i) {
			i++
			continue
		}
		j := i
		for j < n && s.inPhrase(j, i) {
			if s.w[j].tag == "POS" || s.w[j].low == "'s" && s.w[j].ent == "" && j > i {
				j++
				break
			}
			if j > i && s.w[j].tag == "PRP" { // "gave him", "told them": pronouns stand alone
				break
			}
			if j > i && s.nameAfterNoun(j) { // "a move Ukraine … oppose"
				break
			}
			if j > i && s.w[j-1].tag == "PRP" && s.w[j-1].low != "its" && s.w[j-1].low != "their" && s.w[j-1].low != "his" && s.w[j-1].low != "her" {
				break
			}
			if j > i && s.gapBefore(j) { // "Iraq war   Anti-war demonstrations": a heading ends
				break
			}
			j++
		}
		s.addPhrase(i, j)
		i = j
	}
}

// gapBefore reports whether a line break or a run of three spaces or
// more stands between words j-1 and j: in pages turned to text it ends a
// heading or a category line, which no phrase runs across. (Two spaces
// are often only where a link was, inside a phrase: "the Gaza  strip".)
func (s *sentence) gapBefore(j int) bool {
	a, b := s.x.d.Tokens[s.w[j-1].tok].End, s.x.d.Tokens[s.w[j].tok].Start
	between := s.x.d.Article.Text[a:b]
	return strings.Contains(between, "   ") || strings.ContainsAny(between, "\n\r")
}

// inPhrase reports whether word i can continue a phrase begun at word from.
func (s *sentence) inPhrase(i, from int) bool {
	w := s.w[i]
	if w.time {
		return false
	}
	if w.ent != "" {
		return true
	}
	switch w.low {
	case "that", "which", "who", "whom", "what", "this", "these", "those", "there", "here":
		return i == from && (w.low == "this" || w.low == "these" || w.low == "those")
	case "“", "”", "\"", "``", "''":
		// quotation marks inside a phrase: a “very productive” meeting
		if i == from || i+1 >= len(s.w) {
			return false
		}
		n := s.w[i+1].tag
		return nominal(n) || n == "RB" && i+2 < len(s.w) && strings.HasPrefix(s.w[i+2].tag, "JJ")
	}
	if w.tag == "RB" && i > from && i+1 < len(s.w) && strings.HasPrefix(s.w[i+1].tag, "JJ") {
		return true // a very productive meeting
	}
	if (w.tag == "VBN" || w.tag == "VBG") && i+1 < len(s.w) && strings.HasPrefix(s.w[i+1].tag, "NN") && i > 0 {
		p := s.w[i-1]
		if i > from {
			return strings.HasPrefix(p.tag, "DT") || strings.HasPrefix(p.tag, "JJ") // the detained activists
		}
		// "expel exiled leaders": after a verb that is no auxiliary
		return strings.HasPrefix(p.tag, "VB") && p.aux == "" && w.tag == "VBN"
	}
	return nominal(w.tag)
}

func (s *sentence) addPhrase(i, j int) {
	p := phrase{start: i, end: j, head: -1}
	if s.w[j-1].tag == "POS" || s.w[j-1].low == "'s" {
		p.owner = true
	}
	for k := j - 1; k >= i; k-- {
		if s.w[k].tag == "POS" || s.w[k].low == "'s" {
			continue
		}
		if isNoun(s.w[k].tag) || s.w[k].ent != "" {
			p.head = k
			break
		}
	}
	if p.head < 0 {
		return // determiners and adjectives alone are not a phrase
	}
	p.ent = s.w[p.head].ent
	for k := i; k < j; k++ {
		if e := s.w[k].ent; e != "" && e != p.ent && (len(p.mods) == 0 || p.mods[len(p.mods)-1] != e) {
			if k < p.head || s.w[k].ent != p.ent {
				p.mods = append(p.mods, e)
			}
		}
	}
	p.anaphor = s.anaphoric(p)
	for k := i; k < j && p.anaphor; k++ {
		switch s.w[k].low {
		case "we", "us", "our":
			p.first = true
		}
	}
	for k := i; k < j; k++ {
		s.w[k].np = len(s.np)
	}
	s.np = append(s.np, p)
}

// anaphoric reports whether p refers back to a group of actors: "they",
// "their", "the two leaders", "both sides".
func (s *sentence) anaphoric(p phrase) bool {
	h := s.w[p.head].low
	if s.w[p.head].ent != "" && s.w[p.head].kind == chronicle.NameMention {
		return false
	}
	switch h {
	case "they", "them", "their", "we", "us", "our":
		return s.w[p.head].tag == "PRP" || s.w[p.head].tag == "PRP$" || s.w[p.head].tag == ""
	case "leaders", "sides", "countries", "nations", "presidents", "governments", "parties", "men", "delegations",
		"ministers", "counterparts", "allies", "neighbours", "neighbors", "states":
		for k := p.start; k < p.head; k++ {
			switch s.w[k].low {
			case "two", "both", "three", "the":
				if s.w[k].low != "the" || k+1 < p.head && (s.w[k+1].low == "two" || s.w[k+1].low == "three") {
					return true
				}
			}
		}
	}
	for k := p.start; k < p.head; k++ {
		if s.w[k].low == "their" || s.w[k].low == "our" {
			return true
		}
	}
	return false
}

// phraseEnding returns the phrase whose last word is i, or -1.
func (s *sentence) phraseEnding(i int) int {
	if i < 0 || i >= len(s.w) || s.w[i].np < 0 {
		return -1
	}
	p := s.w[i].np
	if s.np[p].end-1 != i {
		return -1
	}
	return p
}

// phraseStarting returns the phrase whose first word is i, or -1.
func (s *sentence) phraseStarting(i int) int {
	if i < 0 || i >= len(s.w) || s.w[i].np < 0 {
		return -1
	}
	p := s.w[i].np
	if s.np[p].start != i {
		return -1
	}
	return p
}

// isConj reports whether word i joins coordinated phrases.
func (s *sentence) isConj(i int) bool {
	if i < 0 || i >= len(s.w) {
		return false
	}
	switch s.w[i].low {
	case "and", "or", "&":
		return true
	}
	return false
}

// group returns the phrases coordinated with p, in order: "Trump and
// Vance", "Britain, France and Germany", "both Moscow and Kyiv", "Trump as
// well as Vance". Phrases separated by commas alone are appositions, not
// a list, and are not joined.
func (s *sentence) group(p int) []int {
	out := []int{p}
	// rightwards
	for cur := p; ; {
		i := s.np[cur].end
		if s.w[s.np[cur].end-1].tag == "POS" {
			break
		}
		sep, list := s.separator(i)
		if sep == 0 {
			break
		}
		next := s.phraseStarting(i + sep)
		if next < 0 || s.np[next].owner {
			break
		}
		if !list && !s.listAhead(next) {
			break
		}
		if sep == 2 && len(out) == 1 && s.verbAfter(next) {
			break // "sanctions on Moscow, and Denmark will send …": a new clause
		}
		out = append(out, next)
		cur = next
	}
	// leftwards
	for cur := p; ; {
		i := s.np[cur].start
		sep, prev := 0, -1
		switch {
		case i >= 2 && s.isConj(i-1) && s.w[i-2].low == ",":
			// "India, Chile, and Venezuela": a list of three or more;
			// "sanctions on Moscow, and Denmark will …" is a new clause
			if q := s.phraseEnding(i - 3); q >= 0 && s.np[q].start >= 2 && s.w[s.np[q].start-1].low == "," && s.phraseEnding(s.np[q].start-2) >= 0 {
				sep, prev = 2, q
			} else {
				sep, prev = 2, -1
			}
		case i >= 1 && s.isConj(i-1):
			sep, prev = 1, s.phraseEnding(i-2)
		case i >= 1 && s.w[i-1].low == "," && s.listAhead(cur):
			sep, prev = 1, s.phraseEnding(i-2)
		case i >= 3 && s.w[i-1].low == "as" && s.w[i-2].low == "well" && s.w[i-3].low == "as":
			sep, prev = 3, s.phraseEnding(i-4)
		}
		if sep == 0 || prev < 0 || s.np[prev].owner {
			break
		}
		out = append([]int{prev}, out...)
		cur = prev
	}
	return out
}

// separator returns how many words at i join two phrases of a list, and
// whether they are a conjunction (rather than a bare comma).
func (s *sentence) separator(i int) (int, bool) {
	switch {
	case i < len(s.w) && s.isConj(i):
		return 1, true
	case i+1 < len(s.w) && s.w[i].low == "," && s.isConj(i+1):
		return 2, true
	case i+2 < len(s.w) && s.w[i].low == "as" && s.w[i+1].low == "well" && s.w[i+2].low == "as":
		return 3, true
	case i < len(s.w) && s.w[i].low == ",":
		return 1, false
	}
	return 0, false
}

// listAhead reports whether phrase p is followed, through commas, by a
// conjunction and a last phrase: p is then an item of a list.
func (s *sentence) listAhead(p int) bool {
	for cur := p; ; {
		sep, conj := s.separator(s.np[cur].end)
		if sep == 0 {
			return false
		}
		next := s.phraseStarting(s.np[cur].end + sep)
		if next < 0 {
			return false
		}
		if conj {
			return true
		}
		cur = next
	}
}

// nameAfterNoun reports whether word j starts a name right after a common
// noun that is not a title: two phrases meet there ("a move Ukraine
// opposes"), unlike "leader Volodymyr Zelenskyy".
func (s *sentence) nameAfterNoun(j int) bool {
	w, p := s.w[j], s.w[j-1]
	if w.ent == "" || w.kind != chronicle.NameMention || p.ent == w.ent {
		return false
	}
	if p.tag != "NN" && p.tag != "NNS" {
		return false
	}
	if s.x.g != nil {
		if _, ok := s.x.g.Role(p.low); ok {
			return false
		}
	}
	return true
}

// verbAfter reports whether a verb or modal follows phrase p.
func (s *sentence) verbAfter(p int) bool {
	i := s.np[p].end
	for i < len(s.w) && s.w[i].tag == "RB" {
		i++
	}
	return i < len(s.w) && (strings.HasPrefix(s.w[i].tag, "VB") || s.w[i].tag == "MD")
}

// auxOf returns the auxiliary verb w is a form of, or "".
func auxOf(w string) string {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m":
		return "be"
	case "have", "has", "had", "having", "'ve":
		return "have"
	case "do", "does", "did", "doing", "done":
		return "do"
	case "get", "gets", "got", "gotten", "getting":
		return "get"
	}
	return ""
}
