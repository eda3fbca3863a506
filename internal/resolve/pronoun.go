package resolve

import (
	"cmp"
	"slices"
	"strings"

	"chronicle"
)

// pronounGender gives the gender of the third-person singular personal
// pronouns.
var pronounGender = map[string]byte{
	"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f',
}

// A personMention is a name or description of a person, for pronouns to
// look back to.
type personMention struct {
	start    int
	sentence int
	ent      int
	t0, t1   int // its tokens
}

// pronouns links he, him, his, she, her and their reflexives to a person.
// It is deliberately cautious: the person must be named or described in
// the same sentence before the pronoun, or else in the previous sentence,
// and be the only person there whose gender, if known, agrees.
func (r *resolver) pronouns() {
	var people []personMention
	for e, ent := range r.ents {
		if ent.typ != chronicle.Person {
			continue
		}
		for _, m := range ent.mentions {
			t0, t1 := r.tokenAt(m.Start), r.tokenAt(m.End-1)+1
			people = append(people, personMention{start: m.Start, sentence: r.toks[t0].Sentence, ent: e, t0: t0, t1: t1})
		}
	}
	if len(people) == 0 {
		return
	}
	r.inQuote = r.quoted()
	slices.SortFunc(people, func(a, b personMention) int { return cmp.Compare(a.start, b.start) })
	subjects := r.subjects(people)
	for i, w := range r.words {
		if len(w) > 7 || r.inName[i] || r.pronounRead[i] {
			continue
		}
		g, ok := pronounGender[strings.ToLower(w)]
		if !ok || r.styleAt(i) > 0 {
			continue // "His Royal Highness" is a style, not a pronoun
		}
		t := r.toks[i]
		e := r.antecedent(people, subjects, i, g)
		if e < 0 {
			continue
		}
		ent := r.ents[e]
		if ent.gender == 0 {
			ent.gender = g
		}
		ent.mentions = append(ent.mentions, chronicle.Mention{Text: w, Kind: chronicle.PronounMention, Span: t.Span})
	}
}

// antecedent returns the person of gender g that the pronoun at token i
// refers to: one mentioned before it in its sentence, or, if none is, in
// the sentence before; -1 when there is none or no way to choose.
//
// Where several people could be meant, one is preferred: inside a
// quotation, a person named inside it (a speaker does not call himself
// "he"); in the pronoun's own sentence, the nearest subject of a clause,
// or the person a relative clause ("who") describes; in the sentence
// before, its subject, the centre of attention carried over the boundary
// ("Rubio met Iwaya. He criticised …" is Rubio). An object pronoun takes
// no preference in its own sentence: "Mandela said he wished him well" is
// not Mandela twice. When the preference leaves none or several, there is
// no link.
//
// An object pronoun ("him") does not look back to a person in its own
// clause: "Pashinyan thanked him". A pronoun outside a quotation does not
// look back to a person named inside one: in `"President Abbas ordered an
// inquiry," he said` he is the speaker named before. A pronoun that opens
// a sentence outside a quotation ("He told…") and must look back to the
// sentence before takes a person only in subject position there: "Steele
// answered. The remarks were a reply to Obama. He told…" links no one.
func (r *resolver) antecedent(people []personMention, subjects map[int]int, i int, g byte) int {
	pos, s := r.toks[i].Start, r.toks[i].Sentence
	end, _ := slices.BinarySearchFunc(people, pos, func(p personMention, pos int) int { return cmp.Compare(p.start, pos) })
	object := r.object(i)
	opener := isSubjectPronoun(r.words[i]) && i == r.first[i] && !r.inQuote[i]
	for _, want := range []int{s, s - 1} {
		var cands []personMention
		for k := end - 1; k >= 0 && people[k].sentence >= want; k-- {
			p := people[k]
			if p.sentence != want {
				continue
			}
			if eg := r.ents[p.ent].gender; eg != 0 && eg != g {
				continue
			}
			if object && want == s && !r.clauseBreak(p.start, i) {
				continue
			}
			if r.inQuote[p.t0] && !r.inQuote[i] {
				continue
			}
			if opener && want != s && !r.inSubject(p) {
				continue
			}
			cands = append(cands, p)
		}
		if len(cands) == 0 {
			continue
		}
		if r.inQuote[i] {
			cands = keep(cands, func(p personMention) bool { return r.inQuote[p.t0] })
		}
		if e := only(cands); e >= 0 || object && want == s {
			return e
		}
		if want == s {
			for _, p := range cands {
				if sub, _ := r.clauseSubject(p); sub || r.relativeHead(p) {
					return p.ent
				}
			}
			return -1
		}
		return only(keep(cands, func(p personMention) bool {
			e, ok := subjects[p.sentence]
			return ok && e == p.ent
		}))
	}
	return -1
}

