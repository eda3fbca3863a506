package gazetteer

import "strings"

// Country returns the country called name: a short or official name or a
// common alias ("US", "U.S.", "USA", "United States", "America", "Britain",
// "Ukraine", "Burma"). A leading "the " is ignored. "Georgia" is the
// country; the US state is found by Subdivision.
func (g *Gazetteer) Country(name string) (Country, bool) {
	name = trimThe(strings.TrimSpace(name))
	if i, ok := g.countryNames.find(name); ok {
		return g.countries[i], true
	}
	return Country{}, false
}

// CountryByCode returns the country with ISO 3166-1 alpha-2 or alpha-3 code
// code, in either case. Kosovo is XK/XKX.
func (g *Gazetteer) CountryByCode(code string) (Country, bool) {
	i, ok := g.countryCodes[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Country{}, false
	}
	return g.countries[i], true
}

// Countries returns every country, ordered by alpha-3 code.
func (g *Gazetteer) Countries() []Country {
	out := make([]Country, len(g.countries))
	copy(out, g.countries)
	return out
}

// Demonym returns the country whose people or adjective word names:
// "Ukrainian" → Ukraine, "British" → United Kingdom. A plural in "s" is
// accepted ("Americans"). Words for regions ("European") are not countries:
// see Region.
func (g *Gazetteer) Demonym(word string) (Country, bool) {
	if i, ok := g.demonym(strings.TrimSpace(word)); ok {
		return g.countries[i], true
	}
	return Country{}, false
}

func (g *Gazetteer) demonym(w string) (int32, bool) {
	if i, ok := lookup(g.demonyms, w); ok {
		return i, true
	}
	if n := len(w); n > 3 && w[n-1] == 's' {
		return lookup(g.demonyms, w[:n-1])
	}
	return 0, false
}

// Region returns the region or bloc that word names, as a place ("Middle
// East", "EU") or as a demonym ("European", "Arab").
func (g *Gazetteer) Region(word string) (Region, bool) {
	word = strings.TrimSpace(word)
	if r, ok := lookup(g.regions, word); ok {
		return r, true
	}
	word = trimThe(word)
	if r, ok := lookup(g.regions, word); ok {
		return r, true
	}
	if r, ok := g.regions["\x00"+stripDots(word)]; ok {
		return r, true
	}
	if n := len(word); n > 3 && word[n-1] == 's' {
		r, ok := g.regions["\x00"+stripDots(word[:n-1])]
		return r, ok
	}
	return Region{}, false
}

// SeatOfPower returns the country whose government a building or place
// stands for: "White House", "Kremlin", "Downing Street", "Élysée".
func (g *Gazetteer) SeatOfPower(name string) (Country, bool) {
	if i, ok := g.seats.find(trimThe(strings.TrimSpace(name))); ok {
		return g.countries[i], true
	}
	return Country{}, false
}

// Capital returns the country whose government a capital's name stands
// for, as in "Moscow said…": "Kyiv" and "Kiev" → Ukraine, "Washington" →
// United States. Only capitals that news uses this way are listed.
func (g *Gazetteer) Capital(name string) (Country, bool) {
	if i, ok := g.capitals.find(strings.TrimSpace(name)); ok {
		return g.countries[i], true
	}
	return Country{}, false
}

func trimThe(s string) string {
	for _, p := range []string{"the ", "The ", "THE "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest
		}
	}
	return s
}
