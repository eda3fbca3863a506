// Package event finds PLOVER events in a Document: who did what to whom,
// where and when, with the words and the rule each coding rests on.
//
// It runs last among the text stages, after tokenize, tag, ner, resolve,
// timex and quote: it reads Document.Sentences, Tokens (Penn tags), Entities
// (with their name, nominal and pronoun mentions, roles and countries), Times
// and Quotes, and returns the events for Document.Events. The rules read
// word order; Token.Head and Token.Dep, when a caller has parsed the
// tokens, only fill subjects and passive agents word order misses (see
// deps.go).
//
// The method is a trigger lexicon and rules over word order:
//
//  1. Triggers are verbs ("met", "criticised", "shelled") and event nouns
//     ("meeting", "talks", "criticism", "sanctions") from Chronicle's own
//     lexicon, each with its PLOVER type, mode and context and with how the
//     words around it fill the roles: "criticism from X" makes X the actor,
//     "sanctions on X" X the recipient, "talks between X and Y" both actors.
//     Some verbs code only with a fitting object: "released prisoners" is
//     RETREAT, "released photos" is nothing; "imposed sanctions" SANCTION,
//     "imposed a curfew" COERCE. Light verbs hand their subject to the noun
//     they govern ("held talks", "faced criticism").
//  2. Actors and recipients come from noun phrases found by their tags and
//     entity mentions: the subject left of the verb chain (passing through
//     relative pronouns and participle commas), the object right of it, the
//     "by" phrase of a passive, and prepositional phrases. Coordinated
//     phrases ("Trump and Vance", "both Moscow and Kyiv") are one group, so
//     an event has one list of actors, never one event per pair; where
//     nobody hosts a meeting, all participants are actors and the recipient
//     is empty, as the PLOVER manual (2.4.2) says. An unnamed group
//     ("Kenyan police", "insurgents", "rebels in eastern Congo") that fills a
//     role gets an entity of its own, with country and sector (group.go).
//  3. The verb chain says whether the event is negated ("did not meet"),
//     future ("will meet"), hypothetical ("could impose"), refused ("refused
//     to meet": REJECT) or intended ("agreed to", "pledged to"). Following
//     the manual (3.1, 3.4), cooperation that is promised or reported in the
//     future is AGREE, a promised retreat CONCEDE, and a hostile act an actor
//     says it will or may do THREATEN.
//  4. Reported speech (Document.Quotes) keeps the speaker out of the
//     reported event; when a speaker puts forward that another party used
//     force ("X said Y had attacked"), the claim itself is an ACCUSE by the
//     speaker.
//  5. Plural anaphors ("their meeting", "the two leaders") take the
//     participants of the nearest event with several named participants;
//     inside reported speech, "we" and "they" are the speakers.
//  6. An event that names no participant either repeats an earlier event
//     ("after the meeting") and takes its participants, or, unless the text
//     states an unnamed actor ("thousands of students"), is not coded: the
//     PLOVER manual codes no event without an actor (see settleEmpty).
//  7. Each event is dated by the time expression of its clause, else its
//     quotation's date, else an event it happened "during", else the
//     sentence's, else the article's; an event noun placed in a named era
//     ("during World War II") keeps no date. It is placed by an "in
//     <place>" of its clause, geocoded with the gazetteer.
//
// Extract is cheap: a few passes over the tokens with map lookups.
package event

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// Extract returns the PLOVER events of d in text order, with ids "V1",
// "V2", …. Source and Target hold entity ids of d (never empty strings);
// both are non-nil. As a side effect it fills Entity.Sector for the
// entities that take part in an event, when empty, and appends to
// d.Entities an entity for each unnamed group that does (ids after the
// existing ones; see group.go), replacing those an earlier call made. g geocodes places and
// knows titles and demonyms; with a nil g events are found but not
// geocoded. Extract never fails: text it cannot read yields fewer events.
func Extract(d *chronicle.Document, g *gazetteer.Gazetteer) []chronicle.Event {
	out := []chronicle.Event{}
	if d == nil || d.Article == nil || len(d.Tokens) == 0 {
		return out
	}
	// the groups an earlier Extract made are made again from the text
	d.Entities = slices.DeleteFunc(d.Entities, madeGroup)
	x := newExtractor(d, g)
	byS := make([][]int, len(d.Sentences))
	for i, t := range d.Tokens {
		if t.Sentence >= 0 && t.Sentence < len(byS) {
			byS[t.Sentence] = append(byS[t.Sentence], i)
		}
	}
	for si, toks := range byS {
		if len(toks) == 0 {
			continue
		}
		s := x.sentence(si, toks)
		x.sentences = append(x.sentences, s)
		x.find(s)
	}
	x.claims()
	x.anaphora()
	x.date()
	x.settleEmpty()
	kept := x.dedup()
	ids := make(map[*cand]chronicle.EventID, len(kept))
	for i, c := range kept {
		ids[c] = chronicle.EventID("V" + strconv.Itoa(i+1))
	}
	for _, c := range kept {
		if c.refers != nil {
			c.why = slices.Insert(c.why, min(1, len(c.why)), refersWhy(c, ids))
		}
		out = append(out, x.event(c, len(out)+1))
	}
	x.addStateMentions(kept)
	x.pruneGroups(out)
	x.sectors(out)
	return out
}

