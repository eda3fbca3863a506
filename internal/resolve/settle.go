package resolve

import (
	"strings"

	"chronicle"
)

// settle decides each entity's type, country and place from its names and
// the evidence gathered.
func (r *resolver) settle() {
	r.named = r.namedCountries()
	for _, e := range r.ents {
		e.typ = e.majority()
		switch {
		case isCountry(r.g, e.full):
			e.typ = chronicle.Location
		case isSeat(r.g, e.full):
			e.typ = chronicle.Organization
		case e.typ != chronicle.Person && isDemonym(r.g, e.full):
			e.typ = chronicle.Misc
		case e.typ == chronicle.Organization && r.isCapital(e.full):
			e.typ = chronicle.Location
		}
		switch e.typ {
		case chronicle.Person:
			e.country = e.vote(nil)
		case chronicle.Location:
			r.locate(e)
		default:
			for _, i := range e.names {
				if c := r.nameCountry(&r.names[i]); c != "" {
					e.country = c
					break
				}
			}
		}
	}
	// A possessor lends its country once its own is known: "Zelenskyy's
	// chief of staff" acts for Ukraine. Two rounds reach a possessor's
	// possessor.
	for range 2 {
		for _, e := range r.ents {
			if e.typ == chronicle.Person {
				e.country = e.vote(r.ents)
			}
		}
	}
	for _, e := range r.ents {
		if e.typ != chronicle.Person || e.country != "" {
			continue
		}
		for _, ro := range e.roles {
			if c := roleCountries[ro.title]; c != "" {
				e.country = c
				break
			}
		}
	}
	r.deputies()
}

// deputies gives a deputy with no country of their own ("Vice President
// Annette Lu") the country of the office they deputise in, when every
// holder of that office the article names with a country ("President Chen
// Shui-bian", "former president Lee Teng-hui") holds it for the same
// one. With two presidents of different countries in the article ("Trump
// and Zelenskyy … Vice President J D Vance") the office's country is not
// clear and the deputy keeps none.
func (r *resolver) deputies() {
	for _, e := range r.ents {
		if e.typ != chronicle.Person || e.country != "" {
			continue
		}
		for _, ro := range e.roles {
			office := principals[strings.ReplaceAll(ro.title, "-", " ")]
			if office == "" {
				continue
			}
			c := ""
			for _, o := range r.ents {
				if o == e || o.typ != chronicle.Person || o.country == "" || !o.holdsExactly(office) {
					continue
				}
				if c != "" && c != o.country {
					c = "-"
					break
				}
				c = o.country
			}
			if c != "" && c != "-" {
				e.country = c
				break
			}
		}
	}
}

// principals are the offices a deputy's title deputises in.
var principals = map[string]string{
	"vice president": "president", "deputy president": "president",
	"deputy prime minister": "prime minister", "vice premier": "premier", "deputy premier": "premier",
}

// holdsExactly reports whether the entity holds the role title itself.
func (e *entity) holdsExactly(title string) bool {
	for _, ro := range e.roles {
		if ro.title == title {
			return true
		}
	}
	return false
}

// roleCountries are the roles that by themselves say whom their holder
// acts for.
var roleCountries = map[string]string{"pope": "VAT"}

func (r *resolver) isCapital(s string) bool {
	_, ok := r.g.Capital(s)
	return ok
}

// place geocodes s as the gazetteer's Place does, except that a part of a
// country that the gazetteer also lists as a name of the country
// ("Northern Ireland") is the part, not the whole.
func (r *resolver) place(s string) (chronicle.Place, bool) {
	p, ok := r.g.Place(s)
	if !ok {
		return p, false
	}
	if sub, ok := r.g.Subdivision(s); ok && sub.Country == p.Country && !strings.EqualFold(sub.Name, p.Name) {
		if c, ok := r.g.Country(s); ok && c.Name != s {
			return chronicle.Place{Name: sub.Name, Country: sub.Country, Lat: sub.Lat, Lon: sub.Lon}, true
		}
	}
	return p, true
}

