package resolve

import (
	"strings"

	"chronicle"
)

// givenGenders gives people a gender from their given name when no
// honorific, title or pronoun has: "Olena Kovalenko" is a woman,
// "Friedrich Merz" a man (gazetteer.GivenNameGender; a name borne by both,
// "Jordan", "Jean", gives none). Only the first word of a name in two
// words or more counts, so a surname that is also a given name ("Harris")
// says nothing.
func (r *resolver) givenGenders() {
	for _, ent := range r.ents {
		if ent.typ != chronicle.Person || ent.gender != 0 || ent.fullWords < 2 {
			continue
		}
		first, _, _ := strings.Cut(ent.full, " ")
		if g, ok := r.g.GivenNameGender(first); ok {
			ent.gender = byte(g)
		}
	}
}