// An extractor holds the per-document state of Extract.
type extractor struct {
	d         *chronicle.Document
	g         *gazetteer.Gazetteer
	mentionAt map[int]mentionRef // token index → entity mention
	timeAt    []int              // token index → index into d.Times, -1
	sentences []*sentence
	cands     []*cand
	bySent    map[*sentence][]*cand // the cands of each sentence, set by date
	memo      map[memoKey]memoEntry // lexicon lookups of the document's words

	groupIDs map[groupKey]chronicle.EntityID // the unnamed groups given an entity (group.go)
	groups   []chronicle.EntityID            // their ids, in the order made
	noGroups bool                            // while reading quote speakers: make no group entities
	pending  []stateMention                  // government groups read as their state by the last actors call (state.go)
}

type memoKey struct {
	noun bool
	w    string
}

type memoEntry struct {
	base   string
	senses []sense
}

// lookupWord returns the base form and senses of w in the noun or verb
// lexicon, remembering the answer for the rest of the document.
func (x *extractor) lookupWord(noun bool, w string) (string, []sense) {
	k := memoKey{noun, w}
	if m, ok := x.memo[k]; ok {
		return m.base, m.senses
	}
	table := verbs
	if noun {
		table = nouns
	}
	b, ss := lookup(table, w)
	x.memo[k] = memoEntry{b, ss}
	return b, ss
}

func newExtractor(d *chronicle.Document, g *gazetteer.Gazetteer) *extractor {
	x := &extractor{d: d, g: g, mentionAt: map[int]mentionRef{}, timeAt: make([]int, len(d.Tokens)), memo: map[memoKey]memoEntry{}, groupIDs: map[groupKey]chronicle.EntityID{}}
	for i := range x.timeAt {
		x.timeAt[i] = -1
	}
	starts := make([]int, len(d.Tokens))
	for i, t := range d.Tokens {
		starts[i] = t.Start
	}
	cover := func(sp chronicle.Span, f func(int)) {
		i := sort.SearchInts(starts, sp.Start)
		for ; i < len(d.Tokens) && d.Tokens[i].Start < sp.End; i++ {
			f(i)
		}
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			cover(m.Span, func(i int) { x.mentionAt[i] = mentionRef{e.ID, m.Kind} })
		}
	}
	for ti, t := range d.Times {
		cover(t.Span, func(i int) { x.timeAt[i] = ti })
	}
	return x
}

