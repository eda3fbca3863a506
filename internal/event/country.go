package event

import (
	"strings"

	"chronicle"
)

// "The country" or "the nation" stands for the country the article has
// named most often before it, the one named last among equals: in "Iraq
// was a one-party state … the American-led invasion of the country", the
// country is Iraq. The country named last is often another one acting on
// it ("the U.S. invasion of the country", "Syria is withdrawing its forces
// from the country"), so the count decides first, and a country named in
// the same sentence other than after a preposition ("the United States
// invaded the nation") is no candidate: it acts there. The phrase becomes a
// nominal mention of that entity once its event is kept (as a state
// mention, state.go).

// theCountry returns the country entity a phrase "the country" or "the
// nation" refers to, "" when the phrase is another or the article names
// no country before it.
func (x *extractor) theCountry(s *sentence, ph phrase) chronicle.EntityID {
	if ph.head != ph.start+1 || s.w[ph.start].low != "the" {
		return ""
	}
	if h := s.w[ph.head].low; h != "country" && h != "nation" || ph.end < len(s.w) && s.w[ph.end].low == "of" {
		return "" // "the country of Iraq" names it
	}
	at := x.d.Tokens[s.w[ph.start].tok].Start
	var found chronicle.EntityID
	most, last := 0, -1
	for i := range x.d.Entities {
		e := &x.d.Entities[i]
		if e.Type != chronicle.Location || e.Country == "" {
			continue
		}
		n, latest, acts := 0, -1, false
		for _, m := range e.Mentions {
			if m.Kind == chronicle.NameMention && m.Start < at {
				n++
				latest = max(latest, m.Start)
				acts = acts || s.actsBefore(m.Start, m.End, ph.start)
			}
		}
		if n == 0 || acts || n < most || n == most && latest < last || !x.isCountry(e) {
			continue
		}
		found, most, last = e.ID, n, latest
	}
	if found != "" {
		sp := chronicle.Span{Start: at, End: x.d.Tokens[s.w[ph.head].tok].End}
		x.pending = append(x.pending, stateMention{found, chronicle.Mention{Text: x.d.Text(sp), Kind: chronicle.NominalMention, Span: sp}})
	}
	return found
}

// actsBefore reports whether a name spanning text offsets [off, end) is in
// sentence s before word before and acts there: the subject of the verb
// after it ("the United States invaded", "Pakistan condemned") or a
// modifier of the phrase it is in ("the U.S. invasion", "U.S. led
// force"); a place or an object ("visited Romania", "in Nepal", "Baghdad,
// Iraq") does not act, nor a name opening the sentence before another
// word than a verb (a dateline: "Iraq Several car bombs …").
func (s *sentence) actsBefore(off, end, before int) bool {
	for i := range before {
		if s.x.d.Tokens[s.w[i].tok].Start != off {
			continue
		}
		j := i
		for j < before && s.x.d.Tokens[s.w[j].tok].End <= end {
			j++
		}
		if i > 0 {
			p := s.w[i-1]
			if p.tag == "IN" || p.tag == "TO" || p.low == "," || strings.HasPrefix(p.tag, "VB") {
				return false
			}
		}
		subject := j < before && s.finite(j)
		return subject || i > 0 && s.w[i].np >= 0 && s.np[s.w[i].np].head >= j
	}
	return false
}

// isCountry reports whether a location entity is a country by its name
// (not a capital or a city: "Baghdad" is no country).
func (x *extractor) isCountry(e *chronicle.Entity) bool {
	if x.g == nil {
		return true
	}
	c, ok := x.g.Country(e.Name)
	return ok && c.Alpha3 == e.Country
}