// keep returns the people that pass ok, or all of them when none does.
func keep(people []personMention, ok func(personMention) bool) []personMention {
	var kept []personMention
	for _, p := range people {
		if ok(p) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return people
	}
	return kept
}

// only returns the entity all the mentions belong to, or -1 when they
// belong to several or there are none.
func only(people []personMention) int {
	e := -1
	for _, p := range people {
		if e >= 0 && p.ent != e {
			return -1
		}
		e = p.ent
	}
	return e
}

// subjects maps each sentence to the person that is its subject: the
// first person mentioned in it who is the subject of a clause (see
// clauseSubject), one of the main clause before one of a clause opened by
// "though" or "when".
func (r *resolver) subjects(people []personMention) map[int]int {
	subj, main := map[int]int{}, map[int]bool{}
	for _, p := range people {
		sub, subordinate := r.clauseSubject(p)
		if !sub || main[p.sentence] {
			continue
		}
		if _, done := subj[p.sentence]; !done || !subordinate {
			subj[p.sentence], main[p.sentence] = p.ent, !subordinate
		}
	}
	return subj
}

// clauseSubject reports whether the person mention p is the subject of
// its clause: in subject position (inSubject), not one of a pair ("Brown
// and Merz") nor a possessor ("Huckabee's rival"), and with no
// preposition, participle or verb between it and the comma or sentence
// start before it: not "Addressing Mr Brown,", "a reply to Obama", "met
// with Iwaya". subordinate tells a clause opened by "though", "when" …
// or "that": "claimed that Akayev had not resigned".
func (r *resolver) clauseSubject(p personMention) (sub, subordinate bool) {
	if !r.inSubject(p) {
		return false, false
	}
	if p.t1 < r.last[p.t0] && (coordinator(r.words[p.t1]) || possessive(r.words[p.t1])) {
		return false, false
	}
	for k := p.t0 - 1; k >= r.first[p.t0]; k-- {
		if r.inQuote[k] {
			continue
		}
		w, tag := r.words[k], r.toks[k].Tag
		switch {
		case w == ",":
			return true, false
		case coordinator(w):
			return false, false
		case subordinators[strings.ToLower(w)] && (k == r.first[k] || r.words[k-1] == ","), strings.EqualFold(w, "that"):
			return true, true
		case finiteVerb(tag):
			return speechVerbs[strings.ToLower(w)], false
		case tag == "IN" || tag == "TO" || tag == "VBG" || tag == "VBN":
			return false, false
		}
	}
	return true, false
}

// relativeHead reports whether a relative clause on a person follows the
// mention p: "Mr Gutierrez, who is accused of abandoning his post".
func (r *resolver) relativeHead(p personMention) bool {
	k := p.t1
	if k < r.last[p.t0] && r.words[k] == "," {
		k++
	}
	return k < r.last[p.t0] && strings.EqualFold(r.words[k], "who")
}

