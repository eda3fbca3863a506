package chronicle

// An EntityID identifies an entity within one Document: "E1", "E2", ….
type EntityID string

// An EntityType is the kind of thing an entity is, as in CoNLL-2003.
type EntityType string

// The entity types.
const (
	Person       EntityType = "PERSON"
	Organization EntityType = "ORG"
	Location     EntityType = "LOC" // countries, cities, regions, places and facilities
	Misc         EntityType = "MISC"
)

// EntityTypes lists the entity types in a fixed order.
var EntityTypes = []EntityType{Person, Organization, Location, Misc}

// A MentionKind says how a mention refers to its entity.
type MentionKind string

// The mention kinds.
const (
	NameMention    MentionKind = "name"    // "Donald Trump", "Trump"
	NominalMention MentionKind = "nominal" // "the US president"
	PronounMention MentionKind = "pronoun" // "he"
)

// A Mention is one place in the text where an entity is referred to.
type Mention struct {
	Text string      `json:"text"`
	Kind MentionKind `json:"kind"`
	Span
}

// An Entity is a person, organisation, place or other named thing, with all
// its mentions in one article.
type Entity struct {
	ID       EntityID   `json:"id"`
	Name     string     `json:"name"` // the fullest name the article uses
	Type     EntityType `json:"type"`
	Country  string     `json:"country"` // ISO 3166-1 alpha-3, "" when unknown
	Roles    []string   `json:"roles"`   // titles the article gives, e.g. "President"
	Mentions []Mention  `json:"mentions"`
	Place    *Place     `json:"place,omitempty"` // coordinates, for a geocoded location

	// Sector is the PLOVER sector of the entity as an event actor: GOV,
	// MIL, REB, LEG, JUD, COP, OPP, PTY, BUS, … from its roles or name; ""
	// when unknown or for countries and places, which PLOVER codes by
	// country alone.
	Sector string `json:"sector,omitempty"`
}

// Unnamed reports whether the article never names the entity: all its
// mentions are descriptions or pronouns, as for the unnamed groups an
// event names as actors ("Kenyan police", "protesters in Nairobi").
func (e *Entity) Unnamed() bool {
	for _, m := range e.Mentions {
		if m.Kind == NameMention {
			return false
		}
	}
	return len(e.Mentions) > 0
}

// A Name is a name the recognizer found in the text, with its type, before
// resolution groups names into entities. Score is the recognizer's
// confidence, 0..1.
type Name struct {
	Span
	Type  EntityType `json:"type"`
	Score float32    `json:"score"`
}
