package event

import "strings"

// Uses of a trigger verb that code no event of their own: a gerund that
// modifies a noun, a beating that is a vote won, a question asked of
// oneself, talk with no second party.

// noAct reports whether verb k (base form b, frame f, object obj) is used
// in a way that codes no event, whatever its senses.
func (s *sentence) noAct(b string, k int, f frame, obj []int) bool {
	w := s.w[k]
	switch {
	case w.tag == "VBG" && f.start == k && k > 0 && s.w[k-1].np >= 0 && (w.np >= 0 || !s.people(s.w[k-1].np)):
		// a gerund used as a noun modifier: "the ruling party", "a
		// statement calling for"; after people it is their act:
		// "soldiers beating a protester"
		return true
	case w.tag == "VBG" && k > 0 && k+1 < len(s.w) && listWords[s.w[k-1].low] && adjectivalGerunds[w.low] &&
		strings.HasPrefix(s.w[k+1].tag, "NN"):
		return true // "arguments and supporting evidence": a modifier in a list
	case (b == "beat" || b == "defeat") && s.contest(k, obj):
		return true // "Lieberman beat his opponent Ned Lamont": a vote won, no assault
	case b == "ask" && len(obj) == 1 && reflexives[s.w[s.np[obj[0]].head].low]:
		return true // "staff are asking themselves how": a question, no request
	}
	return false
}

// talkVerbs are consultations only between two parties: "talked about
// the war" alone is no CONSULT.
var talkVerbs = set("discuss talk converse confer", "")

// listWords join the items of a list.
var listWords = set("and or , ;", "")

// adjectivalGerunds are gerunds that, before a noun, describe it: "and
// supporting evidence", "or opposing views".
var adjectivalGerunds = set("supporting opposing ruling governing existing leading remaining ongoing outgoing", "")

// contest reports whether beating the object of verb k is winning a vote
// or a match: the object is a rival ("beat his opponent Ned Lamont") or a
// phrase after the object says where the contest was ("… in the
// primary", "… for the seat"). Not when the subject is armed men or police
// ("Soldiers beat the journalist after the election").
func (s *sentence) contest(k int, obj []int) bool {
	if subj, _ := s.subject(s.frame(k).start); s.classOfGroup(subj)&troops != 0 {
		return false
	}
	for _, p := range obj {
		for i := s.np[p].start; i < s.np[p].end; i++ {
			if rivals[s.w[i].low] {
				return true
			}
		}
	}
	i := k + 1
	if obj != nil {
		i = s.np[obj[len(obj)-1]].end
	}
	if i < len(s.w) && (s.w[i].low == "in" || s.w[i].low == "for" || s.w[i].low == "at") {
		for j := i + 1; j < len(s.w) && j <= i+4 && !s.barrier(j); j++ {
			if contestWords[s.w[j].low] {
				return true // "in the primary" ("primary" may be read as an adjective)
			}
		}
	}
	return false
}

// rivals are who one beats in a contest.
var rivals = set("rival rivals opponent opponents challenger challengers incumbent candidate candidates "+
	"contender contenders team teams side", "")

// contestWords name a vote or a match.
var contestWords = set("election elections vote votes voters race primary primaries seat seats poll polls ballot "+
	"contest nomination match game final tournament championship candidate candidates caucus caucuses runoff "+
	"run-off referendum opponent opponents rival rivals challenger incumbent", "")

// reflexives are the pronouns an act may turn on its own subject with.
var reflexives = set("myself yourself himself herself itself ourselves yourselves themselves", "")