// A cand is an event being built.
type cand struct {
	s           *sentence
	typ         chronicle.EventType
	mode        string
	context     string
	trig        int // word index of the trigger
	noun        bool
	weak        bool
	src, tgt    []chronicle.EntityID
	mutual      bool
	anaphor     bool // some participant is a plural anaphor still to be resolved
	last        bool // "their last meeting": an earlier event of the same kind
	place       *chronicle.Place
	timex       int    // index into d.Times, -1
	date        string // set by date
	era         string // the named era that places the event instead of a date ("World War II"), set by date
	during      int    // the cand this one is dated by ("during their last meeting"), -1
	quote       int    // the quote whose content holds the trigger, -1
	negated     bool
	future      bool
	hypo        bool
	conf        float64
	why         []string
	gov         int // the verb that governs an event noun, else the trigger
	dropped     bool
	anaRole     role   // the role the anaphor fills
	how         string // how the subject was found: "relative", "participle", …
	agent       bool   // some phrase names who acts, with or without an entity
	firstPerson bool   // the anaphor is "we" or "our": the speakers
	it          int    // byte offset of an unresolved "it" that acts (in reported speech, the speaker), else -1
	claimOf     *cand  // for an ACCUSE made of a reported act: that act
	claimed     bool   // reported as a speaker's claim
	refers      *cand  // the earlier event this one mentions again

	stateMentions []stateMention // group phrases of this event read as their state (state.go)
}

// find finds the triggers of s and builds their events.
func (x *extractor) find(s *sentence) {
	absorbed := map[int]bool{}
	var verbsAt, nounsAt []int
	for k, w := range s.w {
		if w.ent != "" && w.kind == chronicle.NameMention || w.time {
			continue
		}
		asNoun := w.np >= 0 && s.np[w.np].head == k && strings.HasPrefix(w.tag, "NN")
		if !asNoun && strings.HasPrefix(w.tag, "VB") && k > 0 && w.np < 0 {
			// a noun the tagger read as a verb: "that talks between …"
			if _, ns := x.lookupWord(true, w.low); ns != nil {
				p := s.w[k-1]
				if p.tag == "DT" || p.tag == "PRP$" || p.tag == "POS" || strings.HasPrefix(p.tag, "JJ") || p.low == "that" && k+1 < len(s.w) && isPrepWord(s.w[k+1].low) {
					asNoun = true
				}
			}
		}
		switch {
		case asNoun:
			if _, ns := x.lookupWord(true, w.low); ns != nil {
				nounsAt = append(nounsAt, k)
			}
		case strings.HasPrefix(w.tag, "VB") || w.tag == "" && w.np < 0:
			if _, vs := x.lookupWord(false, w.low); vs != nil {
				verbsAt = append(verbsAt, k)
			}
		}
	}
	for _, k := range verbsAt {
		x.verb(s, k, absorbed)
	}
	for _, k := range nounsAt {
		if !absorbed[k] {
			x.noun(s, k)
		}
	}
}

