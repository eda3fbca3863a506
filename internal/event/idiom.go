package event

import (
	"slices"
	"strconv"
	"strings"

	"chronicle"
)

// Idioms: verbs whose usual sense does not hold in a fixed phrase. "Meet
// demands" is no meeting, "call the blast an assassination attempt" no
// request, "call for hearings" a request and "called Putin" a phone call;
// "help" with no one helped is no aid.

// unmetObjects are what "meet" takes when it means to satisfy: "met the
// kidnappers' demands", "meet the deadline".
var unmetObjects = set("demand demands condition conditions requirement requirements need needs deadline deadlines "+
	"target targets goal goals criterion criteria standard standards expectation expectations obligation obligations "+
	"cost costs challenge challenges quota quotas test tests threshold thresholds", "")

// lawObjects are what "propose" takes when it means to put a measure
// forward, not to offer something to another party: "proposed
// constitutional amendments", "proposed a new law".
var lawObjects = set("amendment amendments law laws bill bills legislation budget budgets constitution "+
	"reform reforms change changes measure measures rule rules regulation regulations tax taxes policy policies", "")

// chances are what one seizes without force.
var chances = set("future opportunity opportunities chance chances moment initiative day momentum", "")

// buildings are places one visits for a service, not a host.
var buildings = set("office offices clinic clinics hospital hospitals shop shops store stores website websites site "+
	"museum museums school schools factory factories plant branch branches centre center library", "")

// rulings are what is appealed in court.
var rulings = set("ruling rulings decision decisions verdict verdicts sentence sentences judgment judgement "+
	"conviction convictions order orders", "")

// question reports whether "ask" at word k, with object obj, asks a
// question rather than for something: "was asked about", "asked him
// whether", "asked how".
func (s *sentence) question(k int, obj []int) bool {
	i := k + 1
	if obj != nil {
		i = s.np[obj[len(obj)-1]].end
	}
	if i >= len(s.w) {
		return false
	}
	switch s.w[i].low {
	case "about", "whether", "if", "how", "what", "why", "when", "where", "who", "which":
		return true
	}
	return false
}

// callPhone is the sense of "call" with a person or state as its object.
var callPhone = s(chronicle.Consult, "obj=partner with=partner mode=phone mutual")

// idiomSenses returns the senses verb b at word k has given its object,
// and false when the phrase it heads is no event at all.
func (s *sentence) idiomSenses(b string, k int, obj []int, passive bool, senses []sense) ([]sense, bool) {
	switch b {
	case "meet":
		if obj != nil && unmetObjects[s.w[s.np[obj[len(obj)-1]].head].low] {
			s.absorbed = append(s.absorbed, s.np[obj[len(obj)-1]].head) // the demands are not made here
			return nil, false                                           // "to meet her kidnappers' demands"
		}
	case "plead":
		if k+1 < len(s.w) && (s.w[k+1].low == "guilty" || s.w[k+1].low == "innocent" || s.w[k+1].low == "not" || s.w[k+1].low == "no") {
			return nil, false // "pleaded guilty": a plea in court, no request
		}
	case "seize":
		j := k + 1
		for j < len(s.w) && (s.w[j].tag == "DT" || s.w[j].tag == "PRP$" || strings.HasPrefix(s.w[j].tag, "JJ")) {
			j++
		}
		if j < len(s.w) && chances[s.w[j].low] {
			return nil, false // "seizes the future" (a time, no phrase), "seized the opportunity"
		}
	case "visit":
		if obj != nil && s.np[obj[0]].ent == "" && buildings[s.w[s.np[obj[0]].head].low] {
			return nil, false // "visit a Medicare office", "visited a hospital": no host to consult
		}
	case "appeal":
		if obj != nil && rulings[s.w[s.np[obj[len(obj)-1]].head].low] {
			return nil, false // "will appeal the ruling": a court appeal, no request
		}
	case "ask":
		if s.question(k, obj) {
			return nil, false // "was asked about the budget", "asked whether": a question
		}
	case "help", "assist":
		if !passive && !s.namesSomeone(obj) {
			return nil, false // "they will help rather than hurt", "help the economy": no one helped
		}
	case "propose":
		if obj != nil && lawObjects[s.w[s.np[obj[len(obj)-1]].head].low] {
			// "proposed constitutional amendments to give the military
			// more power": a measure, no offer, and what it would do is
			// not done
			if e := s.np[obj[len(obj)-1]].end; e+1 < len(s.w) && s.w[e].low == "to" && strings.HasPrefix(s.w[e+1].tag, "VB") {
				s.absorbed = append(s.absorbed, e+1)
			}
			return nil, false
		}
	case "call":
		return s.callSenses(k, obj, passive, senses)
	case "take":
		return senses, s.intoCustody(k) // "were taken into custody"; "took control": nothing
	case "speak":
		// only "speak with X"; "spoke with reporters" is a press contact,
		// not a consultation, and "spoke to reporters" or "spoke English"
		// nothing
		for _, q := range s.preps(k, 4) {
			if q.word == "with" {
				return senses, groupNouns[s.w[s.np[q.group[0]].head].low] != "JRN"
			}
		}
		return nil, false
	}
	return senses, true
}

