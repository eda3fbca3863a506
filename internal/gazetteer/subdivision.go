package gazetteer

import "strings"

// Subdivision returns the subdivision called name ("California", "Crimea",
// "Bavaria", "Donbas") or with ISO 3166-2 code name ("US-CA"). When
// several countries have a subdivision of that name, the curated tables
// decide, else the first top-level one by code.
func (g *Gazetteer) Subdivision(name string) (Subdivision, bool) {
	name = trimThe(strings.TrimSpace(name))
	if i, ok := g.subNames.find(name); ok {
		return g.subs[i], true
	}
	if i, ok := g.subCodes[strings.ToUpper(name)]; ok {
		return g.subs[i], true
	}
	return Subdivision{}, false
}

// Subdivisions returns the number of subdivisions loaded.
func (g *Gazetteer) Subdivisions() int { return len(g.subs) }
