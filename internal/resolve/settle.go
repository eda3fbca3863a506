package resolve

import (
	"strings"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// settle decides each entity's type, country and place from its names and
// the evidence gathered.
func (r *resolver) settle() {
	r.named = r.namedCountries()
	r.pinnedAt = r.pins()
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
		case e.typ == chronicle.Organization && e.votes[chronicle.Location] == e.votes[chronicle.Organization] && r.isPlace(e.full) && !r.g.GivenName(e.full):
			e.typ = chronicle.Location // a tie between a place the gazetteer knows and ORG: "Crewe"
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
			// A title of one country's alone: "Taoiseach", "Pope".
			if g, ok := r.g.Role(ro.title); ok && g.Country != "" {
				e.country = g.Country
				break
			}
		}
	}
	r.deputies()
	r.homeCountry()
}

// publicSectors are the sectors of titles held in a country's state:
// government, legislature, judiciary.
var publicSectors = map[string]bool{"GOV": true, "LEG": true, "JUD": true}

// notHome are titles of those sectors that say nothing of the country
// served: a diplomat serves abroad, a spokesman, adviser, lawyer or
// official may serve a body of any country, and "leader" or
// "commissioner" may lead anything.
var notHome = map[string]bool{
	"ambassador": true, "envoy": true, "special envoy": true, "special representative": true,
	"consul": true, "consul general": true, "diplomat": true, "attaché": true, "attache": true,
	"chargé d'affaires": true, "charge d'affaires": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true,
	"adviser": true, "advisor": true, "senior adviser": true,
	"attorney": true, "lawyer": true, "defense attorney": true, "defence lawyer": true, "juror": true,
	"official": true, "commissioner": true, "high commissioner": true, "leader": true, "aide": true,
}

