package gazetteer

import "chronicle"

// Place geocodes name as a country, else a city, else a subdivision, in
// that order: "Georgia" is the country, "Paris" is Paris, France,
// "Washington" is the US capital, "Crimea" is in Ukraine.
func (g *Gazetteer) Place(name string) (chronicle.Place, bool) {
	if c, ok := g.Country(name); ok {
		return chronicle.Place{Name: c.Name, Country: c.Alpha3, Lat: c.Lat, Lon: c.Lon}, true
	}
	if c, ok := g.City(name); ok {
		return chronicle.Place{Name: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon}, true
	}
	if s, ok := g.Subdivision(name); ok {
		return chronicle.Place{Name: s.Name, Country: s.Country, Lat: s.Lat, Lon: s.Lon}, true
	}
	return chronicle.Place{}, false
}
