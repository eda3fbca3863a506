package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"chronicle"
)

// Quotes lists the stored quotes that f selects, from the newest articles
// first and in text order within an article, with the name of each
// speaker entity. At most f.Limit come back (DefaultListLimit when 0, at
// most MaxListLimit); next is "" on the last page and otherwise the
// QuoteFilter.Cursor of the next. A negative limit or a cursor that no
// Quotes call returned is ErrInvalid.
func (db *DB) Quotes(ctx context.Context, f chronicle.QuoteFilter) (list []chronicle.QuoteHit, next string, err error) {
	limit, err := listLimit("quotes", f.Limit)
	if err != nil {
		return nil, "", err
	}
	var conds []string
	var args []any
	if s := strings.TrimSpace(f.Speaker); s != "" {
		// The speaker text through its trigram index (quote_speakers),
		// unless the name holds LIKE's wildcards, which that index cannot
		// escape; the text must hold the name at the start of a word, so
		// that "US" finds "US officials" and not "Bush".
		byText := `SELECT rowid FROM quote_speakers WHERE speaker_text LIKE ? AND ` + wordStartGlob
		pattern := "%" + s + "%"
		if strings.ContainsAny(s, `%_\`) {
			byText = `SELECT rowid FROM quotes WHERE speaker_text LIKE ? ESCAPE '\' AND ` + wordStartGlob
			pattern = "%" + escapeLike(s) + "%"
		}
		conds = append(conds, `q.rowid IN (SELECT x.rowid FROM entities n
			JOIN quotes x ON x.article_id = n.article_id AND x.speaker = n.entity_id WHERE n.entity IN (`+namedRows+`)
			UNION `+byText+`)`)
		args = append(args, s, s, pattern, wordStartPattern(s))
	}
	pages := keyset{what: "quotes", kind: "q", dayExpr: "a.date", seqExpr: "a.seq", posExpr: "q.position"}
	if f.Cursor != "" {
		cond, cargs, err := pages.after(f.Cursor)
		if err != nil {
			return nil, "", err
		}
		conds, args = append(conds, cond), append(args, cargs...)
	}
	tx, err := db.readTx(ctx, "quotes")
	if err != nil {
		return nil, "", err
	}
	defer tx.Rollback()
	var rows []quoteRow
	err = each(ctx, tx, `SELECT `+quoteColumns+`
		FROM quotes q JOIN articles a ON a.id = q.article_id
		LEFT JOIN entities s ON s.article_id = q.article_id AND s.entity_id = q.speaker`+where(conds)+`
		ORDER BY a.date DESC, a.seq DESC, q.position LIMIT ?`, func(r *sql.Rows) error {
		row, err := scanQuote(r)
		rows = append(rows, row)
		return err
	}, append(args, limit+1)...)
	if err != nil {
		return nil, "", fmt.Errorf("quotes: %w", err)
	}
	if len(rows) > limit {
		rows = rows[:limit]
		last := rows[limit-1]
		next = pages.cursor(last.date, last.seq, last.pos)
	}
	list = make([]chronicle.QuoteHit, len(rows))
	for i, w := range rows {
		list[i] = w.hit
	}
	return list, next, nil
}

// A quoteRow is a quote of a listing and its place in the listing's order:
// its article's date and row number and its position in the article.
type quoteRow struct {
	hit  chronicle.QuoteHit
	seq  int64
	pos  int
	date string
}

// quoteColumns are the columns scanQuote reads, of quotes q, their
// articles a and their speakers s (entities, left joined).
const quoteColumns = `a.seq, a.id, a.date, a.title, a.source, q.position,
	q.text, q.kind, q.speaker, q.speaker_text, q.cue, q.date, q.tone, q.span_start, q.span_end, coalesce(s.name, '')`

// scanQuote reads a row of quoteColumns.
func scanQuote(r *sql.Rows) (quoteRow, error) {
	var w quoteRow
	var id, title, source string
	var tone sql.NullFloat64
	q := &w.hit.Quote
	if err := r.Scan(&w.seq, &id, &w.date, &title, &source, &w.pos,
		&q.Text, &q.Kind, &q.Speaker, &q.SpeakerText, &q.Cue, &q.Date, &tone, &q.Start, &q.End, &w.hit.SpeakerName); err != nil {
		return w, err
	}
	if tone.Valid {
		q.Tone = &tone.Float64
	}
	var err error
	w.hit.Article, err = parseRef(id, w.date, title, source)
	return w, err
}

// wordStartGlob holds a speaker text whose words, in ASCII lower case,
// start with the pattern wordStartPattern makes.
const wordStartGlob = `(' ' || lower(speaker_text)) GLOB ?`

// wordStartPattern is the GLOB pattern of name at the start of a word,
// ignoring ASCII case: each character of the name stands for itself, in
// brackets where GLOB would read it otherwise.
func wordStartPattern(name string) string {
	var b strings.Builder
	b.WriteString("*[^a-z0-9]")
	for _, r := range name {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		switch r {
		case '*', '?', '[':
			b.WriteString("[" + string(r) + "]")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString("*")
	return b.String()
}
