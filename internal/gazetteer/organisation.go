package gazetteer

import (
	"io/fs"
	"strings"
	"sync"
)

// An Organisation is an international body that news names in several
// ways: "UN", "U.N." and "United Nations" are one.
type Organisation struct {
	Code string // "UN", "NATO", "WHO"…
	Name string // the name to show: "United Nations"
}

// Organisation returns the international organisation that name stands
// for, from the embedded curated table organisations.tsv: an acronym
// ("UN", "U.N.", "NATO") or a full name ("United Nations"). A leading
// "the " is ignored; case matters as for places, so "who" is not the WHO.
// The table is read on first use, whatever files g was loaded from.
func (g *Gazetteer) Organisation(name string) (Organisation, bool) {
	orgs := organisations()
	name = trimThe(strings.TrimSpace(name))
	if o, ok := lookup(orgs, name); ok {
		return o, true
	}
	if allCaps(name) {
		o, ok := orgs[titleCase(stripDots(name), true)]
		return o, ok
	}
	return Organisation{}, false
}

// organisations returns the embedded table of organisations by name,
// dots removed. It panics if the table is broken, which the package's
// tests rule out.
var organisations = sync.OnceValue(func() map[string]Organisation {
	orgs, err := loadOrganisations(embedded, "curated/organisations.tsv")
	if err != nil {
		panic(err)
	}
	return orgs
})

// RegionPlace is Region for the names of regions and blocs alone ("EU",
// "Middle East"), not for their demonyms ("European").
func (g *Gazetteer) RegionPlace(name string) (Region, bool) {
	name = trimThe(strings.TrimSpace(name))
	r, ok := lookup(g.regions, name)
	return r, ok
}

// loadOrganisations reads a table of organisations: name, code, name to
// show.
func loadOrganisations(fsys fs.FS, file string) (map[string]Organisation, error) {
	t, err := openTable(fsys, file)
	if err != nil {
		return nil, err
	}
	orgs := map[string]Organisation{}
	for {
		ok, err := t.next(3, 3)
		if !ok || err != nil {
			return orgs, err
		}
		name, err := t.key(0, "name")
		if err != nil {
			return nil, err
		}
		code, err := t.text(1, "code")
		if err != nil {
			return nil, err
		}
		canonical, err := t.text(2, "canonical")
		if err != nil {
			return nil, err
		}
		orgs[stripDots(name)] = Organisation{Code: code, Name: canonical}
	}
}
