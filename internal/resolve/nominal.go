package resolve

import (
	"strings"

	"chronicle"
)

// nominals links descriptions such as "the Ukrainian president" or
// "Russia's foreign minister" to the person named earlier who holds that
// role for that country. Without a country, the role must single one
// person out, and no other capitalised word may qualify it ("the
// Conservative candidate"). A description directly before a name is that
// name's title, read by describe, and is not a mention of its own.
func (r *resolver) nominals() {
	for r0 := range r.words {
		if r.roleAt[r0] == 0 || r.used[r0] {
			continue
		}
		r1 := int(r.roleAt[r0])
		end, last := r1, r.last[r0]
		country := ""
		if r1 < last {
			w := r.words[r1]
			switch {
			case strings.EqualFold(w, "of"):
				c, e := r.countryAfterOf(r1+1, last)
				if c == "" {
					continue
				}
				country, end = c, e
			case r.nameStart[r1] >= 0 || (capitalised(w) && !isPunct(w)):
				continue
			case strings.HasPrefix(r.toks[r1].Tag, "NN"):
				continue
			}
		}
		d, ok := r.parseBack(r1, r.first[r0])
		if !ok || !d.hasRole || (d.det != "the" && !d.possessive) || d.country == "" && !d.possessive && r.capitalisedBetween(d.start+1, d.roleStart) {
			continue
		}
		if country == "" {
			country = d.country
		}
		if country == "" && d.possessor >= 0 {
			country = r.ents[d.possessor].country
		}
		e := r.holder(d.role.title, country, r.toks[d.start].Start)
		if e < 0 {
			continue
		}
		sp := r.span(d.start, end)
		r.ents[e].mentions = append(r.ents[e].mentions, chronicle.Mention{Text: r.text[sp.Start:sp.End], Kind: chronicle.NominalMention, Span: sp})
		r.markUsed(d.start, end)
	}
}

// capitalisedBetween reports whether a capitalised word stands in tokens
// [i, j): in "the Conservative candidate" a party, which a description
// without a country cannot check against the roles it knows.
func (r *resolver) capitalisedBetween(i, j int) bool {
	for ; i < j; i++ {
		if capitalised(r.words[i]) {
			return true
		}
	}
	return false
}

// countryAfterOf reads [the] + a country or a place starting at token i,
// within the sentence ending at last, as after "the president of". It
// returns the country and the token after the place, or "" when there is
// none.
func (r *resolver) countryAfterOf(i, last int) (country string, end int) {
	if i < last && strings.EqualFold(r.words[i], "the") {
		i++
	}
	if i >= last {
		return "", 0
	}
	if ni := r.nameStart[i]; ni >= 0 && r.names[ni].typ == chronicle.Location {
		nm := &r.names[ni]
		return r.nameCountry(nm), nm.t1
	}
	n, _ := r.g.Match(r.words, i)
	if n > 0 && i+n <= last {
		if c, ok := r.g.Country(r.text[r.toks[i].Start:r.toks[i+n-1].End]); ok {
			return c.Alpha3, i + n
		}
	}
	return "", 0
}

// holder returns the person mentioned before byte offset pos who holds
// role title for country (any country when ""), the one mentioned last
// when several do and a country was given; -1 when none does. Without a
// country, several holders are told apart only when exactly one of them
// is mentioned in the description's sentence or the one before ("the
// minister" after a sentence naming one minister); otherwise -1.
func (r *resolver) holder(title, country string, pos int) int {
	near := r.toks[r.tokenAt(pos)].Sentence - 1
	best, bestPos, n, nearBy := -1, -1, 0, 0
	for e, ent := range r.ents {
		if ent.typ != chronicle.Person || (country != "" && ent.country != country) || !ent.holds(title) {
			continue
		}
		latest := -1
		for _, m := range ent.mentions {
			if m.Start < pos && m.Start > latest {
				latest = m.Start
			}
		}
		if latest < 0 {
			continue
		}
		n++
		if r.toks[r.tokenAt(latest)].Sentence >= near {
			nearBy++
		}
		if latest > bestPos {
			best, bestPos = e, latest
		}
	}
	if n > 1 && country == "" && (nearBy != 1 || r.toks[r.tokenAt(bestPos)].Sentence < near) {
		return -1
	}
	return best
}

// holds reports whether the entity holds role title; "leader" is held by
// whoever leads a state or government, and a title in one word by whoever
// holds a title it ends: "the minister" is the foreign minister.
func (e *entity) holds(title string) bool {
	for _, ro := range e.roles {
		if ro.title == title || (title == "leader" && leaders[ro.title]) || strings.HasSuffix(ro.title, " "+title) && !strings.Contains(title, " ") {
			return true
		}
	}
	return false
}

// leaders are the titles of those who lead a state or government.
var leaders = map[string]bool{
	"leader": true, "president": true, "prime minister": true, "premier": true, "chancellor": true,
	"head of state": true, "head of government": true, "king": true, "queen": true, "emir": true,
	"sultan": true, "monarch": true, "supreme leader": true, "dictator": true, "emperor": true,
}

// orgNominals links "the ministry", "the commission", "the party" to the
// organisation named before in several words whose name ends in that
// word, the one mentioned last when several do: "the European Commission
// … the commission". The word must stand alone, not before a noun, a name
// or "of".
func (r *resolver) orgNominals() {
	for i := 1; i+1 < len(r.words); i++ {
		w := r.words[i]
		if !orgHeads[w] || r.inName[i] || r.used[i] || !strings.EqualFold(r.words[i-1], "the") || r.first[i] == i {
			continue
		}
		if i+1 < r.last[i] {
			nx := r.words[i+1]
			if strings.EqualFold(nx, "of") || r.nameStart[i+1] >= 0 || strings.HasPrefix(r.toks[i+1].Tag, "NN") || capitalised(nx) {
				continue
			}
		}
		pos := r.toks[i].Start
		best, bestPos := -1, -1
		for e, ent := range r.ents {
			if ent.typ != chronicle.Organization || ent.merged {
				continue
			}
			for _, j := range ent.names {
				m := &r.names[j]
				if m.Start < pos && m.Start > bestPos && m.parts > 1 && strings.HasSuffix(m.key, " "+w) {
					best, bestPos = e, m.Start
				}
			}
		}
		if best < 0 {
			continue
		}
		sp := r.span(i-1, i+1)
		r.ents[best].mentions = append(r.ents[best].mentions, chronicle.Mention{Text: r.text[sp.Start:sp.End], Kind: chronicle.NominalMention, Span: sp})
		r.markUsed(i-1, i+1)
	}
}

// orgHeads are the lower-case words that stand for an organisation named
// before in full.
var orgHeads = map[string]bool{
	"ministry": true, "commission": true, "party": true, "council": true, "committee": true, "agency": true,
	"parliament": true, "assembly": true, "senate": true, "congress": true, "court": true, "tribunal": true,
	"bank": true, "union": true, "alliance": true, "coalition": true, "federation": true, "authority": true,
	"bureau": true, "board": true, "company": true, "corporation": true, "organisation": true, "organization": true,
}