// subordinators open a clause whose subject follows: "Though Romney …",
// "When Tony Naar was asked …"; "that" does anywhere.
var subordinators = map[string]bool{
	"though": true, "although": true, "when": true, "while": true, "after": true, "before": true,
	"because": true, "since": true, "as": true, "if": true, "once": true, "until": true, "whereas": true,
}

func coordinator(w string) bool {
	return w == "and" || w == "or" || w == "&"
}

// isSubjectPronoun reports whether w is "he" or "she".
func isSubjectPronoun(w string) bool {
	w = strings.ToLower(w)
	return w == "he" || w == "she"
}

// inSubject reports whether the person mention p stands where a subject
// does: a finite verb right after it ("Obama said"), or none between it
// and the comma or sentence start before it, quotations aside ("When
// asked, the counsel, Steve Ellis, said"), or only a speech verb ("…,"
// said Danny Schechter). "The remarks came after a speech by Obama" is no
// subject position. Without tags every mention passes.
func (r *resolver) inSubject(p personMention) bool {
	if p.t1 < len(r.toks) && r.first[p.t0] == r.first[p.t1] && finiteVerb(r.toks[p.t1].Tag) {
		return true
	}
	for k := p.t0 - 1; k >= r.first[p.t0]; k-- {
		if r.inQuote[k] {
			continue
		}
		if r.words[k] == "," {
			return true
		}
		if finiteVerb(r.toks[k].Tag) {
			return speechVerbs[strings.ToLower(r.words[k])]
		}
	}
	return true
}

// finiteVerb reports whether tag marks a finite verb or a modal.
func finiteVerb(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// quoted marks the tokens inside quotation marks. Straight quotes toggle;
// curly ones open and close. A paragraph ends any quotation, since news
// reopens a quotation that runs on into the next paragraph, and so does a
// third sentence, so that a stray quotation mark in text without
// paragraphs does not turn the rest of the article inside out.
func (r *resolver) quoted() []bool {
	in := make([]bool, len(r.toks)+1)
	open, since := false, 0
	for i, w := range r.words {
		if i > 0 && strings.Contains(r.text[r.toks[i-1].End:r.toks[i].Start], "\n\n") {
			open = false
		}
		if open && r.toks[i].Sentence-since >= maxQuotedSentences {
			open = false
		}
		switch w {
		case "\"", "\u201c", "\u201d", "``", "''":
			in[i] = true
			switch w {
			case "\"":
				open = !open
			case "\u201c", "``":
				open = true
			default:
				open = false
			}
			since = r.toks[i].Sentence
			continue
		}
		in[i] = open
	}
	return in
}

// maxQuotedSentences is how many sentences a quotation may run over
// before it is taken to have ended.
const maxQuotedSentences = 3

// tokenAt returns the index of the token holding byte offset pos.
func (r *resolver) tokenAt(pos int) int {
	i, _ := slices.BinarySearchFunc(r.toks, pos, func(t chronicle.Token, pos int) int { return cmp.Compare(t.End, pos+1) })
	return min(i, len(r.toks)-1)
}

// object reports whether the pronoun at token i is an object: "him", or
// "her" where the tagger says it is not a possessive.
func (r *resolver) object(i int) bool {
	switch strings.ToLower(r.words[i]) {
	case "him":
		return true
	case "her":
		return r.toks[i].Tag == "PRP"
	}
	return false
}

// clauseBreak reports whether a word that opens a new clause stands
// between byte offset from and token i.
func (r *resolver) clauseBreak(from, i int) bool {
	for k := i - 1; k >= 0 && r.toks[k].Start > from; k-- {
		if clauseWords[strings.ToLower(r.words[k])] {
			return true
		}
	}
	return false
}

var clauseWords = map[string]bool{
	",": true, ";": true, ":": true, "that": true, "said": true, "says": true, "who": true, "which": true,
	"and": true, "but": true, "when": true, "after": true, "before": true, "because": true, "while": true,
	"if": true, "as": true, "\u201c": true, "\u201d": true, "\"": true,
}
