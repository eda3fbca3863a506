package chronicle

// Listings: what the store answers across many articles at once, for the
// API and the command line. Across articles an entity is known by its type
// and a key the store gives it, so that "US", "U.S." and "the United
// States" are one entity shown as "United States" (see docs/entities.md);
// entity and event IDs are only unique within one article.

// An ArticleRef names a stored article without its text: enough to list it
// and link to it.
type ArticleRef struct {
	ID     ArticleID `json:"id"`
	Date   Day       `json:"date"`
	Title  string    `json:"title"`
	Source string    `json:"source"`
}

// An EntityFilter selects entities across the stored articles. Zero fields
// select everything.
type EntityFilter struct {
	Name    string     // only entities whose name contains this, ignoring case
	Type    EntityType // only entities of this type
	Country string     // only entities of this country (ISO 3166-1 alpha-3)
	Limit   int        // at most this many; 0 means the store's default
	Cursor  string     // where a previous page ended; "" for the first page
}

// An EntitySummary is one entity as the stored articles know it.
type EntitySummary struct {
	Name     string     `json:"name"` // the name to show: "United States"
	Type     EntityType `json:"type"`
	Country  string     `json:"country"`  // the country most articles give, "" when none does
	Aliases  []string   `json:"aliases"`  // the names the articles give it, the most frequent first: "U.S.", "US"
	Roles    []string   `json:"roles"`    // titles the articles give, the most frequent first
	Articles int        `json:"articles"` // how many articles mention it
	Mentions int        `json:"mentions"` // how many times they do, all together
}

// An EntityProfile is what the store knows of one entity: its summary, the
// latest articles that mention it, what it said and the events it is in.
type EntityProfile struct {
	EntitySummary
	Recent []ArticleRef `json:"recent"` // the latest articles that mention it, newest first
	Quotes []QuoteHit   `json:"quotes"` // what it said, newest first
	Events []EventHit   `json:"events"` // events it takes part in, latest first
}

// A QuoteFilter selects quotes across the stored articles.
type QuoteFilter struct {
	Speaker string // only quotes whose speaker entity has this name or any of its names across articles, or whose speaker text contains it, ignoring case
	Limit   int
	Cursor  string
}

// A QuoteHit is one stored quote with the article it is from. Its spans
// index into that article's text.
type QuoteHit struct {
	Quote
	Article     ArticleRef `json:"article"`
	SpeakerName string     `json:"speakerName"` // the name of the speaker entity, "" when unresolved
}

// An EventFilter selects events across the stored articles. An event's day
// is its own date when the article gives one, else the article's date.
type EventFilter struct {
	Actor string // only events with an actor (source or target) of this name or any of its names across articles ("U.S." for the United States), ignoring case
	// ActorType, with Actor, keeps only the actors of that name of this
	// type: the events of Georgia the country, not of a person so named.
	ActorType EntityType
	Type      EventType // only events of this type
	Country   string    // only events located in, or with an actor of, this country (alpha-3)
	Place     string    // only events located at a place of this name, ignoring case
	From      Day       // only events on or after this day
	To        Day       // only events on or before this day
	Limit     int
	Cursor    string
}

// An Actor is one side of a stored event, resolved to its entity.
type Actor struct {
	ID      EntityID   `json:"id"`
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Country string     `json:"country"`
	Role    string     `json:"role"` // "source" or "target"
}

// An EventHit is one stored event with its article and its actors named.
type EventHit struct {
	Event
	Article ArticleRef `json:"article"`
	Actors  []Actor    `json:"actors"` // the sources then the targets, in order
}

// A PlaceCount is a place and how many of the events an EventFilter
// selects are located there.
type PlaceCount struct {
	Place
	Events int `json:"events"`
}

// A TimelineFilter selects what a timeline counts: the articles a full-text
// query or an entity selects, and the events in them or of that entity.
type TimelineFilter struct {
	Text   string // full-text query, as in Query.Text
	Entity string // an entity name, ignoring case
	From   Day
	To     Day
}

// A TimelineDay counts, for one day, the articles published and the events
// that happened.
type TimelineDay struct {
	Day      Day `json:"day"`
	Articles int `json:"articles"`
	Events   int `json:"events"`
}

// A GraphFilter selects the part of the actor graph to return.
type GraphFilter struct {
	Entity string // the entity at the centre; "" for the most mentioned entities
	Limit  int    // at most this many nodes; 0 means the store's default
}

// The kinds of GraphEdge.
const (
	EventEdge     = "event"      // the two took part in the same events
	CoMentionEdge = "co-mention" // the two are mentioned in the same articles
)

// A Graph shows who deals with whom: entities, and edges between those
// that share events or articles.
type Graph struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
}

// A GraphNode is one entity of a Graph. ID is its type and lower-case name,
// "PERSON:donald trump".
type GraphNode struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Country  string     `json:"country"`
	Articles int        `json:"articles"`
}

// A GraphEdge links two GraphNodes by ID. Event edges have the event type
// and count the events; co-mention edges have no type and count articles.
type GraphEdge struct {
	Source string    `json:"source"`
	Target string    `json:"target"`
	Kind   string    `json:"kind"` // EventEdge or CoMentionEdge
	Type   EventType `json:"type,omitempty"`
	Count  int       `json:"count"`
}

// A FacetCount is one value of a facet and how many articles have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// A TypeFacet lists the entities of one type most often found in a set of
// articles.
type TypeFacet struct {
	Type     EntityType   `json:"type"`
	Articles int          `json:"articles"` // articles with at least one entity of this type
	Entities []FacetCount `json:"entities"` // the most frequent, by articles
}

// Facets summarize the articles a Query selects (its Limit and Cursor
// aside): how many per month, the most frequent entities of each type, and
// the countries of their entities.
type Facets struct {
	Total     int          `json:"total"`
	Months    []FacetCount `json:"months"` // "YYYY-MM", oldest first
	Types     []TypeFacet  `json:"types"`  // in the order of EntityTypes
	Countries []FacetCount `json:"countries"`
}