// callSenses reads "call": "call for X" and "call on X to …" are requests
// (the lexicon's sense), "called Putin" a phone call, "called the blast an
// assassination attempt" a naming and "called an election" nothing.
func (s *sentence) callSenses(k int, obj []int, passive bool, senses []sense) ([]sense, bool) {
	next := k + 1
	for next < len(s.w) && s.w[next].tag == "RB" {
		next++
	}
	if next < len(s.w) && (s.w[next].low == "for" || s.w[next].low == "on" || s.w[next].low == "upon") {
		return senses, true
	}
	if obj == nil || passive {
		return nil, false
	}
	before := k - 1
	for before > 0 && s.w[before].tag == "RB" {
		before--
	}
	end := s.np[obj[len(obj)-1]].end
	if t := s.w[k].tag; (t == "VBN" || t == "VBG" || t == "VBD" && s.verbLater(end)) && s.phraseEnding(before) >= 0 {
		return nil, false // "a memorial called the Memorial to … was opened", "a group calling itself": a name
	}
	if t := s.w[k].tag; (t == "VBN" || t == "VBG") && before > 0 && (s.w[before].low == "of" || s.w[before].low == ",") && s.phraseEnding(before-1) >= 0 {
		return nil, false // "an independent state, called Tamil Eelam", the slip "a state of called …": a name
	}
	if end < len(s.w) && s.w[end].low == "(" {
		for end < len(s.w) && s.w[end].low != ")" {
			end++ // "calling Tony Abbott (Liberal) an “…”"
		}
		end++
	}
	if end < len(s.w) && s.w[end].low == "," && end+1 < len(s.w) && isQuote(s.w[end+1].low) {
		end++ // "called Iran, “the most active sponsor …”"
	}
	if end < len(s.w) && (s.w[end].np >= 0 || s.w[end].tag == "JJ" || isQuote(s.w[end].low)) {
		return nil, false // "called the attackers murderers": a naming
	}
	if end+1 < len(s.w) && s.w[end].low == "to" && s.w[end+1].tag == "VB" {
		return senses, true // "called the parties to resume talks"
	}
	if s.classOfGroup(obj)&persons != 0 || s.stateGroup(obj) {
		return []sense{callPhone}, true
	}
	return nil, false
}

// stateGroup reports whether a phrase group names a state or its
// government: a country, a capital, a seat of power.
func (s *sentence) stateGroup(g []int) bool {
	for _, p := range g {
		if e := s.x.d.Entity(s.np[p].ent); e != nil && e.Type == chronicle.Location && s.x.stateLike(e) {
			return true
		}
	}
	return false
}

// callRequest is the sense of the noun "call" followed by "for" or "on":
// "calls for public hearings", "her call on Israel to withdraw".
var callRequest = s(chronicle.Request, "obj=none on=target upon=target from=source by=source for=none")

// nounCallSense returns the sense of the event noun "call" at word k: a
// request before "for", "on" or a to-infinitive, else the lexicon's phone
// call; false for no event ("a wake-up call", "the calling of the
// election").
func (s *sentence) nounCallSense(k int, sn sense) (sense, bool) {
	for j := k - 1; j >= 0 && s.w[j].np >= 0 && s.w[j].np == s.w[k].np; j-- {
		switch s.w[j].low {
		case "wake-up", "wake", "warning", "roll", "close", "curtain", "judgment", "judgement", "casting":
			return sn, false // "a wake-up call", "a warning call": no conversation
		}
	}
	if n := k + 1; n < len(s.w) {
		switch s.w[n].low {
		case "for", "on", "upon":
			return callRequest, true
		case "of":
			return sn, false // "the calling of the election"
		case "to":
			if n+1 < len(s.w) && s.w[n+1].tag == "VB" {
				return callRequest, true // "the call to free the women"
			}
		}
	}
	return sn, true
}