// verb builds the event of the verb trigger at word k, if its senses fit.
func (x *extractor) verb(s *sentence, k int, absorbed map[int]bool) {
	for _, a := range s.absorbed {
		if a == k {
			return
		}
	}
	b, senses := x.lookupWord(false, s.w[k].low)
	// "agreed to lift", "threatened to attack", "agreed not to attack":
	// the inner verb is the event
	to := k + 1
	if to+1 < len(s.w) && (s.w[to].low == "not" || s.w[to].low == "never") {
		to++
	}
	if to+1 < len(s.w) && s.w[to].low == "to" && strings.HasPrefix(s.w[to+1].tag, "VB") {
		if _, inner := x.lookupWord(false, s.w[to+1].low); inner != nil && base(intentVerbs, s.w[k].low) != "" || base(refuseVerbs, s.w[k].low) != "" {
			return
		}
	}
	f := s.frame(k)
	obj := s.object(k)
	if s.noAct(b, k, f, obj) {
		return
	}
	subj, how := s.subject(f.start)
	if f.purpose {
		subj, how = s.clauseSubject(f.start), "purpose clause"
	}
	if p := s.phraseEnding(f.start - 1); f.requested && p >= 0 {
		subj, how = s.group(p), "" // "reason with Israel to allow": Israel, not what it hangs on
	}
	if subj == nil && s.parsed() {
		subj, how = s.depSubject(k)
	}
	objClass := s.classOfGroup(obj)
	if f.passive {
		obj = nil
		objClass = s.classOfGroup(subj) // "prisoners were released"
	}
	if b == "help" || b == "assist" {
		if e := k + 1; e < len(s.w) && (s.w[e].low == "to" || s.w[e].tag == "VB") {
			return // "helped to plan": not aid
		}
	}
	senses, ok := s.idiomSenses(b, k, obj, f.passive, senses)
	if !ok {
		return
	}
	if b == "commit" && (misdeed(s, obj) || f.passive && misdeed(s, subj)) {
		return // "committed war crimes": no promise
	}
	var sn *sense
	for i := range senses {
		c := &senses[i]
		switch {
		case c.needs == anything:
		case (obj == nil || f.passive) && c.bare && !(f.passive && objClass&c.needs == 0 && objClass != 0):
		case (obj != nil || f.passive) && objClass&c.needs != 0:
		case c.alt != "" && obj == nil && s.hasPrep(k, c.alt):
		default:
			continue
		}
		sn = c
		break
	}
	if sn == nil {
		// a light verb whose object is an event noun lets the noun code
		return
	}
	// a light verb with an event noun as object, or as the subject of
	// its passive ("All the attacks were timed and executed"): the noun
	// codes the event
	if obj != nil && lightRole(b) != noRole && (sn.needs == anything || sn.needs == meetThing) {
		if h := s.np[obj[0]].head; nounTrigger(s, h) {
			return
		}
	}
	if f.passive && len(subj) > 0 && lightRole(b) != noRole && nounTrigger(s, s.np[subj[0]].head) {
		return
	}
	if sn.typ == chronicle.Assault && obj != nil && notTargets[s.w[s.np[obj[0]].head].low] {
		return // "fight corruption": no violence
	}
	c := x.newCand(s, k, *sn)
	if c.typ == chronicle.Assault && c.mode == "" {
		c.mode = s.weaponMode(obj) // "fired tear gas": crowd-control
		if f.passive {
			c.mode = s.weaponMode(subj) // "water cannon was used"
		}
		if c.mode == "crowd-control" {
			c.context = "" // the manual's military context is for armed forces at war
		}
	}
	c.why = append(c.why, "verb "+strconv.Quote(s.text(k))+" ("+string(c.typ)+modeNote(c.mode)+")")
	// the event noun an evaluative or verbal act is about is not an event
	// of its own: "urged a meeting", "rejected the proposal", "sent aid"
	for _, p := range obj {
		h := s.np[p].head
		if _, ns := x.lookupWord(true, s.w[h].low); ns != nil {
			absorbed[h] = true
			if c.mode == "" {
				c.mode = requestMode(ns[0].typ, c.typ)
			}
		}
	}
	// "urged Moscow to agree", "pressed Kyiv to accept": the requested act
	// is not an event; after force used ("used tear gas to disperse the
	// crowd") the purpose is an act of its own
	if obj != nil && c.typ != chronicle.Assault {
		e := s.np[obj[len(obj)-1]].end
		if e+1 < len(s.w) && s.w[e].low == "to" && strings.HasPrefix(s.w[e+1].tag, "VB") {
			s.absorbAsked(c, e+1)
		}
	}
	subjRole := source
	if f.passive {
		subjRole = target
	}
	if sn.obj == source && !f.passive || sn.subjTgt { // "hosted X", "received X from Y": the subject is the recipient
		subjRole = target
	}
	c.how = how
	agent := subj
	if f.passive {
		agent = nil
		for _, p := range s.preps(k, 8) {
			if p.word == "by" && (!f.reduced || p.at == k+1) {
				agent = p.group
			}
		}
		if agent == nil && s.parsed() {
			agent = s.depAgent(k)
		}
	}
	if c.typ == chronicle.Assault && c.mode == "destroy" && s.protesters(agent) {
		c.typ, c.mode = chronicle.Protest, "vandalize"
		c.why = append(c.why, "destruction by protesters is a protest (PROTEST vandalize)")
	}
	if b == "throw" || b == "hurl" || b == "stone" {
		x.thrown(c, s, agent)
	}
	if c.typ == chronicle.Coerce && sn.needs == routeThing && s.civilians(agent) {
		c.typ, c.mode, c.context = chronicle.Protest, "obstruct", ""
		c.why = append(c.why, "roads blocked by civilians are a protest (PROTEST obstruct)")
	}
	x.fill(c, s, subj, subjRole, "subject"+howNote(how))
	if obj == nil && !f.passive && sn.obj == target && s.endsClause(k) {
		if g := s.gapObject(subj); g != nil {
			x.fill(c, s, g, target, "object (before the subject)")
		}
	}
	if obj != nil {
		x.fill(c, s, obj, sn.obj, "object")
	}
	if c.typ == chronicle.Request && len(c.src) == 0 && !c.anaphor && s.askedPublic(obj) {
		return // "It will also ask Ontario voters whether …": a ballot's question, not a request between actors
	}
	if c.typ == chronicle.Reject && obj != nil && len(c.tgt) == 0 && proposals[s.w[s.np[obj[len(obj)-1]].head].low] {
		// "rejected a proposal by AAP": the proposer is rejected
		for _, q := range s.preps(s.np[obj[len(obj)-1]].end-1, 1) {
			if q.word == "by" || q.word == "from" {
				x.fill(c, s, q.group, target, strconv.Quote(q.word)+" phrase of what is rejected")
			}
		}
	}
	if obj == nil && c.typ == chronicle.Request {
		if g, v := s.demandedOf(k); g != nil {
			x.fill(c, s, g, target, `subject of the "that" clause`)
			if v < len(s.w) {
				s.absorbAsked(c, v) // what is demanded is not done
			}
		}
	}
	end := k
	if obj != nil {
		end = s.np[obj[len(obj)-1]].end - 1
	}
	byFound := false
	for _, p := range s.preps(end, 14) {
		r := prepRole(*sn, p.word)
		if f.passive && p.word == "by" && (!f.reduced || p.at == k+1) {
			r = source
			byFound = true
		}
		x.prepArg(c, s, p, r)
		if f.passive && !byFound && c.typ == chronicle.Assault && len(c.src) == 0 {
			for _, id := range s.attackNounAgent(p) {
				c.add(source, id) // "killed in an Israeli air strike"
				c.agent = true
				c.why = append(c.why, "actor from the attack "+strconv.Quote(p.word+" "+s.groupText(p.group)))
			}
		}
		if p.word == "for" && c.typ == chronicle.Request {
			s.absorbRequested(c, p.group) // "called for the release of": no release
		}
		end = s.np[p.group[len(p.group)-1]].end - 1
	}
	if f.passive && !byFound && f.conj >= 0 {
		for _, p := range s.preps(f.conj, 8) {
			if p.word == "by" {
				x.fill(c, s, p.group, source, fmt.Sprintf("%q phrase of the coordinated %q", "by", s.text(f.conj)))
				byFound = true
				break
			}
		}
	}
	if f.passive && !byFound && s.parsed() {
		x.fill(c, s, s.depAgent(k), source, `"by" phrase (parse)`)
	}
	if talkVerbs[b] && !s.twoParties(c, subj, f) {
		return
	}
	s.absorbTo(c, end)
	c.gov = k
	x.modality(c, s, f, k)
	if !c.negated && s.noneOf(subj) {
		c.negated = true // "No civilians were injured", "no country has recognised it"
		c.why = append(c.why, "its subject is no one")
	}
	x.cands = append(x.cands, c)
}

