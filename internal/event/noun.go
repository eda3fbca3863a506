package event

import (
	"fmt"
	"strconv"
	"strings"

	"chronicle"
)

// The event-noun part of the triggers: "talks", "criticism", "sanctions",
// with the verb that may govern them ("held talks", "faced criticism").

// nounTrigger reports whether word h is an event noun.
func nounTrigger(s *sentence, h int) bool {
	_, ns := s.x.lookupWord(true, s.w[h].low)
	return ns != nil
}

// lightRole returns the role of a light verb's subject, noRole when b is
// not a light verb.
func lightRole(b string) role {
	if r, ok := lightVerbs[baseOf(b)]; ok {
		return r
	}
	return noRole
}

// noun builds the event of the event noun at word k.
func (x *extractor) noun(s *sentence, k int) {
	_, senses := x.lookupWord(true, s.w[k].low)
	var ph phrase
	if p := s.w[k].np; p >= 0 {
		ph = s.np[p]
	} else {
		ph = phrase{start: k, end: k + 1, head: k} // a noun the tagger read as a verb
	}
	// a noun before another noun is a modifier: "sanctions relief"
	if ph.head != k {
		return
	}
	sn := senses[0]
	if sn.mode == "phone" {
		var ok bool
		if sn, ok = s.nounCallSense(k, sn); !ok { // "calls for public hearings": a request
			return
		}
	}
	if sn.needs != anything {
		pps := s.preps(k, 6)
		ok := false
		for _, q := range pps {
			if q.word == "of" && s.classOfGroup(q.group)&sn.needs != 0 {
				ok = true
			}
		}
		if !ok {
			return
		}
	}
	if s.w[k].low == "strike" || s.w[k].low == "strikes" {
		if sn2, ok := x.strikeSense(s, ph, k); ok {
			sn = sn2
		} else {
			return
		}
	}
	if s.w[k].low == "fire" && !fireOpened(s, ph) {
		return // "a fire broke out": a blaze, not gunfire
	}
	if s.w[k].low == "charge" && ph.start > 0 && base(leadVerbs, s.w[ph.start-1].low) != "" {
		return // "led the charge in requesting": went first, no accusation
	}
	if s.w[k].low == "fire" && s.underCriticism(ph, k) {
		sn = criticismSense
	}
	c := x.newCand(s, k, sn)
	c.noun = true
	c.weak = sn.weak
	c.why = append(c.why, "noun "+strconv.Quote(s.text(k))+" ("+string(c.typ)+modeNote(c.mode)+")")
	participants := 0
	explicit := false // an actor stated by a name, possessive or phrase, not an adjective
	// entities inside the phrase, before the noun: "US sanctions", "their meeting"
	modRole := source
	if sn.mutual {
		modRole = partner
	}
	for _, m := range ph.mods {
		e := x.d.Entity(m)
		if e != nil && (e.Type == chronicle.Misc || e.Type == chronicle.Organization) && thingName(e.Name) {
			continue // "the WWII invasion": a name of an era, not an actor; "the Economic Cooperation summit": of a forum
		}
		if e != nil && (e.Type == chronicle.Location && !x.stateLike(e) || x.g != nil && e.Type == chronicle.Organization && isSeat(x.g, e.Name)) {
			if c.place == nil {
				c.place = x.placeOf(e)
				c.why = append(c.why, "place from "+strconv.Quote(e.Name))
			}
			continue
		}
		r, scene := s.modifierRole(k, e, s.possessorIn(ph, m), modRole)
		if scene {
			if c.place == nil {
				c.place = x.placeOf(e)
				c.why = append(c.why, "place from "+strconv.Quote(e.Name)+" before the attack noun")
			}
			continue
		}
		c.add(r, m)
		participants++
		if e != nil && e.Type == chronicle.Misc {
			continue // "American support": an adjective is not a stated actor
		}
		explicit = true
	}
	for j := ph.start; j < k; j++ {
		switch s.w[j].low {
		case "their", "our":
			c.anaphor = true
			c.anaRole = modRole
			c.firstPerson = c.firstPerson || s.w[j].low == "our"
			participants++
		case "last", "previous", "earlier", "prior":
			c.last = true
		}
	}
	if ph.start > 0 {
		if q := s.phraseEnding(ph.start - 1); q >= 0 && s.np[q].owner {
			x.pending = x.pending[:0]
			ids, ana := s.actors([]int{q})
			x.takeStateMentions(c)
			for _, id := range ids {
				r, _ := s.modifierRole(k, x.d.Entity(id), true, modRole)
				if r == noRole {
					r = modRole
				}
				c.add(r, id)
				participants++
				explicit = true
			}
			c.anaphor = c.anaphor || ana
		}
	}
	if !explicit && c.typ == chronicle.Assault {
		// "Government air strikes", "Israeli army raids": a group word
		// before the attack noun is its actor, in place of an adjective
		if ids := x.modifierGroup(s, ph, k); len(ids) > 0 {
			c.src = c.src[:0]
			for _, id := range ids {
				c.add(source, id)
			}
			participants++
			explicit = true
			c.why = append(c.why, "actor from the group word before the noun "+strconv.Quote(s.groupText([]int{s.w[k].np})))
		}
	}
	last := k // the end of the noun's own phrases, before any verb
	var own []pp
	for _, q := range s.preps(k, 12) {
		verb, clause := false, false
		for i := last + 1; i < q.at; i++ {
			verb = verb || s.isVerb(i) && !s.conveys(i)
			clause = clause || s.w[i].low == "," && i == k+1 && s.frontedPhrase(ph)
		}
		if verb {
			break // "the bombings were condemned by Blair": the verb's phrase
		}
		if clause {
			break // "After the invasion, the economy of the country collapsed": the main clause's
		}
		own = append(own, q)
		last = s.np[q.group[len(q.group)-1]].end - 1
	}
	for _, q := range own {
		r := prepRole(sn, q.word)
		if q.word == "of" && r == noRole && sn.mutual {
			r = partner
		}
		if r != noRole {
			participants++
			if r == source || r == partner {
				explicit = true
			}
		}
		x.prepArg(c, s, q, r)
		if q.word == "for" && c.typ == chronicle.Request {
			s.absorbRequested(c, q.group) // "calls for the release of the journalists"
		}
		if q.word == "during" || q.word == "at" {
			break
		}
	}
	switch c.typ {
	case chronicle.Request, chronicle.Threaten, chronicle.Agree, chronicle.Reject:
		s.absorbTo(c, last) // "pressure from Congress to help Iran"
	}
	// the governing verb: "held talks", "faced criticism from"
	gv := ph.start - 1
	for gv >= 0 && s.w[gv].np < 0 && (s.w[gv].tag == "RB" || s.w[gv].tag == "RP" || s.w[gv].tag == "DT" || strings.HasPrefix(s.w[gv].tag, "JJ") || isQuote(s.w[gv].low)) {
		gv--
	}
	if gv > 0 && s.w[gv].low == "on" && base(goVerbs, s.w[gv-1].low) != "" {
		gv-- // "went on strike": "go" governs the noun
	}
	if gv > 0 && s.w[gv].low == "under" && s.w[k].low == "fire" && baseOf(s.w[gv-1].low) == "come" {
		gv-- // "came under fire": its subject is fired at, or criticised
	}
	governed := false
	if gv >= 0 && strings.HasPrefix(s.w[gv].tag, "VB") && stateVerbs[s.w[gv].low] {
		return // "the plan enjoys support from Moscow": a standing, not an act
	}
	if gv >= 0 && strings.HasPrefix(s.w[gv].tag, "VB") {
		b := s.w[gv].low
		for _, f := range forms(b) {
			if _, ok := lightVerbs[f]; ok {
				b = f
				break
			}
		}
		if r := lightRole(b); r != noRole {
			if c.typ == chronicle.Agree && (b == "impose" || b == "force") {
				return // "attempting to impose this deal": no agreement
			}
			governed = true
			f := s.frame(gv)
			subj, how := s.subject(f.start)
			if subj == nil && s.parsed() {
				subj, how = s.depSubject(gv)
			}
			if r == source && sn.mutual {
				r = partner
			}
			if f.passive {
				r = target
			}
			x.fill(c, s, subj, r, "subject of "+strconv.Quote(s.text(gv))+howNote(how))
			participants += len(subj)
			c.gov = gv
			x.modality(c, s, f, gv)
			s.absorbTo(c, last) // "would not give permission to Russia to help Israel"
		}
	}
	if !governed {
		// "Evidence against Russia was presented by the US"
		if v := last + 1; v+1 < len(s.w) && s.w[v].aux == "be" && (s.w[v+1].tag == "VBN" || s.w[v+1].tag == "VBD") && lightRole(baseOf(s.w[v+1].low)) == source {
			for _, q := range s.preps(v+1, 6) {
				if q.word == "by" {
					x.fill(c, s, q.group, source, fmt.Sprintf("%q phrase of %q", "by", s.text(v+1)))
					governed = true
					explicit = true
				}
			}
		}
	}
	if !governed {
		x.nounModality(c, s, ph)
	}
	if participants == 0 && ph.start >= 2 {
		// "their first since an angry encounter": the same participants
		switch s.w[ph.start-1].low {
		case "since", "after", "before", "than":
			for j := ph.start - 2; j >= 0 && j >= ph.start-4; j-- {
				if s.w[j].low == "their" || s.w[j].low == "our" {
					c.anaphor = true
					c.anaRole = modRole
					participants++
					break
				}
			}
		}
	}
	if !governed && s.copularAnaphor(ph) {
		// "the meeting … was their first": the participants are "their"
		c.anaphor = true
		c.anaRole = modRole
		participants++
	}
	if sn.weak && !governed && !explicit && !c.anaphor {
		return // "legal recognition of Crimea", "American support": no one stated acts
	}
	if participants == 0 && !governed {
		c.conf -= 0.15
	}
	x.cands = append(x.cands, c)
}

