package gazetteer

import "strings"

// City returns the most populous city called name, or the city a curated
// alias names ("Kiev" → Kyiv, "Washington" → Washington, D.C.). Names
// without their diacritics match too ("Sao Paulo", "Zurich").
func (g *Gazetteer) City(name string) (City, bool) {
	if i, ok := g.cityNames.find(strings.TrimSpace(name)); ok {
		return g.cities[i], true
	}
	return City{}, false
}

// Cities returns the number of cities loaded.
func (g *Gazetteer) Cities() int { return len(g.cities) }

// CityIn returns the most populous city called name that lies in the
// place called within: a country, or a subdivision by name or ISO 3166-2
// code. "Fort Lee" in "Virginia" is the army post, not the larger Fort
// Lee in New Jersey that City gives; "Atlanta" in "Georgia" tries the
// country first, then the US state. It reports false when no city of
// that name lies there.
func (g *Gazetteer) CityIn(name, within string) (City, bool) {
	first, ok := g.cityNames.find(strings.TrimSpace(name))
	if !ok {
		return City{}, false
	}
	same := g.namesakeCities()[stripDots(g.cities[first].Name)]
	if len(same) == 0 {
		same = []int32{first}
	}
	best := func(in func(City) bool) (City, bool) {
		for _, i := range same { // by falling population, towns last
			if c := g.cities[i]; in(c) {
				return c, true
			}
		}
		return City{}, false
	}
	if co, ok := g.Country(within); ok {
		if c, ok := best(func(c City) bool { return c.Country == co.Alpha3 }); ok {
			return c, true
		}
	}
	subs := g.namesakes(within)
	if s, ok := g.Subdivision(within); ok && len(subs) == 0 {
		if i, ok := g.subCodes[s.Code]; ok {
			subs = []int32{i}
		}
	}
	for _, si := range subs {
		s := g.subs[si]
		_, suffix, _ := strings.Cut(s.Code, "-")
		admin := g.pointAdmin(s)
		if c, ok := best(func(c City) bool {
			return c.Country == s.Country && c.Admin != "" && (c.Admin == suffix || c.Admin == admin)
		}); ok {
			return c, true
		}
	}
	return City{}, false
}

// pointAdmin returns the GeoNames admin code of the city at s's point,
// which lies in s, or of the city of s's name in its country when s has
// no point of its own ("Kabul" province); "" when there is neither. It
// stands for s's admin code where GeoNames' codes differ from ISO's.
func (g *Gazetteer) pointAdmin(s Subdivision) string {
	if !s.Point {
		if c, ok := g.City(s.Name); ok && c.Country == s.Country {
			return c.Admin
		}
		return ""
	}
	for _, c := range g.cities {
		if c.Lat == s.Lat && c.Lon == s.Lon && c.Country == s.Country {
			return c.Admin
		}
	}
	return ""
}

// indexNamesakeCities maps each city name shared by several cities to
// them all, in the order of g.cities; New makes g.namesakeCities call it
// once.
func (g *Gazetteer) indexNamesakeCities() map[string][]int32 {
	seen := make(map[string]int32, len(g.cities))
	out := map[string][]int32{}
	for i, c := range g.cities {
		k := stripDots(c.Name)
		j, ok := seen[k]
		if !ok {
			seen[k] = int32(i)
			continue
		}
		if len(out[k]) == 0 {
			out[k] = append(out[k], j)
		}
		out[k] = append(out[k], int32(i))
	}
	return out
}
