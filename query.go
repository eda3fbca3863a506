package chronicle

// A Query selects stored articles; the command line and the API share it.
type Query struct {
	Text    string // full-text query: words, "phrases", prefixes such as Ahmadinej*
	Entity  string // only articles that mention an entity of this name
	Country string // only articles that mention an entity of this country (ISO 3166-1 alpha-3)
	From    Day    // only articles published on or after this day
	To      Day    // only articles published on or before this day
	Limit   int    // at most this many hits; 0 means the store's default
	Cursor  string // where a previous page ended; "" for the first page
}

// A Hit is one article a search found.
type Hit struct {
	Article Article `json:"article"`
	Snippet string  `json:"snippet"` // text around the match, matches marked with « and »
	Score   float64 `json:"score"`   // bm25: lower is a better match
}

// Stats counts what a store holds.
type Stats struct {
	Articles  int `json:"articles"`
	Sentences int `json:"sentences"`
	Entities  int `json:"entities"`
	Mentions  int `json:"mentions"`
	Times     int `json:"times"`
	Quotes    int `json:"quotes"`
	Events    int `json:"events"`
}