// homeCountry gives the people who hold a public office and have no
// country the one country the article names, when it names one only (by
// its name, a demonym or an organisation of the country, twice or more)
// and gives no one another: in an
// article on Ugandan courts that names no other country, "President
// Yoweri Museveni" acts for Uganda. A visiting minister is most often
// named with his own country, which then keeps the rule from firing.
func (r *resolver) homeCountry() {
	home, n := "", 0
	for i := range r.names {
		nm := &r.names[i]
		text := r.text[nm.Start:nm.End]
		code := ""
		if c, ok := r.g.Country(text); ok {
			code = c.Alpha3
		} else if c, ok := r.g.Demonym(text); ok {
			code = c.Alpha3
		} else if e := r.ents[nm.ent]; e.typ == chronicle.Organization {
			code = e.country // "Philippine National Police"
		}
		if code == "" {
			continue
		}
		if home != "" && code != home {
			return
		}
		home = code
		n++
	}
	if n < 2 {
		return
	}
	for _, e := range r.ents {
		if e.typ == chronicle.Person && e.country != "" && e.country != home {
			return
		}
	}
	for _, e := range r.ents {
		if e.typ != chronicle.Person || e.country != "" {
			continue
		}
		for _, ro := range e.roles {
			if publicSectors[ro.sector] && !notHome[ro.title] {
				e.country = home
				break
			}
		}
	}
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
			if c := r.coordinatedHolder(e, office); c != "" {
				e.country = c // "Trump and Vice President J D Vance"
				break
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

// coordinatedHolder returns the country of the holder of office whose name
// is joined by "and" to a name of the deputy e, the deputy's title
// between them: "Trump and Vice President J D Vance", "Vice President
// José Alencar and President Lula" (the holder with or without a title).
// It returns "" when there is none.
func (r *resolver) coordinatedHolder(e *entity, office string) string {
	holder := func(ni int32) string {
		if ni < 0 {
			return ""
		}
		o := r.ents[r.names[ni].ent]
		if o == e || o.typ != chronicle.Person || !o.holdsExactly(office) {
			return ""
		}
		return o.country
	}
	for _, i := range e.names {
		n := &r.names[i]
		if n.sub {
			continue
		}
		lo, end := r.first[n.t0], r.last[n.t0]
		k := n.t0
		for k > lo && r.used[k-1] {
			k-- // the deputy's title
		}
		if k < n.t0 && k-1 > lo && r.words[k-1] == "and" {
			if c := holder(r.nameEnd[k-1]); c != "" {
				return c
			}
		}
		if k < n.t0 && n.t1+1 < end && r.words[n.t1] == "and" {
			j := n.t1 + 1
			for j < end && r.used[j] {
				j++
			}
			if j < end {
				if c := holder(r.nameStart[j]); c != "" {
					return c
				}
			}
		}
	}
	return ""
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

func (r *resolver) isCapital(s string) bool {
	_, ok := r.g.Capital(s)
	return ok
}

// place returns the likeliest reading of s as a place (see candidates),
// with or without a point: its name and country identify it.
func (r *resolver) place(s string) (chronicle.Place, bool) {
	cs := r.candidates(s)
	if len(cs) == 0 {
		return chronicle.Place{}, false
	}
	return cs[0].Place, true
}

// candidates returns the gazetteer's readings of s as a place, the
// likeliest first, except that a part of a country that the gazetteer also
// lists as a name of the country ("Northern Ireland") is the part, not the
// whole.
func (r *resolver) candidates(s string) []gazetteer.Candidate {
	cs := r.g.Candidates(s)
	if len(cs) < 2 || cs[0].Kind != gazetteer.CountryWord || cs[0].Place.Name == s {
		return cs
	}
	for k, c := range cs[1:] {
		if c.Kind == gazetteer.SubdivisionWord && c.Place.Country == cs[0].Place.Country && !strings.EqualFold(c.Place.Name, cs[0].Place.Name) {
			cs[0], cs[k+1] = cs[k+1], cs[0]
			break
		}
	}
	return cs
}

// namedCountries counts, for each country, the names of the article that
// name it: a country's name or a demonym, a capital, or a place whose
// likeliest reading is a region ("Northern Ireland", "Texas", "Florida") or
// a city that is also a region of its country ("Gaza"). It keeps each
// name's country in the name, for besides.
func (r *resolver) namedCountries() map[string]int {
	out := map[string]int{}
	for i := range r.names {
		n := &r.names[i]
		n.country = n.in
		if n.country == "" {
			n.country = r.namesCountry(r.text[n.Start:n.End])
		}
		if n.country != "" {
			out[n.country]++
		}
	}
	return out
}

// namesCountry returns the country text names for namedCountries, or "".
func (r *resolver) namesCountry(text string) string {
	if c, ok := r.g.Country(text); ok {
		return c.Alpha3
	}
	if c, ok := r.g.Demonym(text); ok {
		return c.Alpha3
	}
	if c, ok := r.g.Capital(text); ok {
		return c.Alpha3
	}
	cs := r.candidates(text)
	if len(cs) > 0 && (cs[0].Kind == gazetteer.SubdivisionWord || regionToo(cs)) {
		return cs[0].Place.Country
	}
	return ""
}

// regionToo reports whether the first of cs, a city, shares its name with
// a region of its own country ("Gaza", "Guantánamo", "Manchester").
func regionToo(cs []gazetteer.Candidate) bool {
	for _, c := range cs[1:] {
		if c.Kind == gazetteer.SubdivisionWord && c.Place.Country == cs[0].Place.Country {
			return true
		}
	}
	return false
}

// besides returns the countries the article names by names other than
// the entity's own, so that a place does not vouch for itself.
func (r *resolver) besides(e *entity) map[string]bool {
	out := make(map[string]bool, len(r.named))
	own := map[string]int{}
	for _, i := range e.names {
		if c := r.names[i].country; c != "" {
			own[c]++
		}
	}
	for c, n := range r.named {
		if n > own[c] {
			out[c] = true
		}
	}
	return out
}

// foreignTown reports whether c is a town in a country the article never
// names (but by this place's own names) while it names others: not a
// capital, not a big city, not named in English ("Geneva"), not a city
// that is also a region of its country ("Gaza"). "Gallipoli" (a town in
// Italy) in an article about Turkey, "East London" (South Africa) in one
// about Britain: such a name more likely means a place of the same name the
// gazetteer does not hold, so it is better left without a country than
// given a wrong one.
func (r *resolver) foreignTown(named map[string]bool, s string, cs []gazetteer.Candidate, c gazetteer.Candidate) bool {
	if c.Kind != gazetteer.CityWord || regionToo(cs) || named[c.Place.Country] || len(named) == 0 {
		return false
	}
	city, ok := r.g.City(s)
	if !ok || city.Country != c.Place.Country || r.landmark(s) {
		return false
	}
	return sameSpelling(strings.TrimSpace(s), city.Name)
}

// sameSpelling reports whether name is the city's own name, with or
// without its diacritics ("Rafah" for "Rafaḩ"). A name that is not ("Geneva"
// for "Genève") is an English name for the city, which only famous places
// have, and such a place is not taken for a namesake abroad.
func sameSpelling(name, own string) bool {
	a, b := []rune(name), []rune(own)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && (b[i] < 0x80 || a[i] >= 0x80) {
			return false
		}
	}
	return true
}

// choose picks the reading of s the article most likely means: the
// gazetteer's first, unless the article does not name its country (named:
// by names other than the entity's own; see besides) while a later
// reading lies in a country it names ("Granada" in an article about
// Nicaragua, "Andalucía" in one about Spain, "Montana" in one about
// Bulgaria). A country, a capital and a big city are never replaced, and a
// town never replaces a region: "Ontario" in an article that names only
// the United States is still the province, not the Californian town.
func (r *resolver) choose(named map[string]bool, s string, cs []gazetteer.Candidate) gazetteer.Candidate {
	first := cs[0]
	if named[first.Place.Country] || first.Kind == gazetteer.CountryWord || (first.Kind == gazetteer.CityWord && r.landmark(s)) {
		return first
	}
	for _, c := range cs[1:] {
		if (c.Kind != gazetteer.CityWord || first.Kind == gazetteer.CityWord) && named[c.Place.Country] {
			return c
		}
	}
	return first
}

// landmark reports whether the city called s is known well enough abroad
// to be meant whatever else the article names: a capital (also one that
// stands for its government, "Jerusalem") or a city of a million people
// or more (gazetteer.FamousCity).
func (r *resolver) landmark(s string) bool {
	if _, ok := r.g.Capital(s); ok {
		return true
	}
	c, ok := r.g.City(s)
	return ok && (c.Capital || c.Population >= gazetteer.FamousCity)
}

// locate geocodes a place by the reading its state or country fixes (see
// pins), else by its fullest name, else by any of its names,
// choosing among the readings by the countries the article names (see
// choose). A small town in a country the article does not name is not
// geocoded (see foreignTown); a region with no point of its own in the
// gazetteer ("Alberta", "Helmand") gets its country and no coordinates.
func (r *resolver) locate(e *entity) {
	if r.pinned(e) {
		return
	}
	named := r.besides(e)
	try := func(s string) bool {
		cs := r.candidates(s)
		if len(cs) == 0 {
			return false
		}
		c := r.choose(named, s, cs)
		if r.foreignTown(named, s, cs, c) {
			return true // known, but not placed
		}
		e.country = c.Place.Country
		if c.Point {
			p := c.Place
			p.Name = e.full
			e.place = &p
		}
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
