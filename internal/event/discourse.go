package event

import (
	"fmt"
	"strings"

	"chronicle"
)

// anaphora gives events with a plural anaphor ("their meeting", "the two
// leaders met") the participants it refers to: inside reported speech the
// speakers; elsewhere the participants of the nearest event with at least
// two named participants, an earlier one first.
func (x *extractor) anaphora() {
	for i, c := range x.cands {
		if !c.anaphor {
			continue
		}
		if c.quote >= 0 {
			// "we" are the speakers; "they" are when several speak
			// ("Obama and Putin said they will …"); "both governments"
			// refers back like any other anaphor
			ids := x.speakers(c.quote)
			if !c.firstPerson && !(len(ids) > 1 && x.pronounAnaphor(c)) {
				ids = nil
			}
			if len(ids) > 0 {
				for _, id := range ids {
					c.add(c.anaphorRole(), id)
				}
				c.why = append(c.why, "“we”/“they” of reported speech are its speakers")
				x.speakerActs(c)
				continue
			}
		}
		r := c.anaphorRole()
		oneSide := !c.mutual && x.pronounAnaphor(c)
		ref := x.antecedent(i, oneSide)
		if ref == nil {
			continue
		}
		ids := append(append([]chronicle.EntityID{}, ref.src...), ref.tgt...)
		if oneSide && !ref.mutual {
			ids = sameSide(ref, r)
		}
		for _, id := range ids {
			if (r == source || r == partner) && has(c.tgt, id) {
				continue // "They also urged Clinton": they are not Clinton
			}
			c.add(r, id)
		}
		c.why = append(c.why, fmt.Sprintf("“their”/“the two” refers to the participants of %q", ref.s.text(ref.trig)))
	}
	for _, c := range x.cands {
		if c.it >= 0 && c.quote >= 0 && len(c.src) == 0 {
			x.speakerIsIt(c)
		}
		if !c.anaphor && c.quote >= 0 {
			x.speakerActs(c)
		}
	}
}

// speakerIsIt gives an event whose actor is "it" in reported speech its
// speaker, when that is one state or organisation: "Israel announced it
// would free 150 prisoners", "the company said it will cut jobs". The
// "it" opens the reported words: one after another actor in them ("…
// freed by the junta after it declared …, the Associated Press reports")
// is that actor, not the speaker.
func (x *extractor) speakerIsIt(c *cand) {
	q := x.d.Quotes[c.quote]
	words := q.Span
	if q.Clause != nil {
		words = *q.Clause // a partial quote: the reported clause around it
	}
	if c.it < words.Start {
		return
	}
	if lead := strings.TrimSpace(x.d.Text(chronicle.Span{Start: words.Start, End: c.it})); lead != "" && lead != "that" {
		return
	}
	ids := x.speakers(c.quote)
	if len(ids) != 1 {
		return
	}
	if e := x.d.Entity(ids[0]); e == nil || e.Type == chronicle.Person {
		return
	}
	r := source
	if c.mutual {
		r = partner
	}
	c.add(r, ids[0])
	c.agent = true
	c.why = append(c.why, "“it” of reported speech is its speaker")
}

// anaphorRole is the role an anaphoric participant takes in c.
func (c *cand) anaphorRole() role {
	if c.anaRole != noRole {
		return c.anaRole
	}
	if c.mutual {
		return partner
	}
	return source
}

// antecedent returns the event nearest to x.cands[i] with two or more
// named participants, looking back first, then forward. Unnamed groups
// ("troops") do not count: "the two sides" are parties named before.
//
// With oneSide (a "they" or "their" that acts alone, not in a meeting)
// the two need to stand on one side: "they" is never an accuser and the
// accused together. An event between parties qualifies still, and so does
// one whose side in the anaphor's role holds several named participants
// or one plural name ("Democrats … asking her to …. They also urged
// Clinton").
func (x *extractor) antecedent(i int, oneSide bool) *cand {
	r := x.cands[i].anaphorRole()
	ok := func(c *cand) bool {
		if c.anaphor || x.named(c.src)+x.named(c.tgt) < 2 {
			return false
		}
		return !oneSide || c.mutual || x.plural(sameSide(c, r))
	}
	for j := i - 1; j >= 0; j-- {
		if ok(x.cands[j]) {
			return x.cands[j]
		}
	}
	for j := i + 1; j < len(x.cands); j++ {
		if ok(x.cands[j]) {
			return x.cands[j]
		}
	}
	return nil
}

// speakers returns the entities of quote qi's speaker phrase: "Obama and
// Putin said …" gives both.
func (x *extractor) speakers(qi int) []chronicle.EntityID {
	q := x.d.Quotes[qi]
	var ids []chronicle.EntityID
	x.noGroups = true // "officials said": a speaker is not made a group actor
	defer func() { x.noGroups = false }()
	if q.SpeakerSpan != nil {
		for _, s := range x.sentences {
			if !s.span.Contains(*q.SpeakerSpan) {
				continue
			}
			for p := range s.np {
				a := x.d.Tokens[s.w[s.np[p].start].tok].Start
				b := x.d.Tokens[s.w[s.np[p].end-1].tok].End
				if q.SpeakerSpan.Start <= a && b <= q.SpeakerSpan.End {
					got, _ := s.actors([]int{p})
					for _, id := range got {
						ids = appendID(ids, id)
					}
				}
			}
		}
	}
	if len(ids) == 0 && q.Speaker != "" {
		ids = append(ids, q.Speaker)
	}
	return ids
}

