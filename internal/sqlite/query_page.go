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

// Listing limits, for Entities, Quotes and Events.
const (
	DefaultListLimit = 50  // rows per page when a filter's Limit is 0
	MaxListLimit     = 500 // the most rows one page returns
)

// listLimit checks a filter's Limit and applies the defaults.
func listLimit(what string, n int) (int, error) {
	switch {
	case n < 0:
		return 0, fmt.Errorf("%s: limit %d: want 0 or more: %w", what, n, chronicle.ErrInvalid)
	case n == 0:
		return DefaultListLimit, nil
	case n > MaxListLimit:
		return MaxListLimit, nil
	}
	return n, nil
}

// pageCursor encodes where a page of kind ended as an opaque URL-safe
// token: the values of the sort keys of its last row.
func pageCursor(kind string, keys ...string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + "\x1f" + strings.Join(keys, "\x1f")))
}

// parsePageCursor decodes a token pageCursor made for kind with n keys.
// Anything else is ErrInvalid.
func parsePageCursor(what, kind, s string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	parts := strings.Split(string(b), "\x1f")
	if err != nil || len(parts) != n+1 || parts[0] != kind {
		return nil, fmt.Errorf("%s: cursor %q: not one this listing made: %w", what, s, chronicle.ErrInvalid)
	}
	return parts[1:], nil
}

// readTx starts a read-only transaction, so that every query of one call
// sees the same state.
func (db *DB) readTx(ctx context.Context, what string) (*sql.Tx, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return tx, nil
}

// selection returns the SQL conditions (each starting with " AND ") on
// articles a that q's text, entity and date filters give, with their
// arguments. q.Limit and q.Cursor are ignored.
func selection(q chronicle.Query) (string, []any, error) {
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return "", nil, fmt.Errorf("from %s is after to %s: %w", q.From, q.To, chronicle.ErrInvalid)
	}
	match, err := matchExpr(q.Text)
	if err != nil {
		return "", nil, err
	}
	if match == "" && strings.TrimSpace(q.Text) != "" {
		return "", nil, fmt.Errorf("search %q: no words to search for: %w", q.Text, chronicle.ErrInvalid)
	}
	where, args := filters(q)
	if match != "" {
		where = " AND a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)" + where
		args = append([]any{match}, args...)
	}
	return where, args, nil
}

// entityKey is how entities are told apart across articles: type and
// lower-case name.
func entityKey(name string, typ chronicle.EntityType) string {
	return string(typ) + ":" + strings.ToLower(name)
}

// placeholders returns "?, ?, …" for n arguments.
func placeholders(n int) string {
	if n == 0 {
		return "NULL"
	}
	return "?" + strings.Repeat(", ?", n-1)
}

// parseRef builds an ArticleRef from the columns id, date, title, source.
func parseRef(id, date, title, source string) (chronicle.ArticleRef, error) {
	d, err := chronicle.ParseDay(date)
	if err != nil {
		return chronicle.ArticleRef{}, err
	}
	return chronicle.ArticleRef{ID: chronicle.ArticleID(id), Date: d, Title: title, Source: source}, nil
}

// A keyset pages a listing sorted by dayExpr descending, then seqExpr
// (an article's row number) descending, then posExpr ascending.
type keyset struct {
	what, kind, dayExpr, seqExpr, posExpr string
}

// after decodes cursor and returns the SQL condition and its arguments for
// the rows after it. A cursor that no listing of this kind made is
// ErrInvalid.
func (k keyset) after(cursor string) (string, []any, error) {
	keys, err := parsePageCursor(k.what, k.kind, cursor, 3)
	if err != nil {
		return "", nil, err
	}
	seq, err1 := strconv.ParseInt(keys[1], 10, 64)
	pos, err2 := strconv.Atoi(keys[2])
	if err1 != nil || err2 != nil {
		return "", nil, fmt.Errorf("%s: cursor %q: not one this listing made: %w", k.what, cursor, chronicle.ErrInvalid)
	}
	// The first condition, implied by the rest, lets an index on the day
	// narrow the rows.
	d, s := k.dayExpr, k.seqExpr
	return "(" + d + " <= ? AND (" + d + " < ? OR (" + d + " = ? AND (" + s + " < ? OR (" + s + " = ? AND " + k.posExpr + " > ?)))))",
		[]any{keys[0], keys[0], keys[0], seq, seq, pos}, nil
}

// cursor returns the cursor of the row with these sort keys.
func (k keyset) cursor(day string, seq int64, pos int) string {
	return pageCursor(k.kind, day, strconv.FormatInt(seq, 10), strconv.Itoa(pos))
}

// where joins conditions into a WHERE clause; "" when there are none.
func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}