// proposals are what one party puts to another, to be rejected or
// accepted.
var proposals = set("proposal proposals offer offers plan plans request requests demand demands bid bids "+
	"call calls appeal appeals suggestion suggestions", "")

// noneOf reports whether the phrase group g opens with "no" or "none of":
// it names no one who acts or undergoes.
func (s *sentence) noneOf(g []int) bool {
	if len(g) == 0 {
		return false
	}
	st := s.np[g[0]].start
	switch {
	case s.w[st].low == "no":
		return true
	case st >= 2 && s.w[st-1].low == "of" && s.w[st-2].low == "none":
		return true
	}
	return false
}

// absorbAsked marks the verb at word v, when it is a trigger, as the
// content of c (what is asked, offered or threatened is not done), so no
// event is built for it, and gives c the mode of a request for it.
func (s *sentence) absorbAsked(c *cand, v int) {
	if _, inner := s.x.lookupWord(false, s.w[v].low); inner != nil {
		s.absorbed = append(s.absorbed, v)
		if c.mode == "" {
			c.mode = requestMode(inner[0].typ, c.typ)
		}
	}
}

func (x *extractor) newCand(s *sentence, k int, sn sense) *cand {
	c := &cand{s: s, typ: sn.typ, mode: sn.mode, context: sn.context, trig: k, mutual: sn.mutual,
		timex: -1, during: -1, quote: -1, it: -1, conf: 0.6, gov: k}
	c.src, c.tgt = []chronicle.EntityID{}, []chronicle.EntityID{}
	tok := x.d.Tokens[s.w[k].tok]
	for qi, q := range x.d.Quotes {
		if q.Span.Contains(tok.Span) || q.Clause != nil && q.Clause.Contains(tok.Span) {
			c.quote = qi
			break
		}
	}
	return c
}

