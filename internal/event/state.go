package event

import (
	"cmp"
	"slices"

	"chronicle"
)

// A government group stands for its state. "Russian officials", "the
// Kenyan government", "Israeli ministers" act for their country, as a
// capital does ("Moscow said"): when the article names that country as a
// place ("Russia"), such a GOV-sector group is that entity, with the
// phrase as a nominal mention of it, not an unnamed group of its own.
// Police, troops, rebels or protesters keep their group entity and sector
// (see docs/events.md, "Unnamed groups").

// A stateMention is a group phrase read as its country's entity, to be
// added to that entity once the event it fills is kept.
type stateMention struct {
	id chronicle.EntityID
	m  chronicle.Mention
}

// stateOf returns the entity that names the country of ISO code country
// as a place ("Russia" for RUS), "" when the article names none.
func (x *extractor) stateOf(country string) chronicle.EntityID {
	if x.g == nil || country == "" {
		return ""
	}
	for i := range x.d.Entities {
		e := &x.d.Entities[i]
		if e.Type != chronicle.Location || e.Country != country {
			continue
		}
		if c, ok := x.g.Country(e.Name); ok && c.Alpha3 == country {
			return e.ID
		}
	}
	return ""
}

// isMade reports whether id is an unnamed group this Extract made.
func (x *extractor) isMade(id chronicle.EntityID) bool {
	return slices.Contains(x.groups, id)
}

// takeStateMentions moves the state mentions the last actors call read
// onto c.
func (x *extractor) takeStateMentions(c *cand) {
	c.stateMentions = append(c.stateMentions, x.pending...)
	x.pending = x.pending[:0]
}

// addStateMentions adds to their entities the state mentions of the kept
// events, once each, in text order.
func (x *extractor) addStateMentions(kept []*cand) {
	for _, c := range kept {
		for _, sm := range c.stateMentions {
			e := x.d.Entity(sm.id)
			if e == nil || slices.ContainsFunc(e.Mentions, func(o chronicle.Mention) bool { return o.Span == sm.m.Span }) {
				continue
			}
			e.Mentions = append(e.Mentions, sm.m)
			slices.SortFunc(e.Mentions, func(a, b chronicle.Mention) int { return cmp.Compare(a.Start, b.Start) })
		}
	}
}
