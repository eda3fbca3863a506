package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"chronicle"
)

// Search limits.
const (
	DefaultLimit = 20   // hits per page when Query.Limit is 0
	MaxLimit     = 1000 // the most hits one page returns
)

// snippetWords is about how many words a Hit.Snippet holds.
const snippetWords = 24

// Search finds the articles q selects. With q.Text it ranks them by FTS5's
// bm25 (title matches weigh more than text matches; lower scores are better)
// and marks the matched words of each snippet with « and ». Without q.Text
// it lists the articles q's filters select, newest first, with the opening
// words of each as the snippet and a zero score. q.From and q.To keep
// articles whose date is known and within the range; q.Entity keeps articles
// with a mention that equals it, ignoring case, or with the entity across
// articles that it names (its shown name or any name an article gives it:
// "U.S." keeps the articles that say "US" or "the United States");
// q.Country keeps articles with an entity of that country. Hits carry
// every article field but Text.
//
// At most q.Limit hits come back (DefaultLimit when 0, at most MaxLimit);
// next is "" on the last page and otherwise the Query.Cursor of the page
// after. A query the search syntax rejects (see the package documentation),
// a negative limit, From after To, or a cursor that no Search returned is
// ErrInvalid.
func (db *DB) Search(ctx context.Context, q chronicle.Query) (hits []chronicle.Hit, next string, err error) {
	limit := q.Limit
	switch {
	case limit < 0:
		return nil, "", fmt.Errorf("search: limit %d: want 0 or more: %w", limit, chronicle.ErrInvalid)
	case limit == 0:
		limit = DefaultLimit
	case limit > MaxLimit:
		limit = MaxLimit
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return nil, "", fmt.Errorf("search: from %s is after to %s: %w", q.From, q.To, chronicle.ErrInvalid)
	}
	match, err := matchExpr(q.Text)
	if err != nil {
		return nil, "", err
	}
	if match == "" && strings.TrimSpace(q.Text) != "" {
		return nil, "", fmt.Errorf("search %q: no words to search for: %w", q.Text, chronicle.ErrInvalid)
	}
	var c *cursor
	if q.Cursor != "" {
		if c, err = parseCursor(q.Cursor, match != ""); err != nil {
			return nil, "", err
		}
	}
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, "", fmt.Errorf("search: %w", err)
	}
	defer tx.Rollback()
	var page []hit
	if match != "" {
		page, err = rankedPage(ctx, tx, match, q, c, limit+1)
	} else {
		page, err = listedPage(ctx, tx, q, c, limit+1)
	}
	if err != nil {
		return nil, "", err
	}
	if len(page) > limit {
		page = page[:limit]
		last := page[limit-1]
		next = (&cursor{ranked: match != "", score: last.Score, date: last.Article.Date.String(), seq: last.seq}).String()
	}
	if match != "" {
		if err := addSnippets(ctx, tx, match, page); err != nil {
			return nil, "", err
		}
	}
	hits = make([]chronicle.Hit, len(page))
	for i, h := range page {
		hits[i] = h.Hit
	}
	return hits, next, nil
}

// A hit is a chronicle.Hit with the row number the cursor needs.
type hit struct {
	chronicle.Hit
	seq int64
}

