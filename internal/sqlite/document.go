package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"chronicle"
)

// timeLayout is how times are written: RFC 3339 in UTC, to the nanosecond.
const timeLayout = time.RFC3339Nano

// minPrefix is the shortest article ID prefix Document accepts.
const minPrefix = 6

// The statements SaveDocument runs, prepared once by Open.
const (
	insertSentence = `INSERT INTO sentences (article_id, position, span_start, span_end) VALUES (?, ?, ?, ?)`
	insertTime     = `INSERT INTO times (article_id, position, text, type, value, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)`
	insertQuote    = `INSERT INTO quotes
			(article_id, position, text, kind, speaker, speaker_text, cue, date, tone, span_start, span_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertEntity = `INSERT INTO entities
		(article_id, entity_id, position, name, type, country, place_name, place_country, place_lat, place_lon, entity)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertRole    = `INSERT INTO entity_roles (article_id, entity_id, position, role) VALUES (?, ?, ?, ?)`
	insertMention = `INSERT INTO mentions
		(article_id, entity_id, position, text, kind, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)`
	insertEvent = `INSERT INTO events
		(article_id, event_id, position, type, mode, date, trigger_text, trigger_start, trigger_end,
		 sentence_start, sentence_end, negated, hypothetical, future, confidence, why,
		 location_name, location_country, location_lat, location_lon)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertActor = `INSERT INTO event_actors (article_id, event_id, role, position, entity_id) VALUES (?, ?, ?, ?, ?)`
)

// inserts lists them, with the other writes Open prepares.
var inserts = slices.Concat([]string{insertSentence, insertTime, insertQuote, insertEntity, insertRole, insertMention, insertEvent, insertActor},
	aggregateWrites, deletes)

// SaveDocument stores d, its article and every annotation, in one
// transaction, and adds them to the aggregates the listings read. It reports stored == false, and changes nothing, when an
// article with the same ID is already there. A nil document or article, an
// empty ID, a span outside the text, or two entities or events with the same
// ID within d is ErrInvalid. Document.Tokens is not stored.
func (db *DB) SaveDocument(ctx context.Context, d *chronicle.Document) (stored bool, err error) {
	if err := validate(d); err != nil {
		return false, err
	}
	a := d.Article
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	defer tx.Rollback()

	var score sql.NullFloat64
	var pos, neg sql.NullInt64
	if t := d.Tone; t != nil {
		score = sql.NullFloat64{Float64: t.Score, Valid: true}
		pos = sql.NullInt64{Int64: int64(t.Positive), Valid: true}
		neg = sql.NullInt64{Int64: int64(t.Negative), Valid: true}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles
		(id, date, title, source, url, text, record_version, tone_score, tone_positive, tone_negative, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`,
		string(a.ID), a.Date.String(), a.Title, a.Source, a.URL, a.Text, d.Version,
		score, pos, neg, db.now().Format(timeLayout))
	if err != nil {
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, err
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	// The entities' rows across articles first, so that each entity is
	// stored with its row.
	groups, order, keys := db.groupEntities(d)
	if err := db.saveEntityStats(ctx, tx, groups, order); err != nil {
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	rows := make(map[chronicle.EntityID]int64, len(keys))
	for id, k := range keys {
		rows[id] = groups[k].id
	}
	if err := db.saveAnnotations(ctx, tx, d, rows); err != nil {
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	if err := db.saveAggregates(ctx, tx, seq, d, groups, order, keys); err != nil {
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("save article %s: commit: %w", a.ID, err)
	}
	return true, nil
}

// validate checks what the schema relies on, naming the field at fault.
func validate(d *chronicle.Document) error {
	if d == nil || d.Article == nil {
		return fmt.Errorf("save document: no article: %w", chronicle.ErrInvalid)
	}
	a := d.Article
	if a.ID == "" {
		return fmt.Errorf("save document %q: article has no id: %w", a.Title, chronicle.ErrInvalid)
	}
	n := len(a.Text)
	bad := func(field string, s chronicle.Span) error {
		return fmt.Errorf("save article %s: %s: span [%d, %d) outside the text of %d bytes: %w",
			a.ID, field, s.Start, s.End, n, chronicle.ErrInvalid)
	}
	for i, s := range d.Sentences {
		if !s.Valid(n) {
			return bad(fmt.Sprintf("sentences[%d]", i), s)
		}
	}
	entities := map[chronicle.EntityID]bool{}
	for i, e := range d.Entities {
		if entities[e.ID] {
			return fmt.Errorf("save article %s: entities[%d]: id %q used twice: %w", a.ID, i, e.ID, chronicle.ErrInvalid)
		}
		entities[e.ID] = true
		for j, m := range e.Mentions {
			if !m.Span.Valid(n) {
				return bad(fmt.Sprintf("entities[%d].mentions[%d]", i, j), m.Span)
			}
		}
	}
	for i, t := range d.Times {
		if !t.Span.Valid(n) {
			return bad(fmt.Sprintf("times[%d]", i), t.Span)
		}
	}
	for i, q := range d.Quotes {
		if !q.Span.Valid(n) {
			return bad(fmt.Sprintf("quotes[%d]", i), q.Span)
		}
	}
	events := map[chronicle.EventID]bool{}
	for i, e := range d.Events {
		if events[e.ID] {
			return fmt.Errorf("save article %s: events[%d]: id %q used twice: %w", a.ID, i, e.ID, chronicle.ErrInvalid)
		}
		events[e.ID] = true
		if !e.Trigger.Span.Valid(n) {
			return bad(fmt.Sprintf("events[%d].trigger", i), e.Trigger.Span)
		}
		if !e.Sentence.Valid(n) {
			return bad(fmt.Sprintf("events[%d].sentence", i), e.Sentence)
		}
	}
	return nil
}

// saveAnnotations inserts the rows of every annotation of d; rows gives
// each entity's row of entity_stats.
func (db *DB) saveAnnotations(ctx context.Context, tx *sql.Tx, d *chronicle.Document, rows map[chronicle.EntityID]int64) error {
	id := string(d.Article.ID)
	if len(d.Sentences) > 0 {
		st, err := db.prepare(ctx, tx, insertSentence)
		if err != nil {
			return err
		}
		for i, s := range d.Sentences {
			if _, err := st.ExecContext(ctx, id, i, s.Start, s.End); err != nil {
				return fmt.Errorf("sentences[%d]: %w", i, err)
			}
		}
	}
	if err := db.saveEntities(ctx, tx, id, d.Entities, rows); err != nil {
		return err
	}
	if len(d.Times) > 0 {
		st, err := db.prepare(ctx, tx, insertTime)
		if err != nil {
			return err
		}
		for i, t := range d.Times {
			if _, err := st.ExecContext(ctx, id, i, t.Text, string(t.Type), t.Value, t.Start, t.End); err != nil {
				return fmt.Errorf("times[%d]: %w", i, err)
			}
		}
	}
	if len(d.Quotes) > 0 {
		st, err := db.prepare(ctx, tx, insertQuote)
		if err != nil {
			return err
		}
		for i, q := range d.Quotes {
			var tone sql.NullFloat64
			if q.Tone != nil {
				tone = sql.NullFloat64{Float64: *q.Tone, Valid: true}
			}
			if _, err := st.ExecContext(ctx, id, i, q.Text, string(q.Kind), string(q.Speaker), q.SpeakerText,
				q.Cue, q.Date, tone, q.Start, q.End); err != nil {
				return fmt.Errorf("quotes[%d]: %w", i, err)
			}
		}
	}
	return db.saveEvents(ctx, tx, id, d.Events)
}

func (db *DB) saveEntities(ctx context.Context, tx *sql.Tx, id string, es []chronicle.Entity, rows map[chronicle.EntityID]int64) error {
	if len(es) == 0 {
		return nil
	}
	ent, err := db.prepare(ctx, tx, insertEntity)
	if err != nil {
		return err
	}
	role, err := db.prepare(ctx, tx, insertRole)
	if err != nil {
		return err
	}
	men, err := db.prepare(ctx, tx, insertMention)
	if err != nil {
		return err
	}
	for i, e := range es {
		p := nullPlace(e.Place)
		if _, err := ent.ExecContext(ctx, id, string(e.ID), i, e.Name, string(e.Type), e.Country,
			p.name, p.country, p.lat, p.lon, rows[e.ID]); err != nil {
			return fmt.Errorf("entities[%d]: %w", i, err)
		}
		for j, r := range e.Roles {
			if _, err := role.ExecContext(ctx, id, string(e.ID), j, r); err != nil {
				return fmt.Errorf("entities[%d].roles[%d]: %w", i, j, err)
			}
		}
		for j, m := range e.Mentions {
			if _, err := men.ExecContext(ctx, id, string(e.ID), j, m.Text, string(m.Kind), m.Start, m.End); err != nil {
				return fmt.Errorf("entities[%d].mentions[%d]: %w", i, j, err)
			}
		}
	}
	return nil
}

func (db *DB) saveEvents(ctx context.Context, tx *sql.Tx, id string, evs []chronicle.Event) error {
	if len(evs) == 0 {
		return nil
	}
	ev, err := db.prepare(ctx, tx, insertEvent)
	if err != nil {
		return err
	}
	act, err := db.prepare(ctx, tx, insertActor)
	if err != nil {
		return err
	}
	for i, e := range evs {
		p := nullPlace(e.Location)
		if _, err := ev.ExecContext(ctx, id, string(e.ID), i, string(e.Type), e.Mode, e.Date,
			e.Trigger.Text, e.Trigger.Start, e.Trigger.End, e.Sentence.Start, e.Sentence.End,
			e.Negated, e.Hypothetical, e.Future, e.Confidence, e.Why,
			p.name, p.country, p.lat, p.lon); err != nil {
			return fmt.Errorf("events[%d]: %w", i, err)
		}
		for role, ids := range map[string][]chronicle.EntityID{"source": e.Source, "target": e.Target} {
			for j, eid := range ids {
				if _, err := act.ExecContext(ctx, id, string(e.ID), role, j, string(eid)); err != nil {
					return fmt.Errorf("events[%d].%s[%d]: %w", i, role, j, err)
				}
			}
		}
	}
	return nil
}

// prepare returns the statement Open prepared for query, bound to tx.
// Preparing it within tx instead would parse it on every save; preparing it
// here on the pool would wait forever for the one connection tx holds.
func (db *DB) prepare(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	st, ok := db.prepared[query]
	if !ok {
		return nil, fmt.Errorf("statement not prepared: %s", query)
	}
	return tx.StmtContext(ctx, st), nil
}

// place is a *chronicle.Place as four nullable columns.
type place struct {
	name, country sql.NullString
	lat, lon      sql.NullFloat64
}

func nullPlace(p *chronicle.Place) place {
	if p == nil {
		return place{}
	}
	return place{
		name:    sql.NullString{String: p.Name, Valid: true},
		country: sql.NullString{String: p.Country, Valid: true},
		lat:     sql.NullFloat64{Float64: p.Lat, Valid: true},
		lon:     sql.NullFloat64{Float64: p.Lon, Valid: true},
	}
}

// value returns p as a *chronicle.Place, nil when its columns were NULL.
func (p place) value() *chronicle.Place {
	if !p.name.Valid {
		return nil
	}
	return &chronicle.Place{Name: p.name.String, Country: p.country.String, Lat: p.lat.Float64, Lon: p.lon.Float64}
}

// Has reports whether an article with exactly this ID is stored.
func (db *DB) Has(ctx context.Context, id chronicle.ArticleID) (bool, error) {
	var n int
	err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, string(id)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("article %s: %w", id, err)
	}
	return n > 0, nil
}

// Document loads the article with the given ID and all its annotations, in
// the order they were saved. id may also be a prefix of at least six hex
// digits that only one stored ID starts with. An unknown ID is ErrNotFound;
// a prefix that several IDs share, or one too short, is ErrInvalid. Lists
// with nothing in them come back empty, not nil; Tokens is always nil.
func (db *DB) Document(ctx context.Context, id chronicle.ArticleID) (*chronicle.Document, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	defer tx.Rollback()
	full, err := resolveID(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	d, err := loadDocument(ctx, tx, full)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", full, err)
	}
	return d, nil
}

// resolveID returns the stored ID that id names, exactly or as a prefix.
func resolveID(ctx context.Context, tx *sql.Tx, id chronicle.ArticleID) (string, error) {
	s := string(id)
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, s).Scan(&n); err != nil {
		return "", fmt.Errorf("article %s: %w", id, err)
	}
	if n > 0 {
		return s, nil
	}
	p := strings.ToLower(s)
	if p == "" || !isHex(p) {
		return "", fmt.Errorf("article %q: %w", s, chronicle.ErrNotFound)
	}
	if len(p) < minPrefix {
		return "", fmt.Errorf("article %s: an id prefix needs at least %d hex digits: %w", s, minPrefix, chronicle.ErrInvalid)
	}
	// IDs are lower-case hex, all below p + "~".
	rows, err := tx.QueryContext(ctx, `SELECT id FROM articles WHERE id > ? AND id < ? ORDER BY id LIMIT 3`, p, p+"~")
	if err != nil {
		return "", fmt.Errorf("article %s: %w", s, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return "", fmt.Errorf("article %s: %w", s, err)
		}
		ids = append(ids, v)
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("article %s: %w", s, err)
	}
	switch len(ids) {
	case 0:
		return "", fmt.Errorf("article %s: %w", s, chronicle.ErrNotFound)
	case 1:
		return ids[0], nil
	}
	more := ""
	if len(ids) > 2 {
		more = ", …"
	}
	return "", fmt.Errorf("article %s: prefix matches %s, %s%s; give more digits: %w", s, ids[0], ids[1], more, chronicle.ErrInvalid)
}

