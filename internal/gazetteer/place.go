package gazetteer

import (
	"strings"

	"chronicle"
)

// A Candidate is one place a name may stand for.
type Candidate struct {
	Place chronicle.Place
	// Point is false when the data gives the place no point of its own: a
	// subdivision whose largest city is unknown. Place.Lat and Place.Lon
	// are then zero and only Place.Country is known.
	Point bool
	Kind  Kinds // CountryWord, CityWord or SubdivisionWord
}

// FamousCity is the population from which a city's name means that city
// rather than a subdivision of the same name elsewhere ("New York",
// "Valencia"), and rather than a namesake in a country an article names.
const FamousCity = 1_000_000

// largeCity is the population from which a city of a far larger country
// comes before a subdivision of the same name ("Hanover").
const largeCity = 100_000

// namesakeWeight is how many times more city population a country must
// have for its subdivision to replace a namesake the data lists first:
// "Maryland" is the US state, not the Liberian county.
const namesakeWeight = 10

// Place geocodes name as the first of Candidates, when that one has a
// point: "Georgia" is the country, "Paris" is Paris, France, "Washington"
// the US capital, "Crimea" is in Ukraine, "Maryland" and "Florida" the US
// states, "Ontario" the Canadian province. A name whose likeliest reading
// has no point ("Alberta", "Helmand") is not placed rather than put at its
// country's capital.
func (g *Gazetteer) Place(name string) (chronicle.Place, bool) {
	cs := g.Candidates(name)
	if len(cs) == 0 || !cs[0].Point {
		return chronicle.Place{}, false
	}
	return cs[0].Place, true
}

// Candidates returns the places name may stand for, the likeliest first:
//
//   - a country ("Georgia" before the US state);
//   - a famous city (a capital, or a million people or more) before a
//     subdivision of the same name ("New York", "Jerusalem"), a city of
//     100,000 people in a country with ten times the city population
//     before a subdivision ("Hanover" in Germany, not Jamaica), and a city
//     before the subdivision named after it ("Kandahar");
//   - otherwise a subdivision before a town ("Ontario" the province, not the
//     Californian town; "Florida" the state, not the Cuban town);
//   - among subdivisions of one name, the one of a country with ten times
//     the city population first ("Maryland", "Montana": the US states).
//
// A bare compass word or landform ("North", "West", "Gulf", "Coast") is no
// place by itself, and a name of two or three capitals ("AU", "IT", "UN")
// is only a country's code or alias ("US", "UK", "UAE"), a famous city or
// a capital of 100,000 people ("DC").
// A subdivision the data gives no point takes that of the city of its name
// in its country when there is one ("Kabul" province), else it has none.
func (g *Gazetteer) Candidates(name string) []Candidate {
	name = strings.TrimSpace(name)
	if genericPlaceWords[strings.ToLower(trimThe(name))] {
		return nil
	}
	var out []Candidate
	if c, ok := g.Country(name); ok {
		out = append(out, Candidate{chronicle.Place{Name: c.Name, Country: c.Alpha3, Lat: c.Lat, Lon: c.Lon}, true, CountryWord})
	}
	city, cityOK := g.City(name)
	if isAcronym(name) {
		if cityOK && (city.Population >= FamousCity || (city.Capital && city.Population >= largeCity)) {
			out = append(out, g.cityCandidate(city))
		}
		return out
	}
	subs := g.namesakes(name)
	if cityOK && (len(subs) == 0 || g.cityFirst(city, subs[0])) {
		out = append(out, g.cityCandidate(city))
		cityOK = false
	}
	for _, i := range subs {
		out = append(out, g.subCandidate(g.subs[i]))
	}
	if cityOK {
		out = append(out, g.cityCandidate(city))
	}
	return out
}