// speakerActs codes a hostile act that speakers say they will or may do
// as their threat.
func (x *extractor) speakerActs(c *cand) {
	if !hostile(c.typ) || !(c.future || c.hypo) {
		return
	}
	if c.typ == chronicle.Mobilize && len(c.tgt) == 0 {
		return // "announced that it will be sending 100 peacekeepers": against no one
	}
	for _, id := range x.speakers(c.quote) {
		if has(c.src, id) {
			c.why = append(c.why, "the speakers say they will or may do it: a threat (THREATEN)")
			c.mode = threatMode(c.typ)
			c.typ = chronicle.Threaten
			c.hypo = false
			return
		}
	}
}

// claims adds an ACCUSE for each act of force that a named speaker, put
// before the report, says another party committed: "the US said Iraq had
// attacked …" is the US accusing Iraq. The reported act stays, with less
// confidence, as the speaker's claim.
func (x *extractor) claims() {
	n := len(x.cands)
	for i := 0; i < n; i++ {
		c := x.cands[i]
		if c.quote < 0 || c.negated || c.hypo || c.future || !(c.typ == chronicle.Assault || c.typ == chronicle.Coerce) || !c.agent {
			continue // an accusation needs someone accused
		}
		q := x.d.Quotes[c.quote]
		if q.SpeakerSpan == nil || q.SpeakerSpan.End > q.Span.Start || q.CueSpan == nil {
			continue
		}
		speakers := x.speakers(c.quote)
		if len(speakers) == 0 {
			continue
		}
		if len(c.src) == 0 && c.anaphor && c.anaRole == source && c.s.pronounSubject(c.gov) {
			// "authorities announced that they arrested the soldier": the
			// speakers report their own act, no accusation
			for _, id := range speakers {
				c.add(source, id)
			}
			c.anaphor = false
			c.why = append(c.why, "the pronoun subject of the reported act is its speaker")
			continue
		}
		own := false
		for _, id := range speakers {
			if has(c.src, id) {
				own = true
			}
		}
		if own {
			continue
		}
		cue := -1
		for k, w := range c.s.w {
			if x.d.Tokens[w.tok].Span.Overlaps(*q.CueSpan) {
				cue = k
				break
			}
		}
		if cue < 0 {
			continue
		}
		a := &cand{s: c.s, typ: chronicle.Accuse, mode: "allege", trig: cue, timex: -1, during: -1,
			quote: -1, it: -1, conf: 0.6, src: []chronicle.EntityID{}, tgt: []chronicle.EntityID{}}
		for _, id := range speakers {
			a.add(source, id)
		}
		for _, id := range c.src {
			a.add(target, id)
		}
		a.gov = cue
		a.claimOf = c
		a.why = append(a.why, fmt.Sprintf("%q reports an act of force (%s) by another party: an accusation (ACCUSE allege)", c.s.text(cue), c.typ))
		c.claimed = true
		c.why = append(c.why, "reported as the speaker's claim")
		x.cands = append(x.cands, a)
	}
}

// pronounSubject reports whether the subject of the verb chain ending at
// word k is a plural personal pronoun: "they arrested".
func (s *sentence) pronounSubject(k int) bool {
	g, how := s.subject(s.chainStart(k))
	if len(g) != 1 || how != "" {
		return false
	}
	ph := s.np[g[0]]
	if ph.end-ph.start != 1 {
		return false
	}
	switch s.w[ph.start].low {
	case "they", "we":
		return true
	}
	return false
}

// pronounAnaphor reports whether the anaphor of c is a plural pronoun
// ("they", "their") rather than a description ("the two governments").
func (x *extractor) pronounAnaphor(c *cand) bool {
	for _, p := range c.s.np {
		if !p.anaphor {
			continue
		}
		for k := p.start; k < p.end; k++ {
			switch c.s.w[k].low {
			case "they", "them", "their", "we", "us", "our":
				return true
			}
		}
	}
	return false
}

// sameSide returns the participants of c in role r: its actors for an
// actor, its recipients for a recipient.
func sameSide(c *cand, r role) []chronicle.EntityID {
	if r == target || r == host {
		return c.tgt
	}
	return c.src
}

// plural reports whether ids name several parties: two named entities,
// or one whose name is a single plural word ("Democrats", "Republicans").
func (x *extractor) plural(ids []chronicle.EntityID) bool {
	if x.named(ids) >= 2 {
		return true
	}
	for _, id := range ids {
		e := x.d.Entity(id)
		if e == nil || x.isMade(id) || e.Type == chronicle.Person || e.Type == chronicle.Location {
			continue
		}
		if n := e.Name; strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !strings.Contains(n, " ") {
			return true
		}
	}
	return false
}

// named counts the ids that are not unnamed groups.
func (x *extractor) named(ids []chronicle.EntityID) int {
	n := 0
	for _, id := range ids {
		if !x.isMade(id) {
			n++
		}
	}
	return n
}
