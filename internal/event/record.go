package event

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"chronicle"
)

// placeOf geocodes a location entity: its own Place when resolution gave
// one, else the gazetteer's country, city or region of its name, else, for
// a seat of power ("the White House", "the Oval Office"), its country's
// capital. The place keeps the name the article uses. nil when the
// gazetteer does not know it.
func (x *extractor) placeOf(e *chronicle.Entity) *chronicle.Place {
	if e.Place != nil {
		p := *e.Place
		if e.Name != "" {
			p.Name = e.Name
		}
		return &p
	}
	if x.g == nil {
		return nil
	}
	names := []string{e.Name}
	for _, m := range e.Mentions {
		if m.Kind == chronicle.NameMention && m.Text != e.Name {
			names = append(names, m.Text)
		}
	}
	for _, n := range names {
		if p, ok := x.g.Place(n); ok {
			p.Name = e.Name
			return &p
		}
	}
	for _, n := range names {
		if c, ok := x.g.SeatOfPower(n); ok {
			return &chronicle.Place{Name: e.Name, Country: c.Alpha3, Lat: c.Lat, Lon: c.Lon}
		}
	}
	return nil
}

// dedup drops events absorbed into others, and, within a sentence, events
// of the same type with the same participants, date and place, keeping
// the surest.
func (x *extractor) dedup() []*cand {
	var out []*cand
	for _, c := range x.cands {
		if c.dropped || slices.Contains(c.s.absorbed, c.trig) {
			continue
		}
		c.conf = x.confidence(c)
		dup := false
		for i, o := range out {
			if o.s == c.s && o.typ == c.typ && len(c.src)+len(c.tgt) > 0 && sameIDs(o.src, c.src) && sameIDs(o.tgt, c.tgt) &&
				o.date == c.date && placeName(o.place) == placeName(c.place) && o.negated == c.negated {
				if c.conf > o.conf {
					out[i] = c
				}
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b *cand) int {
		return x.d.Tokens[a.s.w[a.trig].tok].Start - x.d.Tokens[b.s.w[b.trig].tok].Start
	})
	return out
}

func placeName(p *chronicle.Place) string {
	if p == nil {
		return ""
	}
	return p.Name
}

func sameIDs(a, b []chronicle.EntityID) bool {
	if len(a) != len(b) {
		return false
	}
	for _, id := range a {
		if !has(b, id) {
			return false
		}
	}
	return true
}

// confidence scores how sure the coding is, 0..1: a trigger with its
// actors found is surer than one without; a verb surer than a noun; a
// speaker's claim, a hypothetical and a weak noun less sure.
func (x *extractor) confidence(c *cand) float64 {
	v := c.conf
	if len(c.src) > 0 {
		v += 0.15
	}
	if len(c.tgt) > 0 || c.mutual && len(c.src) >= 2 {
		v += 0.1
	}
	if !c.noun {
		v += 0.05
	}
	if c.weak {
		v -= 0.1
	}
	if c.claimed {
		v *= 0.7
	}
	if c.hypo {
		v *= 0.8
	}
	if c.claimOf != nil {
		v += 0.1
	}
	switch c.how {
	case "relative", "participle", "purpose clause":
		v -= 0.1 // background to the sentence's main event
	}
	if c.quote >= 0 && !c.claimed {
		if q := x.d.Quotes[c.quote]; q.SpeakerSpan != nil && q.SpeakerSpan.End <= q.Span.Start {
			v *= 0.85 // put forward by a speaker
		}
	}
	return math.Round(math.Min(0.95, math.Max(0.05, v))*100) / 100
}

// event turns c into the record's Event with id "V<n>".
func (x *extractor) event(c *cand, n int) chronicle.Event {
	tok := x.d.Tokens[c.s.w[c.trig].tok]
	e := chronicle.Event{
		ID:           chronicle.EventID(fmt.Sprintf("V%d", n)),
		Type:         c.typ,
		Mode:         c.mode,
		Source:       append([]chronicle.EntityID{}, c.src...),
		Target:       []chronicle.EntityID{},
		Date:         c.date,
		Location:     c.place,
		Trigger:      chronicle.Trigger{Text: x.d.Text(tok.Span), Span: tok.Span},
		Sentence:     c.s.span,
		Negated:      c.negated,
		Hypothetical: c.hypo,
		Future:       c.future,
		Confidence:   c.conf,
		Why:          strings.Join(c.why, "; "),
	}
	for _, id := range c.tgt {
		if !has(e.Source, id) {
			e.Target = append(e.Target, id)
		}
	}
	if c.context != "" {
		e.Context = []string{c.context}
	}
	return e
}

// sectors fills Entity.Sector for the participants of events.
func (x *extractor) sectors(evs []chronicle.Event) {
	for _, ev := range evs {
		for _, id := range append(append([]chronicle.EntityID{}, ev.Source...), ev.Target...) {
			if e := x.d.Entity(id); e != nil && e.Sector == "" {
				e.Sector = Sector(e, x.g)
			}
		}
	}
}
