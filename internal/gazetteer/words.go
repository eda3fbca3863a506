package gazetteer

import "strings"

// GivenName reports whether word is a common given name ("Emmanuel",
// "Volodymyr"). The test is case-sensitive: names are capitalised.
func (g *Gazetteer) GivenName(word string) bool {
	_, ok := g.given[word]
	return ok
}

// A Gender is the gender a given name tells.
type Gender byte

// The genders a given name may tell.
const (
	Female Gender = 'f'
	Male   Gender = 'm'
)

// GivenNameGender returns the gender nearly all bearers of the given name
// have, without regard to case ("Olena" a woman, "Friedrich" a man), and
// false for a name borne by both ("Jordan", "Jean") or not known.
func (g *Gazetteer) GivenNameGender(name string) (Gender, bool) {
	gd, ok := g.genders[strings.ToLower(stripDots(name))]
	return gd, ok
}

// GivenNames returns the number of given names loaded.
func (g *Gazetteer) GivenNames() int { return len(g.given) }

// OrgWord reports whether word marks an organisation's name: a legal
// suffix ("Inc.", "Ltd", "GmbH") or an institution keyword ("Ministry",
// "Party", "University"). Dots are ignored; case is not.
func (g *Gazetteer) OrgWord(word string) bool {
	_, ok := lookup(g.org, word)
	return ok
}
