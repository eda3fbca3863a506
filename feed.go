package chronicle

import "time"

// A Feed is one followed news feed (RSS, Atom or JSON Feed) and how fetching
// it has gone: when it was last fetched, when it last brought a new article,
// and the last error. Times are UTC; a zero time means never.
type Feed struct {
	URL   string `json:"url"`
	Title string `json:"title"` // the feed's own title, "" until first read

	// The validators of the last successful fetch, sent back as
	// If-None-Match and If-Modified-Since so an unchanged feed costs a 304.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"lastModified,omitempty"`

	LastFetch   time.Time `json:"lastFetch,omitzero"`   // the last attempt, whatever its outcome
	LastSuccess time.Time `json:"lastSuccess,omitzero"` // the last fetch that was read (200 or 304)
	LastNew     time.Time `json:"lastNew,omitzero"`     // the last fetch that stored a new article
	LastError   string    `json:"lastError,omitempty"`  // the error of the last attempt, "" when it succeeded
	ErrorAt     time.Time `json:"errorAt,omitzero"`     // when LastError happened

	Fetches  int `json:"fetches"`  // attempts
	Failures int `json:"failures"` // attempts that failed
	Failing  int `json:"failing"`  // failures in a row up to the last attempt; 0 after a success
	Entries  int `json:"entries"`  // distinct entries seen
	Stored   int `json:"stored"`   // articles stored from its entries
	Skipped  int `json:"skipped"`  // entries that gave no article: duplicates, pages refused or empty
}

// A FeedEntry is one entry of a feed as Chronicle settled it: the article it
// led to, or why it led to none. Entries are remembered so that a feed read
// again, or another feed carrying the same story, is not fetched twice.
type FeedEntry struct {
	Feed    string    `json:"feed"`              // the URL of the feed it came from
	GUID    string    `json:"guid"`              // its id in the feed, else its link
	URLs    []string  `json:"urls"`              // the canonical URLs that lead to its article
	Article ArticleID `json:"article,omitempty"` // "" when it gave no article
	Byline  string    `json:"byline,omitempty"`  // the authors the page names
	Outcome string    `json:"outcome"`           // one of the Entry… constants
	Seen    time.Time `json:"seen"`
}

// The outcomes of a FeedEntry.
const (
	EntryStored    = "stored"    // its article was analysed and stored
	EntryDuplicate = "duplicate" // its article was already stored, by URL or by text
	EntryRefused   = "refused"   // the page may not be fetched (robots.txt) or is gone, and the feed gave no text
	EntryEmpty     = "empty"     // neither the page nor the feed gave any text
)
