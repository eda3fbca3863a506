// Package canon names entities across articles. Within one article the
// resolver gives each entity the fullest name the article uses; across
// articles "US", "U.S." and "the United States" are still three names of
// one country, and "Mr. Bush" and "Bush" two spellings of one name. Names
// gives each entity a key that is the same for all of them, and the name
// to show for it.
package canon

import (
	"strings"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// Version names the rules below; change it whenever a rule changes. A
// store keyed by other rules, or by another gazetteer (Names.Version adds
// its fingerprint), rebuilds its keys when it is opened with these.
const Version = "canon-1"

// Names gives entities their keys across articles from a gazetteer.
type Names struct {
	G *gazetteer.Gazetteer
}

// Default returns Names over the embedded gazetteer.
func Default() Names { return Names{G: gazetteer.Default()} }

// Version returns the version of the rules and of the gazetteer they
// read, for the store to notice a change of either.
func (n Names) Version() string {
	if n.G == nil {
		return Version
	}
	return Version + "+" + n.G.Fingerprint()
}

// Key returns the key of an entity that an article calls name, of type
// typ and country (ISO 3166-1 alpha-3, "" unknown), and the name to show
// for every entity with that key:
//
//   - a country by any name the gazetteer knows ("US", "U.S.", "USA",
//     "America", "the United States") is "#USA", shown as "United States",
//     unless the article gives the entity another country (then "Georgia"
//     is the US state, not the country) or the name is also one of that
//     country's subdivisions ("England", "Scotland": parts, not the whole);
//   - an international organisation of the curated table ("UN", "U.N.",
//     "United Nations") is "#UN", shown as "United Nations"; a bloc such
//     as "EU" or "European Union" likewise;
//   - a person is known by the words of the name, without dots and
//     without a courtesy title: "Mr. Bush" and "Bush" are "bush", "George
//     W Bush" and "George W. Bush" are "george w bush";
//   - anything else by its name, ignoring ASCII case and dots.
//
// Capitals and seats of power keep their own names: "Moscow" and "the
// Kremlin" are places, not Russia. Keys compare as the store compares
// names, so they are folded to lower case; the type is not part of them.
func (n Names) Key(name string, typ chronicle.EntityType, country string) (key, canonical string) {
	name = strings.TrimSpace(name)
	if typ != chronicle.Person && n.G != nil {
		if c, ok := n.G.Country(name); ok && (country == "" || country == c.Alpha3) && !n.partOf(name, c.Alpha3) {
			return "#" + c.Alpha3, c.Name
		}
		if o, ok := n.G.Organisation(name); ok {
			return "#" + o.Code, o.Name
		}
		if r, ok := n.G.RegionPlace(name); ok && r.Code == "EU" {
			return "#EU", r.Name
		}
	}
	words := strings.Fields(strings.ReplaceAll(name, ".", " "))
	if typ == chronicle.Person && len(words) > 1 && courtesy[strings.ToLower(words[0])] {
		words = words[1:]
		name = strings.TrimSpace(name[strings.Index(name, words[0]):])
	}
	return strings.ToLower(strings.Join(words, " ")), name
}

// partOf reports whether name is also a subdivision of the country alpha3,
// as "England" is of the United Kingdom.
func (n Names) partOf(name, alpha3 string) bool {
	s, ok := n.G.Subdivision(name) // which ignores a leading "the"
	return ok && s.Country == alpha3
}

// courtesy lists the courtesy titles a person's name may start with.
var courtesy = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "mister": true}
