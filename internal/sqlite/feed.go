package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"chronicle"
)

// feedColumns are the columns of feeds in the order scanFeed reads them.
const feedColumns = `url, title, etag, last_modified, last_fetch, last_success, last_new, last_error, error_at,
	fetches, failures, failing, entries, stored, skipped`

// Feed returns the state of the followed feed at url. A feed never fetched
// is ErrNotFound.
func (db *DB) Feed(ctx context.Context, url string) (*chronicle.Feed, error) {
	row := db.read.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url)
	f, err := scanFeed(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("feed %s: %w", url, chronicle.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", url, err)
	}
	return f, nil
}

// Feeds returns the state of every feed ever fetched, by URL.
func (db *DB) Feeds(ctx context.Context) ([]chronicle.Feed, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY url`)
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	defer rows.Close()
	list := []chronicle.Feed{}
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("feeds: %w", err)
		}
		list = append(list, *f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	return list, nil
}

func scanFeed(row interface{ Scan(...any) error }) (*chronicle.Feed, error) {
	var f chronicle.Feed
	var fetch, success, newest, errAt string
	if err := row.Scan(&f.URL, &f.Title, &f.ETag, &f.LastModified, &fetch, &success, &newest, &f.LastError, &errAt,
		&f.Fetches, &f.Failures, &f.Failing, &f.Entries, &f.Stored, &f.Skipped); err != nil {
		return nil, err
	}
	for _, t := range []struct {
		s   string
		dst *time.Time
	}{{fetch, &f.LastFetch}, {success, &f.LastSuccess}, {newest, &f.LastNew}, {errAt, &f.ErrorAt}} {
		if t.s == "" {
			continue
		}
		v, err := time.Parse(timeLayout, t.s)
		if err != nil {
			return nil, fmt.Errorf("feed %s: bad time %q: %w", f.URL, t.s, err)
		}
		*t.dst = v
	}
	return &f, nil
}

// formatTime writes t for a feed column: the empty string for the zero time.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// SaveFeed records the state of a feed, replacing what was stored. A feed
// without a URL is ErrInvalid.
func (db *DB) SaveFeed(ctx context.Context, f *chronicle.Feed) error {
	if f == nil || f.URL == "" {
		return fmt.Errorf("save feed: no URL: %w", chronicle.ErrInvalid)
	}
	_, err := db.write.ExecContext(ctx, `INSERT OR REPLACE INTO feeds (`+feedColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		f.URL, f.Title, f.ETag, f.LastModified, formatTime(f.LastFetch), formatTime(f.LastSuccess),
		formatTime(f.LastNew), f.LastError, formatTime(f.ErrorAt),
		f.Fetches, f.Failures, f.Failing, f.Entries, f.Stored, f.Skipped)
	if err != nil {
		return fmt.Errorf("save feed %s: %w", f.URL, err)
	}
	return nil
}

// SeenEntry reports whether the entry guid of the feed at url was settled.
func (db *DB) SeenEntry(ctx context.Context, feed, guid string) (bool, error) {
	var n int
	err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM feed_entries WHERE feed = ? AND guid = ?`, feed, guid).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("feed %s entry %q: %w", feed, guid, err)
	}
	return n > 0, nil
}

// SeenURL reports whether any of urls (canonical URLs) was recorded by
// SaveEntry, and the article it led to: the first of them that led to one,
// else "" when they only led to entries that gave none.
func (db *DB) SeenURL(ctx context.Context, urls []string) (chronicle.ArticleID, bool, error) {
	if len(urls) == 0 {
		return "", false, nil
	}
	args := make([]any, len(urls))
	for i, u := range urls {
		args[i] = u
	}
	rows, err := db.read.QueryContext(ctx, `SELECT article_id FROM feed_urls WHERE url IN (`+strings.TrimSuffix(strings.Repeat("?, ", len(urls)), ", ")+`)`, args...)
	if err != nil {
		return "", false, fmt.Errorf("feed urls: %w", err)
	}
	defer rows.Close()
	seen := false
	var found chronicle.ArticleID
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return "", false, fmt.Errorf("feed urls: %w", err)
		}
		seen = true
		if found == "" {
			found = chronicle.ArticleID(id)
		}
	}
	if err := rows.Err(); err != nil {
		return "", false, fmt.Errorf("feed urls: %w", err)
	}
	return found, seen, nil
}

// SaveEntry records a settled feed entry and the URLs that lead to its
// article, in one transaction. Recording an entry again changes nothing; a
// URL recorded without an article gains the article when one comes. An
// entry without a feed, a GUID or an outcome is ErrInvalid.
func (db *DB) SaveEntry(ctx context.Context, e *chronicle.FeedEntry) error {
	if e == nil || e.Feed == "" || e.GUID == "" || e.Outcome == "" {
		return fmt.Errorf("save feed entry: want a feed, a guid and an outcome: %w", chronicle.ErrInvalid)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save feed entry %q: %w", e.GUID, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO feed_entries (feed, guid, article_id, byline, outcome, seen_at)
		VALUES (?, ?, ?, ?, ?, ?)`, e.Feed, e.GUID, string(e.Article), e.Byline, e.Outcome, formatTime(e.Seen)); err != nil {
		return fmt.Errorf("save feed entry %q: %w", e.GUID, err)
	}
	for _, u := range e.URLs {
		if u == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO feed_urls (url, article_id) VALUES (?, ?)
			ON CONFLICT (url) DO UPDATE SET article_id = excluded.article_id
			WHERE feed_urls.article_id = '' AND excluded.article_id != ''`, u, string(e.Article)); err != nil {
			return fmt.Errorf("save feed url %s: %w", u, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save feed entry %q: %w", e.GUID, err)
	}
	return nil
}

// Byline returns the byline the page of a stored article gave, "" when it
// gave none or the article did not come from a feed.
func (db *DB) Byline(ctx context.Context, id chronicle.ArticleID) (string, error) {
	var b string
	err := db.read.QueryRowContext(ctx, `SELECT byline FROM feed_entries WHERE article_id = ? AND byline != '' LIMIT 1`, string(id)).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("article %s byline: %w", id, err)
	}
	return b, nil
}
