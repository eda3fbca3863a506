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
	for i, w := range r.words {
		if len(w) > 7 || r.inName[i] || r.pronounRead[i] {
			continue
		}
		g, ok := pronounGender[strings.ToLower(w)]
		if !ok {
			continue
		}
		t := r.toks[i]
		e := r.antecedent(people, i, g)
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

// antecedent returns the one person of gender g mentioned before the
// pronoun at token i in its sentence, or, if none is, the one in the
// sentence before; -1 otherwise. An object pronoun ("him") does not look
// back to a person in its own clause: "Pashinyan thanked him". A pronoun
// outside a quotation does not look back to a person named inside one:
// in `"President Abbas ordered an inquiry," he said` he is the speaker
// named before. A pronoun that opens a sentence outside a quotation ("He
// told…") and must look back to the sentence before takes a person only in
// subject position there: "Steele answered. The remarks were a reply to
// Obama. He told…" links no one.
func (r *resolver) antecedent(people []personMention, i int, g byte) int {
	pos, s := r.toks[i].Start, r.toks[i].Sentence
	end, _ := slices.BinarySearchFunc(people, pos, func(p personMention, pos int) int { return cmp.Compare(p.start, pos) })
	object := r.object(i)
	subject := isSubjectPronoun(r.words[i]) && i == r.first[i] && !r.inQuote[i]
	for _, want := range []int{s, s - 1} {
		found := -1
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
			if subject && want != s && !r.inSubject(p) {
				return -1
			}
			if found >= 0 && found != p.ent {
				return -1
			}
			found = p.ent
		}
		if found >= 0 {
			return found
		}
	}
	return -1
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