// conveyVerbs are participles after an event noun that carry it to its
// participants: "a request addressed to Blair", "a lawsuit brought by the
// ACLU", "attacks carried out by Israel", "the agreement was reached
// between …"; their phrases are the noun's.
var conveyVerbs = set("addressed directed sent made delivered issued brought filed lodged launched presented submitted "+
	"carried conducted staged held mounted reached signed concluded struck", "")

// conveys reports whether word i is a conveying participle after an event
// noun, or the "be" before one ("was signed by Bulgaria and Greece").
func (s *sentence) conveys(i int) bool {
	j := i
	if s.w[j].aux == "be" {
		for j++; j < len(s.w) && s.w[j].tag == "RB"; j++ {
		}
		if j >= len(s.w) {
			return false
		}
	}
	if j+1 < len(s.w) && s.w[j+1].low == "by" && lightRole(baseOf(s.w[j].low)) != noRole {
		return false // "evidence … was presented by the US": the light verb's agent (below)
	}
	return (s.w[j].tag == "VBN" || s.w[j].tag == "VBD") && conveyVerbs[s.w[j].low]
}

// stateVerbs govern an event noun that names a standing rather than an
// act: what a plan "enjoys" or "commands" is support held, not given on a
// day.
var stateVerbs = set("enjoy enjoys enjoyed enjoying command commands commanded", "")