// fill adds the actors of a phrase group to the role r of c.
func (x *extractor) fill(c *cand, s *sentence, g []int, r role, how string) {
	if len(g) == 0 || r == noRole {
		return
	}
	x.pending = x.pending[:0]
	ids, ana := s.actors(g)
	x.takeStateMentions(c)
	for _, p := range g {
		if s.np[p].first {
			c.firstPerson = true
		}
	}
	if (r == source || r == partner) && (len(ids) > 0 || s.actorish(g) || s.proper(g)) {
		c.agent = true
	}
	if ana {
		c.anaphor = true
		c.anaRole = r
		c.why = append(c.why, how+" "+strconv.Quote(s.groupText(g))+" refers back")
	}
	if len(ids) == 0 && len(g) == 1 && (r == source || r == partner) && s.w[s.np[g[0]].head].low == "it" {
		c.it = x.d.Tokens[s.w[s.np[g[0]].head].tok].Start
	}
	added := false
	for _, id := range ids {
		if r == host {
			if e := x.d.Entity(id); e != nil && e.Type == chronicle.Location && c.place == nil {
				c.place = x.placeOf(e)
			}
			if !x.actorLike(id) {
				continue
			}
		}
		c.add(r, id)
		added = true
	}
	if added {
		c.why = append(c.why, roleName(r, c.mutual)+" "+how+" "+strconv.Quote(s.groupText(g)))
	}
}

