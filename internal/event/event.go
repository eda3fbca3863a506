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
//     is empty, as the PLOVER manual (2.4.2) says.
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
//     sentence's, else the article's; it is placed by an "in <place>" of its
//     clause, geocoded with the gazetteer.
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
// entities that take part in an event, when empty. g geocodes places and
// knows titles and demonyms; with a nil g events are found but not
// geocoded. Extract never fails: text it cannot read yields fewer events.
func Extract(d *chronicle.Document, g *gazetteer.Gazetteer) []chronicle.Event {
	out := []chronicle.Event{}
	if d == nil || d.Article == nil || len(d.Tokens) == 0 {
		return out
	}
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
	x := &extractor{d: d, g: g, mentionAt: map[int]mentionRef{}, timeAt: make([]int, len(d.Tokens)), memo: map[memoKey]memoEntry{}}
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
	claimOf     *cand  // for an ACCUSE made of a reported act: that act
	claimed     bool   // reported as a speaker's claim
	refers      *cand  // the earlier event this one mentions again
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
	// "agreed to lift", "threatened to attack": the inner verb is the event
	if k+2 < len(s.w) && s.w[k+1].low == "to" && strings.HasPrefix(s.w[k+2].tag, "VB") {
		if _, inner := x.lookupWord(false, s.w[k+2].low); inner != nil && base(intentVerbs, s.w[k].low) != "" || base(refuseVerbs, s.w[k].low) != "" {
			return
		}
	}
	f := s.frame(k)
	if s.w[k].tag == "VBG" && f.start == k && k > 0 && s.w[k-1].np >= 0 {
		return // a gerund used as a noun modifier: "the ruling party"
	}
	obj := s.object(k)
	subj, how := s.subject(f.start)
	if f.purpose {
		subj, how = s.clauseSubject(f.start), "purpose clause"
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
	// a light verb with an event noun as object: the noun codes the event
	if obj != nil && lightRole(b) != noRole && sn.needs == anything {
		if h := s.np[obj[0]].head; nounTrigger(s, h) {
			return
		}
	}
	c := x.newCand(s, k, *sn)
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
	// is not an event
	if obj != nil {
		e := s.np[obj[len(obj)-1]].end
		if e+1 < len(s.w) && s.w[e].low == "to" && strings.HasPrefix(s.w[e+1].tag, "VB") {
			if _, inner := x.lookupWord(false, s.w[e+1].low); inner != nil {
				x.absorbVerb(s, e+1)
				if c.mode == "" {
					c.mode = requestMode(inner[0].typ, c.typ)
				}
			}
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
			if p.word == "by" {
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
	x.fill(c, s, subj, subjRole, "subject"+howNote(how))
	if obj == nil && !f.passive && sn.obj == target && s.endsClause(k) {
		if g := s.gapObject(subj); g != nil {
			x.fill(c, s, g, target, "object (before the subject)")
		}
	}
	if obj != nil {
		x.fill(c, s, obj, sn.obj, "object")
	}
	end := k
	if obj != nil {
		end = s.np[obj[len(obj)-1]].end - 1
	}
	byFound := false
	for _, p := range s.preps(end, 14) {
		r := prepRole(*sn, p.word)
		if f.passive && p.word == "by" {
			r = source
			byFound = true
		}
		x.prepArg(c, s, p, r)
		end = s.np[p.group[len(p.group)-1]].end - 1
	}
	if f.passive && !byFound && s.parsed() {
		x.fill(c, s, s.depAgent(k), source, `"by" phrase (parse)`)
	}
	s.absorbTo(c, end)
	c.gov = k
	x.modality(c, s, f, k)
	x.cands = append(x.cands, c)
}

// absorbVerb marks a later verb trigger as part of the request or offer
// that frames it, by dropping any event built for it.
func (x *extractor) absorbVerb(s *sentence, k int) {
	s.absorbed = append(s.absorbed, k)
}

// nounTrigger reports whether word h is an event noun.
func nounTrigger(s *sentence, h int) bool {
	_, ns := s.x.lookupWord(true, s.w[h].low)
	return ns != nil
}

// lightRole returns the role of a light verb's subject, noRole when b is
// not a light verb.
func lightRole(b string) role {
	for _, f := range forms(b) {
		if r, ok := lightVerbs[f]; ok {
			return r
		}
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
		if e != nil && (e.Type == chronicle.Location && !x.stateLike(e) || x.g != nil && e.Type == chronicle.Organization && isSeat(x.g, e.Name)) {
			if c.place == nil {
				c.place = x.placeOf(e)
				c.why = append(c.why, "place from "+strconv.Quote(e.Name))
			}
			continue
		}
		c.add(modRole, m)
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
			ids, ana := s.actors([]int{q})
			for _, id := range ids {
				c.add(modRole, id)
				participants++
				explicit = true
			}
			c.anaphor = c.anaphor || ana
		}
	}
	for _, q := range s.preps(k, 12) {
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
		if q.word == "during" || q.word == "at" {
			break
		}
	}
	last := k // the end of the noun's own phrases, before any verb
	for _, q := range s.preps(k, 12) {
		verb := false
		for i := last + 1; i < q.at; i++ {
			verb = verb || s.isVerb(i)
		}
		if verb {
			break
		}
		last = s.np[q.group[len(q.group)-1]].end - 1
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
		case "general", "hunger", "labour", "labor", "workers", "national", "nationwide":
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
	x.applyFuture(c, s, nil)
	if s.conditional(c.trig) {
		c.hypo = true
	}
}

func (x *extractor) newCand(s *sentence, k int, sn sense) *cand {
	c := &cand{s: s, typ: sn.typ, mode: sn.mode, context: sn.context, trig: k, mutual: sn.mutual,
		timex: -1, during: -1, quote: -1, conf: 0.6, gov: k}
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
	ids, ana := s.actors(g)
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
	}
	if r == noRole {
		return
	}
	x.fill(c, s, q.group, r, strconv.Quote(q.word)+" phrase")
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
		if ph.anaphor {
			c |= persons
		}
	}
	return c
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

// hasPrep reports whether the preposition w follows word k in its clause.
func (s *sentence) hasPrep(k int, w string) bool {
	for _, q := range s.preps(k, 10) {
		if q.word == w {
			return true
		}
	}
	return false
}

// absorbTo drops the event of a to-infinitive right after word end: the
// act requested, offered or threatened ("urged Moscow to agree", "pressure
// from Congress to help Iran") is the content of c, not an event.
func (s *sentence) absorbTo(c *cand, end int) {
	switch c.typ {
	case chronicle.Request, chronicle.Threaten, chronicle.Agree, chronicle.Reject:
	default:
		return
	}
	e := end + 1
	if e+1 < len(s.w) && s.w[e].low == "to" && strings.HasPrefix(s.w[e+1].tag, "VB") {
		if _, inner := s.x.lookupWord(false, s.w[e+1].low); inner != nil {
			s.absorbed = append(s.absorbed, e+1)
			if c.mode == "" {
				c.mode = requestMode(inner[0].typ, c.typ)
			}
		}
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