// strikeSense tells a military strike from a labour one.
func (x *extractor) strikeSense(s *sentence, ph phrase, k int) (sense, bool) {
	for j := ph.start; j < k; j++ {
		switch s.w[j].low {
		case "air", "missile", "drone", "military", "retaliatory", "airstrike", "aerial", "rocket", "naval", "precision":
			return nouns["strike"][0], true
		case "hunger":
			return s2(chronicle.Protest, "hunger"), true
		case "general", "labour", "labor", "workers", "national", "nationwide":
			return s2(chronicle.Protest, "strike"), true
		}
	}
	if ph.start > 0 && s.w[ph.start-1].low == "on" {
		return s2(chronicle.Protest, "strike"), true
	}
	return sense{}, false
}

func s2(t chronicle.EventType, mode string) sense {
	return sense{typ: t, mode: mode, obj: noRole, preps: []prep{{"against", target}, {"by", source}}}
}

// nounModality reads negation and modality around an event noun with no
// governing verb: "no talks", "possible sanctions", "planned meeting",
// "upcoming visit".
func (x *extractor) nounModality(c *cand, s *sentence, ph phrase) {
	for j := ph.start; j < ph.head; j++ {
		switch s.w[j].low {
		case "no":
			c.negated = true
		case "possible", "potential", "proposed", "threatened", "hypothetical":
			c.hypo = true
		case "planned", "upcoming", "forthcoming", "future", "scheduled", "next":
			c.future = true
		}
	}
	if s.conditional(c.trig) || s.saidPossible(ph.end) {
		c.hypo = true // "another offensive … was possible if …"
	}
	x.applyFuture(c, s, nil)
}