// prepArg reads a prepositional phrase next to a trigger: a participant in
// role r, or the event's place ("in Rome", "at the White House").
func (x *extractor) prepArg(c *cand, s *sentence, q pp, r role) {
	switch q.word {
	case "in", "at", "near", "outside":
		if r != noRole && r != host {
			break
		}
		for _, p := range q.group {
			if id := s.np[p].ent; id != "" {
				if e := x.d.Entity(id); e != nil && (e.Type == chronicle.Location || e.Type == chronicle.Organization && x.g != nil && isSeat(x.g, e.Name)) && c.place == nil {
					c.place = x.placeOf(e)
					if c.place != nil {
						c.why = append(c.why, "place from "+strconv.Quote(q.word+" "+s.groupText(q.group)))
					}
				}
			}
		}
		if r == noRole {
			return
		}
	case "during":
		return
	case "of":
		if r == partner && c.noun && x.placeOfBattle(c, s, q) {
			return // "the battle of Gallipoli": where, not who
		}
	}
	if r == noRole {
		return
	}
	x.fill(c, s, q.group, r, strconv.Quote(q.word)+" phrase")
}

// placeOfBattle makes the "of" phrase of a mutual event c the event's
// place when it names a place that stands for no state ("the battle of
// Gallipoli", "the siege of Sarajevo"), and reports whether it did.
func (x *extractor) placeOfBattle(c *cand, s *sentence, q pp) bool {
	if len(q.group) != 1 {
		return false
	}
	e := x.d.Entity(s.np[q.group[0]].ent)
	if e == nil || e.Type != chronicle.Location || x.actorLike(e.ID) {
		return false
	}
	if c.place == nil {
		c.place = x.placeOf(e)
		c.why = append(c.why, "place from "+strconv.Quote(q.word+" "+s.groupText(q.group)))
	}
	return true
}

func isSeat(g *gazetteer.Gazetteer, name string) bool {
	_, ok := g.SeatOfPower(name)
	return ok
}

// add puts id in role r of c, once.
func (c *cand) add(r role, id chronicle.EntityID) {
	switch r {
	case source, partner:
		if !has(c.src, id) {
			c.src = append(c.src, id)
		}
	case target, host:
		if !has(c.tgt, id) && !has(c.src, id) {
			c.tgt = append(c.tgt, id)
		}
	}
}

