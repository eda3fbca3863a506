package event

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"chronicle"
)

// settleEmpty decides what becomes of the events that name no participant
// at all, neither actor nor recipient, once anaphors are resolved.
//
// The PLOVER manual (7.5, "Required entities") codes no event without an
// explicit, named actor. Most such triggers in news are a later mention
// of an event already coded: "Vidal told reporters after the meeting",
// "Moreira described the talks as frank" after "the ministers met". A
// coder reading the whole article knows who met, so an event noun that is
// not indefinite takes the participants of the nearest earlier event of
// the same type that has any, in the same roles, with that event's date
// (unless its own clause dates it) and place (unless it has one); why
// names the event it repeats. An event whose actor the text states
// without naming an entity ("thousands of students protested in
// Belgrade", "gunmen attacked") stays as it is: the actor is explicit, if
// unnamed. Every other event without participants — a verb whose subject
// is nobody ("associations criticised the deal"), an indefinite noun ("a
// meeting"), a noun with nothing to refer to — is not coded.
func (x *extractor) settleEmpty() {
	inText := slices.Clone(x.cands)
	slices.SortStableFunc(inText, func(a, b *cand) int { return cmp.Compare(x.at(a), x.at(b)) })
	for _, c := range inText {
		if c.dropped || len(c.src)+len(c.tgt) > 0 || c.agent {
			continue
		}
		if ref := x.repeated(c); ref != nil {
			if ref.refers != nil {
				ref = ref.refers // the first mention, not another repeat
			}
			for _, id := range ref.src {
				c.add(source, id)
			}
			for _, id := range ref.tgt {
				c.add(target, id)
			}
			c.mutual = c.mutual || ref.mutual
			c.refers = ref
			if c.timex < 0 && ref.date != "" {
				c.date = ref.date
				c.why = dropDateWhy(c.why)
			}
			if c.place == nil && ref.place != nil {
				c.place = ref.place
			}
			continue
		}
		c.dropped = true
	}
}

// repeated returns the event that the event noun of c mentions again: the
// nearest event before it in the text, at most repeatSpan sentences back,
// with the same type, the same negation and tense, and some participant.
// Only a definite noun with nothing else in its phrase refers back ("the
// meeting", "these talks", "the recent talks"); "the Thursday protests",
// "such protests", "peace talks" and "a meeting" name events of their
// own or none. nil when c has nothing to refer to.
func (x *extractor) repeated(c *cand) *cand {
	if !c.noun || c.claimOf != nil || !x.definite(c) {
		return nil
	}
	at := x.at(c)
	var best *cand
	bestAt := -1
	for _, o := range x.cands {
		if o == c || o.dropped || o.typ != c.typ || o.negated != c.negated || o.future != c.future || len(o.src)+len(o.tgt) == 0 {
			continue
		}
		if slices.Contains(o.s.absorbed, o.trig) {
			continue
		}
		if c.mutual && !twoSides(o) {
			continue // "a break in the fighting": fighting has two sides
		}
		if o.s.idx < c.s.idx-repeatSpan || c.timex >= 0 && o.date != c.date && x.datedByText(o) {
			continue // too far back, or dated otherwise
		}
		if c.place != nil && o.place != nil && c.place.Name != o.place.Name {
			continue // "the attack in Basra" after a bombing in Baghdad: another attack
		}
		p := x.at(o)
		if p < at && p > bestAt {
			best, bestAt = o, p
		}
	}
	return best
}

// twoSides reports whether c names two sides: an actor and a recipient,
// or several participants of a mutual event.
func twoSides(c *cand) bool {
	return len(c.src) > 0 && len(c.tgt) > 0 || c.mutual && len(c.src) > 1
}

// datedByText reports whether the date of c comes from the text, not
// from the article's date given to events the text does not date: "Abu
// Rahman was beaten … The shooting, which took place on July 7" may be
// the same event, as nothing dated the beating otherwise.
func (x *extractor) datedByText(c *cand) bool {
	return c.timex >= 0 || c.date != x.articleDate()
}

// repeatSpan is how many sentences back a repeated mention may refer.
const repeatSpan = 6

// definite reports whether the event noun of c is a definite description
// and nothing more: a determiner, at most a word of time ("recent",
// "last"), then the noun.
func (x *extractor) definite(c *cand) bool {
	s := c.s
	p := s.w[c.trig].np
	if p < 0 || s.np[p].start >= c.trig {
		return false
	}
	switch s.w[s.np[p].start].low {
	case "the", "this", "that", "these", "those":
	default:
		return false
	}
	for j := s.np[p].start + 1; j < c.trig; j++ {
		switch s.w[j].low {
		case "recent", "latest", "last", "same", "earlier", "previous", "day's", "week's":
		default:
			return false
		}
	}
	if k := s.np[p].end; k < len(s.w) {
		switch s.w[k].low {
		case "of", "between", "with", "against", "by", "on", "over", "among", "from", "to":
			return false // "the release of 800 prisoners": said anew
		}
	}
	return true
}

// dropDateWhy removes the note that an event took the article's date, once
// it takes the date of the event it repeats.
func dropDateWhy(why []string) []string {
	out := why[:0]
	for _, w := range why {
		if w != "date of the article" {
			out = append(out, w)
		}
	}
	return out
}

// refersWhy says in why which event a repeated mention repeats, by the id
// that event got in the record.
func refersWhy(c *cand, ids map[*cand]chronicle.EventID) string {
	ref := c.refers
	id, ok := ids[ref]
	if !ok {
		return fmt.Sprintf("a later mention of %q: its participants", ref.s.text(ref.trig))
	}
	return fmt.Sprintf("a later mention of %s (%s): its participants", id, strconv.Quote(ref.s.text(ref.trig)))
}

// at is the byte offset of c's trigger.
func (x *extractor) at(c *cand) int {
	return x.d.Tokens[c.s.w[c.trig].tok].Start
}
