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
			people = append(people, personMention{start: m.Start, sentence: r.sentenceAt(m.Start), ent: e})
		}
	}
	if len(people) == 0 {
		return
	}
	slices.SortFunc(people, func(a, b personMention) int { return cmp.Compare(a.start, b.start) })
	for i, w := range r.words {
		if len(w) > 7 || r.inName[i] {
			continue
		}
		g, ok := pronounGender[strings.ToLower(w)]
		if !ok {
			continue
		}
		t := r.toks[i]
		e := r.antecedent(people, t.Start, t.Sentence, g)
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

// antecedent returns the one person of gender g mentioned before pos in
// sentence s, or, if none is, the one in sentence s-1; -1 otherwise.
func (r *resolver) antecedent(people []personMention, pos, s int, g byte) int {
	end, _ := slices.BinarySearchFunc(people, pos, func(p personMention, pos int) int { return cmp.Compare(p.start, pos) })
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

// sentenceAt returns the index of the sentence holding byte offset pos.
func (r *resolver) sentenceAt(pos int) int {
	i, _ := slices.BinarySearchFunc(r.toks, pos, func(t chronicle.Token, pos int) int { return cmp.Compare(t.End, pos+1) })
	if i >= len(r.toks) {
		return len(r.d.Sentences)
	}
	return r.toks[i].Sentence
}