func has(ids []chronicle.EntityID, id chronicle.EntityID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// prepRole returns the role a preposition's object plays for sense sn.
func prepRole(sn sense, w string) role {
	for _, p := range sn.preps {
		if p.word == w {
			return p.role
		}
	}
	if w == "of" {
		return sn.obj
	}
	return noRole
}

// requestMode is the mode of a REQUEST, REJECT or THREATEN whose object is
// an event of type t: asking for a meeting is "meet", for aid "assist".
func requestMode(t, outer chronicle.EventType) string {
	switch outer {
	case chronicle.Request, chronicle.Reject:
	default:
		return ""
	}
	switch t {
	case chronicle.Consult, chronicle.Agree:
		return "meet"
	case chronicle.Aid, chronicle.Cooperate, chronicle.Support:
		return "assist"
	case chronicle.Retreat, chronicle.Concede:
		return "yield"
	}
	return "change"
}

func (s *sentence) classOfGroup(g []int) class {
	var c class
	for _, p := range g {
		ph := s.np[p]
		c |= classOf(s.w[ph.head].low)
		if id := ph.ent; id != "" {
			if e := s.x.d.Entity(id); e != nil && e.Type == chronicle.Person {
				c |= persons
			}
		}
		if ph.anaphor || s.countOfPeople(ph) {
			c |= persons
		}
	}
	return c
}

// countOfPeople reports whether a phrase is a bare count after "the" or
// "all", which stands for people counted before ("have released the 15",
// "freed all three"); a year ("the 2007 figures") is no count.
func (s *sentence) countOfPeople(ph phrase) bool {
	h := s.w[ph.head]
	if h.tag != "CD" || ph.head == ph.start || len(h.low) == 4 && h.low >= "1000" && h.low <= "2999" {
		return false
	}
	d := s.w[ph.head-1].low
	return d == "the" || d == "all"
}

func (s *sentence) groupText(g []int) string {
	if len(g) == 0 {
		return ""
	}
	d := s.x.d
	a := d.Tokens[s.w[s.np[g[0]].start].tok].Start
	b := d.Tokens[s.w[s.np[g[len(g)-1]].end-1].tok].End
	return d.Article.Text[a:b]
}

func modeNote(m string) string {
	if m == "" {
		return ""
	}
	return " " + m
}

func howNote(how string) string {
	if how == "" {
		return ""
	}
	return " (through a " + how + ")"
}

func roleName(r role, mutual bool) string {
	switch r {
	case source:
		return "actor from"
	case partner:
		if mutual {
			return "participant from"
		}
		return "actor from"
	case host:
		return "host from"
	}
	return "recipient from"
}

// hasPrep reports whether the preposition w follows word k in its clause.
func (s *sentence) hasPrep(k int, w string) bool {
	for _, q := range s.preps(k, 10) {
		if q.word == w {
			return true
		}
	}
	return false
}

// absorbTo drops the event of a to-infinitive right after word end
// (adverbs aside: "Japan's refusal to formally apologise"): the
// act requested, offered or threatened ("urged Moscow to agree", "pressure
// from Congress to help Iran") is the content of c, not an event.
func (s *sentence) absorbTo(c *cand, end int) {
	switch c.typ {
	case chronicle.Request, chronicle.Threaten, chronicle.Agree, chronicle.Reject:
	default:
		return
	}
	e := end + 1
	v := e + 1
	for v < len(s.w) && s.w[v].tag == "RB" && s.w[v].low != "not" {
		v++ // "refusal to formally apologise"
	}
	if v < len(s.w) && s.w[e].low == "to" && strings.HasPrefix(s.w[v].tag, "VB") {
		s.absorbAsked(c, v)
	}
}

// protesters reports whether a subject group is protesters, rioters or a
// crowd.
func (s *sentence) protesters(g []int) bool {
	for _, p := range g {
		switch strings.TrimSuffix(s.w[s.np[p].head].low, "s") {
		case "protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "activist":
			return true
		}
	}
	return false
}

// baseOf returns the first form of w that is a light verb, else w.
func baseOf(w string) string {
	for _, f := range forms(w) {
		if _, ok := lightVerbs[f]; ok {
			return f
		}
	}
	return w
}

// people reports whether phrase p names people or a named actor: an
// entity, or a head such as "soldiers", "police officers", "rebels".
func (s *sentence) people(p int) bool {
	ph := s.np[p]
	h := s.w[ph.head].low
	return ph.ent != "" || groupNouns[h] != "" || classOf(h)&(persons|troops) != 0
}

// actorish reports whether a phrase group names people or armed groups
// even without an entity: "government forces", "gunmen", "the police".
func (s *sentence) actorish(g []int) bool {
	for _, p := range g {
		h := s.w[s.np[p].head].low
		if actorNouns[h] || crowdNouns[h] || classOf(h)&(persons|troops) != 0 {
			return true
		}
	}
	return false
}

// proper reports whether a phrase group holds a proper noun outside any
// entity or is a personal pronoun no entity was found for: a name the
// recognizer missed ("Interpol has said") or a pronoun of one ("it will
// send a team") still states who acts.
func (s *sentence) proper(g []int) bool {
	for _, p := range g {
		for k := s.np[p].start; k < s.np[p].end; k++ {
			if t := s.w[k].tag; (t == "NNP" || t == "NNPS") && s.w[k].ent == "" {
				return true
			}
			switch s.w[k].low {
			case "it", "they", "he", "she":
				return k == s.np[p].start && s.w[k].ent == "" // a pronoun of someone not resolved
			}
		}
	}
	return false
}

// crowdNouns are heads that name people acting together without naming
// who they are: "thousands of students protested", "a crowd gathered".
var crowdNouns = set("thousands hundreds dozens millions scores crowd crowds students workers farmers residents villagers civilians "+
	"report statement communique", "")