// filters returns the SQL conditions on articles a for q's date, entity
// and country filters, and their arguments.
func filters(q chronicle.Query) (string, []any) {
	var conds []string
	var args []any
	if !q.From.IsZero() {
		conds = append(conds, "a.date >= ?")
		args = append(args, q.From.String())
	}
	if !q.To.IsZero() {
		conds = append(conds, "a.date <= ? AND a.date != ''")
		args = append(args, q.To.String())
	}
	if e := strings.TrimSpace(q.Entity); e != "" {
		conds = append(conds, `a.id IN (SELECT article_id FROM entities WHERE entity IN (`+namedRows+`)
			UNION SELECT article_id FROM mentions WHERE text = ?)`)
		args = append(args, e, e, e)
	}
	if c := strings.ToUpper(strings.TrimSpace(q.Country)); c != "" {
		conds = append(conds, `a.id IN (SELECT article_id FROM entities WHERE country = ?)`)
		args = append(args, c)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " AND " + strings.Join(conds, " AND "), args
}

// rankScore is the bm25 expression: a title match counts as much as five
// matches in the text.
const rankScore = `bm25(articles_fts, 5.0, 1.0)`

func rankedPage(ctx context.Context, tx *sql.Tx, match string, q chronicle.Query, c *cursor, n int) ([]hit, error) {
	where, args := filters(q)
	args = append([]any{match}, args...)
	if c != nil {
		where += " AND (" + rankScore + " > ? OR (" + rankScore + " = ? AND a.seq > ?))"
		args = append(args, c.score, c.score, c.seq)
	}
	args = append(args, n)
	return scanHits(ctx, tx, `SELECT a.seq, a.id, a.date, a.title, a.source, a.url, `+rankScore+` AS score, ''
		FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
		WHERE articles_fts MATCH ?`+where+`
		ORDER BY score, a.seq LIMIT ?`, args...)
}

func listedPage(ctx context.Context, tx *sql.Tx, q chronicle.Query, c *cursor, n int) ([]hit, error) {
	where, args := filters(q)
	if c != nil {
		where += " AND (a.date < ? OR (a.date = ? AND a.seq < ?))"
		args = append(args, c.date, c.date, c.seq)
	}
	args = append(args, n)
	// 40 characters a word is plenty for snippetWords words.
	return scanHits(ctx, tx, `SELECT a.seq, a.id, a.date, a.title, a.source, a.url, 0.0, substr(a.text, 1, `+
		strconv.Itoa(40*snippetWords)+`)
		FROM articles a WHERE 1`+where+`
		ORDER BY a.date DESC, a.seq DESC LIMIT ?`, args...)
}

func scanHits(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]hit, error) {
	var page []hit
	err := each(ctx, tx, query, func(r *sql.Rows) error {
		var h hit
		var date, lede string
		a := &h.Article
		if err := r.Scan(&h.seq, &a.ID, &date, &a.Title, &a.Source, &a.URL, &h.Score, &lede); err != nil {
			return err
		}
		var err error
		if a.Date, err = chronicle.ParseDay(date); err != nil {
			return err
		}
		h.Snippet = opening(lede, snippetWords)
		page = append(page, h)
		return nil
	}, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return page, nil
}

// opening returns the first n words of text on one line, with "…" when
// there is more.
func opening(text string, n int) string {
	words := strings.Fields(text)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:n], " ") + " …"
}

// addSnippets sets the snippet of each hit: the passage of about
// snippetWords words that best shows why it matched.
func addSnippets(ctx context.Context, tx *sql.Tx, match string, page []hit) error {
	if len(page) == 0 {
		return nil
	}
	bySeq := map[int64]*hit{}
	args := []any{match}
	for i := range page {
		bySeq[page[i].seq] = &page[i]
		args = append(args, page[i].seq)
	}
	query := `SELECT rowid, snippet(articles_fts, -1, '«', '»', '…', ` + strconv.Itoa(snippetWords) + `)
		FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (?` + strings.Repeat(", ?", len(page)-1) + `)`
	err := each(ctx, tx, query, func(r *sql.Rows) error {
		var seq int64
		var s string
		if err := r.Scan(&seq, &s); err != nil {
			return err
		}
		if h := bySeq[seq]; h != nil {
			h.Snippet = strings.Join(strings.Fields(s), " ")
		}
		return nil
	}, args...)
	if err != nil {
		return fmt.Errorf("search: snippets: %w", err)
	}
	return nil
}

// A cursor is where a page of hits ended: the last hit's score (ranked
// searches) or date (listings), and its row number.
type cursor struct {
	ranked bool
	score  float64
	date   string
	seq    int64
}

// String encodes c as an opaque URL-safe token.
func (c *cursor) String() string {
	var s string
	if c.ranked {
		s = "r:" + strconv.FormatFloat(c.score, 'g', -1, 64) + ":" + strconv.FormatInt(c.seq, 10)
	} else {
		s = "d:" + c.date + ":" + strconv.FormatInt(c.seq, 10)
	}
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

// parseCursor decodes a cursor that String made for the same kind of
// search.
func parseCursor(s string, ranked bool) (*cursor, error) {
	bad := func(why string) error {
		return fmt.Errorf("search: cursor %q: %s: %w", s, why, chronicle.ErrInvalid)
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, bad("not one this store made")
	}
	kind, rest, _ := strings.Cut(string(b), ":")
	val, num, ok := strings.Cut(rest, ":")
	if !ok {
		return nil, bad("not one this store made")
	}
	c := &cursor{ranked: kind == "r"}
	if (kind != "r" && kind != "d") || c.ranked != ranked {
		return nil, bad("it belongs to a search with a different kind of query")
	}
	if c.seq, err = strconv.ParseInt(num, 10, 64); err != nil {
		return nil, bad("not one this store made")
	}
	if c.ranked {
		if c.score, err = strconv.ParseFloat(val, 64); err != nil {
			return nil, bad("not one this store made")
		}
	} else if _, err := chronicle.ParseDay(val); err != nil {
		return nil, bad("not one this store made")
	} else {
		c.date = val
	}
	return c, nil
}
