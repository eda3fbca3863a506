package gazetteer

// GivenName reports whether word is a common given name ("Emmanuel",
// "Volodymyr"). The test is case-sensitive: names are capitalised.
func (g *Gazetteer) GivenName(word string) bool {
	_, ok := g.given[word]
	return ok
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