func isHex(s string) bool {
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// loadDocument reads the article id and its annotations within tx.
func loadDocument(ctx context.Context, tx *sql.Tx, id string) (*chronicle.Document, error) {
	a := &chronicle.Article{}
	var date string
	var version int
	var score sql.NullFloat64
	var pos, neg sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT id, date, title, source, url, text, record_version, tone_score, tone_positive, tone_negative
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &date, &a.Title, &a.Source, &a.URL, &a.Text, &version, &score, &pos, &neg)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, chronicle.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if a.Date, err = chronicle.ParseDay(date); err != nil {
		return nil, err
	}
	d := chronicle.NewDocument(a)
	d.Version = version
	if score.Valid {
		d.Tone = &chronicle.Tone{Score: score.Float64, Positive: int(pos.Int64), Negative: int(neg.Int64)}
	}
	steps := []func(context.Context, *sql.Tx, *chronicle.Document) error{
		loadSentences, loadEntities, loadTimes, loadQuotes, loadEvents,
	}
	for _, step := range steps {
		if err := step(ctx, tx, d); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// each runs query with args and calls scan for every row.
func each(ctx context.Context, tx *sql.Tx, query string, scan func(*sql.Rows) error, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	return scanEach(rows, err, scan)
}

// eachRow runs a prepared query with args and calls scan for every row.
func eachRow(ctx context.Context, st *sql.Stmt, scan func(*sql.Rows) error, args ...any) error {
	rows, err := st.QueryContext(ctx, args...)
	return scanEach(rows, err, scan)
}

// scanEach calls scan for every row of rows, the result of a query that
// failed with err unless it is nil, and closes them.
func scanEach(rows *sql.Rows, err error, scan func(*sql.Rows) error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func loadSentences(ctx context.Context, tx *sql.Tx, d *chronicle.Document) error {
	return each(ctx, tx, `SELECT span_start, span_end FROM sentences WHERE article_id = ? ORDER BY position`,
		func(r *sql.Rows) error {
			var s chronicle.Span
			if err := r.Scan(&s.Start, &s.End); err != nil {
				return err
			}
			d.Sentences = append(d.Sentences, s)
			return nil
		}, string(d.Article.ID))
}

func loadEntities(ctx context.Context, tx *sql.Tx, d *chronicle.Document) error {
	id := string(d.Article.ID)
	index := map[chronicle.EntityID]int{}
	err := each(ctx, tx, `SELECT entity_id, name, type, country, place_name, place_country, place_lat, place_lon
		FROM entities WHERE article_id = ? ORDER BY position`,
		func(r *sql.Rows) error {
			e := chronicle.Entity{Roles: []string{}, Mentions: []chronicle.Mention{}}
			var p place
			if err := r.Scan(&e.ID, &e.Name, &e.Type, &e.Country, &p.name, &p.country, &p.lat, &p.lon); err != nil {
				return err
			}
			e.Place = p.value()
			index[e.ID] = len(d.Entities)
			d.Entities = append(d.Entities, e)
			return nil
		}, id)
	if err != nil {
		return err
	}
	err = each(ctx, tx, `SELECT entity_id, role FROM entity_roles WHERE article_id = ? ORDER BY entity_id, position`,
		func(r *sql.Rows) error {
			var eid chronicle.EntityID
			var role string
			if err := r.Scan(&eid, &role); err != nil {
				return err
			}
			e := &d.Entities[index[eid]]
			e.Roles = append(e.Roles, role)
			return nil
		}, id)
	if err != nil {
		return err
	}
	return each(ctx, tx, `SELECT entity_id, text, kind, span_start, span_end FROM mentions WHERE article_id = ? ORDER BY entity_id, position`,
		func(r *sql.Rows) error {
			var eid chronicle.EntityID
			var m chronicle.Mention
			if err := r.Scan(&eid, &m.Text, &m.Kind, &m.Start, &m.End); err != nil {
				return err
			}
			e := &d.Entities[index[eid]]
			e.Mentions = append(e.Mentions, m)
			return nil
		}, id)
}

func loadTimes(ctx context.Context, tx *sql.Tx, d *chronicle.Document) error {
	return each(ctx, tx, `SELECT text, type, value, span_start, span_end FROM times WHERE article_id = ? ORDER BY position`,
		func(r *sql.Rows) error {
			var t chronicle.Timex
			if err := r.Scan(&t.Text, &t.Type, &t.Value, &t.Start, &t.End); err != nil {
				return err
			}
			d.Times = append(d.Times, t)
			return nil
		}, string(d.Article.ID))
}

func loadQuotes(ctx context.Context, tx *sql.Tx, d *chronicle.Document) error {
	return each(ctx, tx, `SELECT text, kind, speaker, speaker_text, cue, date, tone, span_start, span_end
		FROM quotes WHERE article_id = ? ORDER BY position`,
		func(r *sql.Rows) error {
			var q chronicle.Quote
			var tone sql.NullFloat64
			if err := r.Scan(&q.Text, &q.Kind, &q.Speaker, &q.SpeakerText, &q.Cue, &q.Date, &tone, &q.Start, &q.End); err != nil {
				return err
			}
			if tone.Valid {
				q.Tone = &tone.Float64
			}
			d.Quotes = append(d.Quotes, q)
			return nil
		}, string(d.Article.ID))
}

func loadEvents(ctx context.Context, tx *sql.Tx, d *chronicle.Document) error {
	id := string(d.Article.ID)
	index := map[chronicle.EventID]int{}
	err := each(ctx, tx, `SELECT event_id, type, mode, date, trigger_text, trigger_start, trigger_end,
		sentence_start, sentence_end, negated, hypothetical, future, confidence, why,
		location_name, location_country, location_lat, location_lon
		FROM events WHERE article_id = ? ORDER BY position`,
		func(r *sql.Rows) error {
			e := chronicle.Event{Source: []chronicle.EntityID{}, Target: []chronicle.EntityID{}}
			var p place
			if err := r.Scan(&e.ID, &e.Type, &e.Mode, &e.Date, &e.Trigger.Text, &e.Trigger.Start, &e.Trigger.End,
				&e.Sentence.Start, &e.Sentence.End, &e.Negated, &e.Hypothetical, &e.Future, &e.Confidence, &e.Why,
				&p.name, &p.country, &p.lat, &p.lon); err != nil {
				return err
			}
			e.Location = p.value()
			index[e.ID] = len(d.Events)
			d.Events = append(d.Events, e)
			return nil
		}, id)
	if err != nil {
		return err
	}
	return each(ctx, tx, `SELECT event_id, role, entity_id FROM event_actors WHERE article_id = ? ORDER BY event_id, role, position`,
		func(r *sql.Rows) error {
			var vid chronicle.EventID
			var role string
			var eid chronicle.EntityID
			if err := r.Scan(&vid, &role, &eid); err != nil {
				return err
			}
			e := &d.Events[index[vid]]
			if role == "source" {
				e.Source = append(e.Source, eid)
			} else {
				e.Target = append(e.Target, eid)
			}
			return nil
		}, id)
}