// namedCountries returns the countries the article names by a country's
// name or a demonym, a capital, or a region of the country ("Northern
// Ireland", "Texas").
func (r *resolver) namedCountries() map[string]bool {
	out := map[string]bool{}
	for i := range r.names {
		text := r.text[r.names[i].Start:r.names[i].End]
		if c, ok := r.g.Country(text); ok {
			out[c.Alpha3] = true
		} else if c, ok := r.g.Demonym(text); ok {
			out[c.Alpha3] = true
		} else if c, ok := r.g.Capital(text); ok {
			out[c.Alpha3] = true
		} else if sub, ok := r.g.Subdivision(text); ok {
			out[sub.Country] = true
		}
	}
	return out
}

// bigCity is the population above which a city's name is taken to mean
// that city even in an article about other countries.
const bigCity = 1_000_000

// foreignTown reports whether the city the gazetteer gives for s lies in
// a country the article never names while it names others, and is neither
// a capital nor a big city: "Gallipoli" (a town in Italy) in an article
// about Turkey, "East London" (South Africa) in one about Britain. Such a
// name more likely means a place of the same name the gazetteer does not
// hold, so it is better left without a country than given a wrong one.
func (r *resolver) foreignTown(s string, p chronicle.Place) bool {
	if len(r.named) == 0 || r.named[p.Country] {
		return false
	}
	if _, ok := r.g.Country(s); ok {
		return false
	}
	c, ok := r.g.City(s)
	if !ok || c.Country != p.Country || c.Capital || c.Population >= bigCity {
		return false
	}
	return true
}

// locate geocodes a place by its fullest name, else by any of its names.
// A region of a country the article names comes before a town of the same
// name elsewhere ("Andalucía" in an article about Spain); a small town in
// a country the article does not name is not geocoded (see foreignTown).
func (r *resolver) locate(e *entity) {
	try := func(s string) bool {
		p, ok := r.place(s)
		if !ok {
			return false
		}
		if r.foreignTown(s, p) {
			sub, ok := r.g.Subdivision(s)
			if !ok || !r.named[sub.Country] {
				return true // known, but not placed
			}
			p = chronicle.Place{Name: sub.Name, Country: sub.Country, Lat: sub.Lat, Lon: sub.Lon}
		}
		p.Name = e.full
		e.place, e.country = &p, p.Country
		return true
	}
	if try(e.full) {
		return
	}
	for _, i := range e.names {
		n := r.names[i]
		if try(r.text[n.Start:n.End]) {
			return
		}
	}
}

// majority returns the type most of the entity's names have, the first
// name's type on a tie.
func (e *entity) majority() chronicle.EntityType {
	best, n := e.first, e.votes[e.first]
	for _, t := range chronicle.EntityTypes {
		if e.votes[t] > n {
			best, n = t, e.votes[t]
		}
	}
	return best
}

// vote returns the country most of the evidence names, the earliest on a
// tie. With ents set, a possessor's evidence counts for the possessor's
// country.
func (e *entity) vote(ents []*entity) string {
	var codes []string
	var counts []int
	for _, ev := range e.evidence {
		c := ev.country
		if ev.possessor >= 0 && ents != nil {
			c = ents[ev.possessor].country
		}
		if c == "" {
			continue
		}
		found := false
		for i := range codes {
			if codes[i] == c {
				counts[i]++
				found = true
			}
		}
		if !found {
			codes, counts = append(codes, c), append(counts, 1)
		}
	}
	best := -1
	for i := range codes {
		if best < 0 || counts[i] > counts[best] {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return codes[best]
}

// displayName is the name the record gives: the fullest name, after the
// title of someone known by a single name under it.
func (e *entity) displayName() string {
	if e.typ == chronicle.Person && e.fullWords == 1 && e.regnal != "" {
		return e.regnal + " " + e.full
	}
	return e.full
}

// generic roles describe rather than entitle; they are listed only when
// the article gives no other.
var generic = map[string]bool{"leader": true, "official": true, "head": true, "chief": true}

// roleList returns the entity's roles, each title once in the form the
// article first gives it.
func (e *entity) roleList() []string {
	out := []string{}
	seen := map[string]bool{}
	specific := false
	for _, ro := range e.roles {
		specific = specific || !generic[ro.title]
	}
	for _, ro := range e.roles {
		k := strings.ToLower(ro.text)
		if seen[k] || (specific && generic[ro.title]) {
			continue
		}
		seen[k] = true
		out = append(out, ro.text)
	}
	return out
}
