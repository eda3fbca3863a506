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
