// Package feed follows news feeds (RSS, Atom and JSON Feed): it polls them
// on a schedule with conditional GETs, fetches the article page of every new
// entry politely through package fetch, reads it with ingest.ReadPage, and
// stores each new article once, analysed by the pipeline, however many feeds
// or link variants lead to it.
//
// What it remembers lives in the store (a Store): each feed's validators and
// history (chronicle.Feed) and each settled entry (chronicle.FeedEntry), so
// a new process on the same store neither refetches what it has nor loses
// what it had not finished.
package feed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"chronicle"
	"chronicle/internal/fetch"
)

// A Store is what following feeds needs of the store.
type Store interface {
	// Has reports whether an article with this ID is stored.
	Has(ctx context.Context, id chronicle.ArticleID) (bool, error)
	// SaveDocument stores an analysed article; stored is false when it
	// was there already.
	SaveDocument(ctx context.Context, d *chronicle.Document) (stored bool, err error)
	// Feed returns the state of the feed at url, or an error matching
	// chronicle.ErrNotFound when it was never fetched.
	Feed(ctx context.Context, url string) (*chronicle.Feed, error)
	// SaveFeed records the state of a feed, replacing what was there.
	SaveFeed(ctx context.Context, f *chronicle.Feed) error
	// SeenEntry reports whether the entry guid of feed was settled.
	SeenEntry(ctx context.Context, feed, guid string) (bool, error)
	// SeenURL reports whether any of the canonical urls led to an
	// article or a settled entry, and the article's ID ("" if none).
	SeenURL(ctx context.Context, urls []string) (chronicle.ArticleID, bool, error)
	// SaveEntry records a settled entry and its URLs.
	SaveEntry(ctx context.Context, e *chronicle.FeedEntry) error
}

// A Follower polls feeds and stores the articles of their new entries. Set
// Store, Client and Analyze; the other fields may be left zero.
type Follower struct {
	Store   Store
	Client  *fetch.Client
	Analyze func(*chronicle.Article) *chronicle.Document // the pipeline

	// Notify, when set, is called with each article stored (a
	// Broker's Publish, for example).
	Notify func(chronicle.ArticleRef)
	// Log receives one line per poll and per problem; nil logs nothing.
	Log *slog.Logger
	// Now returns the current time; time.Now when nil.
	Now func() time.Time
	// MaxEntries bounds the entries read from one poll of one feed, the
	// newest kept; 0 means 200.
	MaxEntries int
	// MinWords is the fewest words a page's text may have before the
	// entry's own content is preferred to it; 0 means 50.
	MinWords int
}

// A Result is what one poll of one feed did. Err is set when the feed
// itself could not be fetched or read; EntryErrors lists the entries whose
// page failed in a way worth trying again (they are, at the next poll).
type Result struct {
	Feed        string
	Title       string
	NotModified bool // the feed had not changed (304)
	Entries     int  // entries in the feed
	New         int  // entries not seen before
	Stored      int  // articles stored
	Duplicates  int  // new entries whose article was already stored
	Skipped     int  // new entries that gave no article (refused, empty)
	EntryErrors []error
	Err         error
	Took        time.Duration
}

// Failed reports whether the poll failed: the feed, or one of its entries.
func (r *Result) Failed() bool { return r.Err != nil || len(r.EntryErrors) > 0 }

func (f *Follower) now() time.Time {
	if f.Now != nil {
		return f.Now().UTC()
	}
	return time.Now().UTC()
}

func (f *Follower) log() *slog.Logger {
	if f.Log != nil {
		return f.Log
	}
	return slog.New(slog.DiscardHandler)
}

func (f *Follower) maxEntries() int {
	if f.MaxEntries > 0 {
		return f.MaxEntries
	}
	return 200
}

func (f *Follower) minWords() int {
	if f.MinWords > 0 {
		return f.MinWords
	}
	return 50
}

// state returns the stored state of the feed at url, or a new one.
func (f *Follower) state(ctx context.Context, url string) (*chronicle.Feed, error) {
	st, err := f.Store.Feed(ctx, url)
	if errors.Is(err, chronicle.ErrNotFound) {
		return &chronicle.Feed{URL: url}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", url, err)
	}
	return st, nil
}