// copularAnaphor reports whether the phrase is the subject of "be" whose
// complement is "their …" or "our …": "The meeting … was their first".
func (s *sentence) copularAnaphor(ph phrase) bool {
	if ph.start > 0 && s.w[ph.start-1].np >= 0 {
		return false
	}
	i := ph.end
	for _, q := range s.preps(ph.head, 8) {
		if q.word == "during" || q.word == "in" || q.word == "at" || q.word == "of" || q.word == "between" || q.word == "with" {
			i = s.np[q.group[len(q.group)-1]].end
		}
	}
	if i >= len(s.w) || s.w[i].aux != "be" {
		return false
	}
	if i+1 < len(s.w) && (s.w[i+1].low == "their" || s.w[i+1].low == "our") {
		return true
	}
	return false
}

// fireOpened reports whether the noun "fire" is gunfire: "opened fire on",
// "came under fire from", "returned fire", or fire of a weapon named
// before it ("rocket fire", "mortar fire").
func fireOpened(s *sentence, ph phrase) bool {
	for j := ph.start; j < ph.head; j++ {
		if fireWeapons[strings.TrimSuffix(s.w[j].low, "s")] {
			return true
		}
	}
	j := ph.start - 1
	for j >= 0 && s.w[j].tag == "RB" {
		j--
	}
	if j < 0 {
		return false
	}
	switch s.w[j].low {
	case "open", "opened", "opens", "opening", "under", "return", "returned", "returning", "exchanged", "exchanging":
		return true
	}
	return false
}

// underCriticism reports whether "under fire" at noun k is criticism, not
// gunfire: "came under fire over his remarks", "came under fire from
// party leaders". Fire from armed men ("from rebels"), or from no one
// named, stays gunfire.
func (s *sentence) underCriticism(ph phrase, k int) bool {
	if ph.start == 0 || s.w[ph.start-1].low != "under" {
		return false
	}
	for _, q := range s.preps(k, 4) {
		switch q.word {
		case "over", "for":
			return q.at == k+1
		case "from":
			c := s.classOfGroup(q.group)
			return c&troops == 0 && (c&persons != 0 || critics[s.w[s.np[q.group[0]].head].low])
		}
	}
	return false
}

// critics are who criticise rather than shoot: "came under fire from
// lawmakers".
var critics = set("leaders lawmakers legislators politicians members critics opposition party parties "+
	"groups campaigners commentators analysts newspapers media press unions voters senators congressmen mps", "")

// leadVerbs with "the charge" mean to go first.
var leadVerbs = set("lead", "")

// criticismSense is the noun "fire" read as criticism ("came under fire").
var criticismSense = s(chronicle.Accuse, "mode=disapprove obj=none from=source by=source over=none")

// fireWeapons make the noun "fire" after them gunfire.
var fireWeapons = set("rocket mortar artillery tank gun machine-gun machinegun sniper cannon small-arm anti-aircraft missile", "")

// goVerbs govern an event noun through "on": "went on strike", "are on a
// visit".
var goVerbs = set("go stay remain", "")

// modifierGroup returns the unnamed group a group word inside the phrase
// of event noun k stands for ("Government air strikes", "army raids"), or
// nil. The words from the phrase's start to the group word are read as a
// group phrase of their own.
func (x *extractor) modifierGroup(s *sentence, ph phrase, k int) []chronicle.EntityID {
	for j := ph.start; j < k; j++ {
		if s.w[j].ent != "" || groupNouns[s.w[j].low] == "" {
			continue
		}
		p := len(s.np)
		s.np = append(s.np, phrase{start: ph.start, end: j + 1, head: j, mods: ph.mods})
		x.pending = x.pending[:0]
		ids, ok := s.groupActor(p)
		s.np = s.np[:p]
		if !ok {
			return nil
		}
		return ids
	}
	return nil
}

// frontedPhrase reports whether the noun phrase ph is the object of a
// preposition opening the sentence ("After the invasion, …"): what comes
// after its comma is the main clause, not the noun's.
func (s *sentence) frontedPhrase(ph phrase) bool {
	return ph.start == 1 && s.w[0].tag == "IN"
}