// genericPlaceWords name a direction or a kind of land; some countries
// name subdivisions so ("North" in Cameroon, "Gulf" in Papua New Guinea),
// but in news the bare word is a direction or a part of a longer name.
var genericPlaceWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "centre": true, "center": true, "middle": true, "upper": true, "lower": true,
	"gulf": true, "coast": true, "coastal": true, "littoral": true, "plateau": true, "lakes": true,
	"islands": true, "capital": true, "highlands": true, "interior": true, "valley": true,
}

// isAcronym reports whether name is two or three capital letters, dots
// aside: "AU", "U.N.", "IT".
func isAcronym(name string) bool {
	s := stripDots(name)
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// cityFirst reports whether the city should be read before the
// subdivision sub of the same name.
func (g *Gazetteer) cityFirst(c City, sub int32) bool {
	s := g.subs[sub]
	if c.Capital || c.Population >= FamousCity || g.isCapitalCity(c) {
		return true
	}
	idx := g.places()
	if c.Population >= largeCity && idx.weight[c.Country] >= namesakeWeight*idx.weight[s.Country] {
		return true // Hannover, not the Jamaican parish
	}
	return c.Country == s.Country && (!s.Point || (c.Lat == s.Lat && c.Lon == s.Lon))
}

// isCapitalCity reports whether c is the capital its country's entry names
// (the curated capitals: Jerusalem).
func (g *Gazetteer) isCapitalCity(c City) bool {
	co, ok := g.CountryByCode(c.Country)
	return ok && co.Capital == c.Name
}

func (g *Gazetteer) cityCandidate(c City) Candidate {
	return Candidate{chronicle.Place{Name: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon}, true, CityWord}
}

// subCandidate is s's candidate, with the point of the city of its name in
// its country when the data gives s none.
func (g *Gazetteer) subCandidate(s Subdivision) Candidate {
	p := chronicle.Place{Name: s.Name, Country: s.Country}
	if s.Point {
		p.Lat, p.Lon = s.Lat, s.Lon
		return Candidate{p, true, SubdivisionWord}
	}
	if c, ok := g.City(s.Name); ok && c.Country == s.Country {
		p.Lat, p.Lon = c.Lat, c.Lon
		return Candidate{p, true, SubdivisionWord}
	}
	return Candidate{p, false, SubdivisionWord}
}

// namesakes returns the subdivisions called name, the likeliest first:
// the one Subdivision gives, unless another of the same name lies in a
// country with namesakeWeight times its city population. A region the
// curated tables add (no ISO code) is never replaced.
func (g *Gazetteer) namesakes(name string) []int32 {
	first, ok := g.subNames.find(trimThe(name))
	if !ok {
		return nil
	}
	idx := g.places()
	same := idx.subsByName[stripDots(g.subs[first].Name)]
	if len(same) < 2 || g.subs[first].Code == "" {
		return []int32{first}
	}
	out := make([]int32, 0, len(same))
	out = append(out, first)
	for _, i := range same {
		if i != first {
			out = append(out, i)
		}
	}
	best := 0
	for k := 1; k < len(out); k++ {
		if idx.weight[g.subs[out[k]].Country] >= namesakeWeight*idx.weight[g.subs[out[best]].Country] {
			best = k
		}
	}
	out[0], out[best] = out[best], out[0]
	return out
}

// A placeIndex holds what ranking places needs beyond the loaded names:
// the subdivisions sharing a name and each country's city population. It
// is built on first use.
type placeIndex struct {
	subsByName map[string][]int32 // subdivision name → every subdivision of that name
	weight     map[string]int64   // alpha-3 → population of its listed cities
}

// indexPlaces builds the placeIndex of g; New makes g.places call it once.
func (g *Gazetteer) indexPlaces() *placeIndex {
	idx := &placeIndex{subsByName: map[string][]int32{}, weight: map[string]int64{}}
	for i, s := range g.subs {
		k := stripDots(s.Name)
		idx.subsByName[k] = append(idx.subsByName[k], int32(i))
	}
	for _, c := range g.cities {
		idx.weight[c.Country] += int64(c.Population)
	}
	return idx
}