// absorbRequested drops the events of the event nouns a request asks for
// ("calls for the release of the journalists": no release happened) and
// gives the request their mode.
//
// Whoever would do what is asked is whom it is asked of: "called for an
// apology from the UK" asks the UK.
func (s *sentence) absorbRequested(c *cand, g []int) {
	if e := s.np[g[len(g)-1]].end; e+1 < len(s.w) && s.w[e].low == "to" && s.w[e+1].tag == "VB" {
		// "called for Romney to meet him": Romney is asked, the meeting not done
		if len(c.tgt) == 0 {
			for _, p := range g {
				if s.people(p) || s.stateGroup([]int{p}) {
					s.x.fill(c, s, []int{p}, target, `"for" phrase before "to `+s.text(e+1)+`"`)
				}
			}
		}
		s.absorbAsked(c, e+1)
		return
	}
	for _, p := range g {
		h := s.np[p].head
		if _, ns := s.x.lookupWord(true, s.w[h].low); ns != nil {
			s.absorbed = append(s.absorbed, h)
			if c.mode == "" {
				c.mode = requestMode(ns[0].typ, c.typ)
			}
			if len(c.tgt) > 0 || p != g[len(g)-1] {
				continue
			}
			if q := s.preps(s.np[p].end-1, 1); len(q) == 1 && (q[0].word == "from" || q[0].word == "by") {
				s.x.fill(c, s, q[0].group, target, strconv.Quote(q[0].word)+" phrase of what is asked")
			}
		}
	}
}

// demandedOf returns the subject of a subjunctive "that" clause after the
// request verb at word k, who is asked to act ("demanded that Abbas
// dissolve the government", "insisted that Hamas disband"), and the word
// of the verb asked for; nil when no such clause follows.
func (s *sentence) demandedOf(k int) ([]int, int) {
	i := k + 1
	if i >= len(s.w) || s.w[i].low != "that" {
		return nil, -1
	}
	p := s.phraseStarting(i + 1)
	if p < 0 {
		return nil, -1
	}
	g := s.group(p)
	v := s.np[g[len(g)-1]].end
	for v < len(s.w) && s.w[v].tag == "RB" {
		v++ // "demanded that Hamas immediately return"
	}
	if v >= len(s.w) || s.w[v].tag != "VB" && s.w[v].low != "should" && s.w[v].low != "must" {
		return nil, -1 // "demanded that the talks were …": a statement, not a demand of someone
	}
	for v < len(s.w) && (s.w[v].tag == "MD" || s.w[v].tag == "RB") {
		v++
	}
	return g, v
}

// namesSomeone reports whether a phrase group names who is acted on: an
// entity, a word for people or a group, a pronoun or a count ("the two").
func (s *sentence) namesSomeone(g []int) bool {
	for _, p := range g {
		ph := s.np[p]
		if ph.ent != "" || len(ph.mods) > 0 || ph.anaphor || s.w[ph.head].tag == "PRP" || groupNouns[s.w[ph.head].low] != "" || s.w[ph.head].tag == "CD" {
			return true
		}
	}
	return len(g) > 0 && (s.actorish(g) || s.proper(g))
}

// verbLater reports whether a finite verb comes at or after word i before
// the clause ends: the verb a reduced relative ("a memorial called the
// Memorial to … was opened") leaves to come.
func (s *sentence) verbLater(i int) bool {
	for ; i < len(s.w); i++ {
		if s.barrier(i) || s.w[i].low == "," || s.w[i].low == "." {
			return false
		}
		if s.finite(i) {
			return true
		}
	}
	return false
}

// publicNouns are the public as a whole, whom a ballot, a poll or a
// newspaper asks: "the referendum asks voters whether …".
var publicNouns = set("voter voters electorate public reader readers viewer viewers listener listeners respondent respondents", "")

// askedPublic reports whether a request's object is the public as a
// whole. Such a request codes only with a named asker ("Prime Minister
// Novak asked voters to support the treaty"): a question put to voters by
// "it" or by no one named is a ballot's or a poll's, not an act between
// actors.
func (s *sentence) askedPublic(obj []int) bool {
	return len(obj) == 1 && publicNouns[s.w[s.np[obj[0]].head].low]
}

// intoCustody reports whether "into custody" follows the verb at word k
// in its clause: "taken into custody", "took two men into custody".
func (s *sentence) intoCustody(k int) bool {
	for _, q := range s.preps(k, 8) {
		if q.word == "into" && s.w[s.np[q.group[0]].head].low == "custody" {
			return true
		}
	}
	return false
}

// twoParties reports whether a discussion has a counterpart: two
// participants ("Lula and Merkel discussed trade", "discussed the budget
// with Merkel"), a plural anaphor, a plural subject ("the leaders
// discussed trade") or, for a purpose, someone met with before it ("met
// with officials to discuss the border"). A topic discussed alone ("not
// the moment to discuss the European Constitution") is no consultation.
func (s *sentence) twoParties(c *cand, subj []int, f frame) bool {
	if len(c.src)+len(c.tgt) >= 2 || c.anaphor {
		return true
	}
	if f.purpose && slices.ContainsFunc(s.w[:f.start], func(w word) bool { return w.low == "with" }) {
		return true
	}
	return len(subj) == 1 && s.w[s.np[subj[0]].head].tag == "NNS"
}
