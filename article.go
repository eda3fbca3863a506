package chronicle

import (
	"crypto/sha256"
	"encoding/hex"
)

// An ArticleID identifies an article by its text: the first 16 hex digits of
// the SHA-256 of the normalized text. Reading the same text twice gives the
// same ID, which makes storing it again a no-op.
type ArticleID string

// IDOf returns the ArticleID of a normalized text.
func IDOf(text string) ArticleID {
	sum := sha256.Sum256([]byte(text))
	return ArticleID(hex.EncodeToString(sum[:8]))
}

// An Article is one news item as read: metadata plus its plain text.
type Article struct {
	ID     ArticleID `json:"id"`
	Date   Day       `json:"date"`   // publication date; zero when unknown
	Title  string    `json:"title"`  // the headline, or the first line
	Source string    `json:"source"` // publisher, when known
	URL    string    `json:"url"`
	Text   string    `json:"text"` // NFC-normalized, "\n" line ends; every Span indexes into it
}
