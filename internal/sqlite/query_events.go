package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"chronicle"
)

// actorNamed is the SQL condition that event v has an actor that a name
// (given twice as arguments) names, as namedRows finds it. It starts from
// the entities of that name, so it reads only their events.
const actorNamed = `(v.article_id, v.event_id) IN (SELECT x.article_id, x.event_id
	FROM entities n JOIN event_actors x ON x.article_id = n.article_id AND x.entity_id = n.entity_id
	WHERE n.entity IN (` + namedRows + `))`

// eventDay is the SQL for the day of event v: its own date when it has
// one, else its article's, which SaveDocument stores in the day column
// (with the article's row number in seq).
const eventDay = `v.day`

// Events lists the stored events that f selects, the latest first (by
// event day, then article, then text order), each with its article and its
// actors named. Event days are compared as text, so an event dated only
// "2025-04" sorts before every day of April 2025, and is within any From
// and To range that overlaps April 2025. At most f.Limit come back
// (DefaultListLimit when 0, at most MaxListLimit); next is "" on the last
// page and otherwise the EventFilter.Cursor of the next. A negative limit,
// From after To, or a cursor that no Events call returned is ErrInvalid.
func (db *DB) Events(ctx context.Context, f chronicle.EventFilter) (list []chronicle.EventHit, next string, err error) {
	limit, err := listLimit("events", f.Limit)
	if err != nil {
		return nil, "", err
	}
	from, conds, args, err := eventSelection("events", f)
	if err != nil {
		return nil, "", err
	}
	pages := keyset{what: "events", kind: "v", dayExpr: eventDay, seqExpr: "v.seq", posExpr: "v.position"}
	if f.Cursor != "" {
		cond, cargs, err := pages.after(f.Cursor)
		if err != nil {
			return nil, "", err
		}
		conds, args = append(conds, cond), append(args, cargs...)
	}
	tx, err := db.readTx(ctx, "events")
	if err != nil {
		return nil, "", err
	}
	defer tx.Rollback()
	type row struct {
		seq int64
		pos int
		day string
	}
	var keys []row
	err = each(ctx, tx, `SELECT v.seq, v.position, `+eventDay+`, a.id, a.date, a.title, a.source,
		v.event_id, v.type, v.mode, v.date, v.trigger_text, v.trigger_start, v.trigger_end,
		v.sentence_start, v.sentence_end, v.negated, v.hypothetical, v.future, v.confidence, v.why,
		v.location_name, v.location_country, v.location_lat, v.location_lon
		FROM (SELECT v.rowid AS k FROM `+from+where(conds)+`
			ORDER BY `+eventDay+` DESC, v.seq DESC, v.position LIMIT ?) page
		CROSS JOIN events v ON v.rowid = page.k CROSS JOIN articles a ON a.id = v.article_id
		ORDER BY `+eventDay+` DESC, v.seq DESC, v.position`, func(r *sql.Rows) error {
		var k row
		var id, date, title, source string
		var p place
		h := chronicle.EventHit{Event: chronicle.Event{Source: []chronicle.EntityID{}, Target: []chronicle.EntityID{}}, Actors: []chronicle.Actor{}}
		e := &h.Event
		if err := r.Scan(&k.seq, &k.pos, &k.day, &id, &date, &title, &source,
			&e.ID, &e.Type, &e.Mode, &e.Date, &e.Trigger.Text, &e.Trigger.Start, &e.Trigger.End,
			&e.Sentence.Start, &e.Sentence.End, &e.Negated, &e.Hypothetical, &e.Future, &e.Confidence, &e.Why,
			&p.name, &p.country, &p.lat, &p.lon); err != nil {
			return err
		}
		e.Location = p.value()
		var err error
		h.Article, err = parseRef(id, date, title, source)
		keys = append(keys, k)
		list = append(list, h)
		return err
	}, append(args, limit+1)...)
	if err != nil {
		return nil, "", fmt.Errorf("events: %w", err)
	}
	if len(list) > limit {
		list, keys = list[:limit], keys[:limit]
		last := keys[limit-1]
		next = pages.cursor(last.day, last.seq, last.pos)
	}
	if list == nil {
		list = []chronicle.EventHit{}
	}
	if err := addActors(ctx, tx, list); err != nil {
		return nil, "", fmt.Errorf("events: %w", err)
	}
	return list, next, nil
}

// eventSelection returns the FROM clause (events v and what they come
// from), the conditions and their arguments that select the events f
// selects, its Limit and Cursor aside. From after To is ErrInvalid.
func eventSelection(what string, f chronicle.EventFilter) (from string, conds []string, args []any, err error) {
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return "", nil, nil, fmt.Errorf("%s: from %s is after to %s: %w", what, f.From, f.To, chronicle.ErrInvalid)
	}
	// With an actor or a country, the events come from the set it selects
	// (an actor's is the smaller), sorted; without, from the index of
	// events by day, in order.
	const ofActor = `SELECT x.article_id, x.event_id FROM entities n
		JOIN event_actors x ON x.article_id = n.article_id AND x.entity_id = n.entity_id
		WHERE n.entity IN (` + namedRows + `)`
	const ofCountry = `SELECT article_id, event_id FROM events WHERE location_country = ?
		UNION SELECT x.article_id, x.event_id FROM entities n
			CROSS JOIN event_actors x ON x.article_id = n.article_id AND x.entity_id = n.entity_id
		WHERE n.country = ?`
	from = `events v`
	actor, country := strings.TrimSpace(f.Actor), strings.ToUpper(strings.TrimSpace(f.Country))
	switch {
	case actor != "":
		sel := ofActor
		args = append(args, actor, actor)
		if f.ActorType != "" {
			sel += ` AND n.type = ?`
			args = append(args, string(f.ActorType))
		}
		from = `(SELECT DISTINCT * FROM (` + sel + `)) sel`
		if country != "" {
			conds = append(conds, `(v.article_id, v.event_id) IN (`+ofCountry+`)`)
			args = append(args, country, country)
		}
	case country != "":
		from = `(` + ofCountry + `) sel`
		args = append(args, country, country)
	}
	if from != `events v` {
		from += ` CROSS JOIN events v ON v.article_id = sel.article_id AND v.event_id = sel.event_id`
	}
	if f.Type != "" {
		conds = append(conds, "v.type = ?")
		args = append(args, strings.ToUpper(string(f.Type)))
	}
	if p := strings.TrimSpace(f.Place); p != "" {
		conds = append(conds, "v.location_name = ? COLLATE NOCASE")
		args = append(args, p)
	}
	if !f.From.IsZero() {
		// An event known only to the month or year is in the range when
		// its period reaches From. The first condition, implied by the
		// second, lets the index on the day narrow the rows.
		conds = append(conds, eventDay+" >= substr(?, 1, 4) AND "+eventDay+" >= substr(?, 1, length("+eventDay+"))")
		args = append(args, f.From.String(), f.From.String())
	}
	if !f.To.IsZero() {
		conds = append(conds, eventDay+" <= ? AND substr("+eventDay+", 1, 10) <= ? AND "+eventDay+" != ''")
		args = append(args, f.To.String()+"\uffff", f.To.String())
	}
	return from, conds, args, nil
}

// addActors fills the Source, Target and Actors of each event.
func addActors(ctx context.Context, tx *sql.Tx, list []chronicle.EventHit) error {
	if len(list) == 0 {
		return nil
	}
	index := map[string]int{}
	var keys []any
	for i, h := range list {
		k := string(h.Article.ID) + "/" + string(h.ID)
		index[k] = i
		keys = append(keys, string(h.Article.ID), string(h.ID))
	}
	// The actors of the listed events only, not of every event of their
	// articles.
	return each(ctx, tx, `SELECT x.article_id, x.event_id, x.role, x.entity_id,
		coalesce(n.name, ''), coalesce(n.type, ''), coalesce(n.country, '')
		FROM (VALUES `+strings.TrimSuffix(strings.Repeat("(?, ?), ", len(list)), ", ")+`) k
		CROSS JOIN event_actors x ON x.article_id = k.column1 AND x.event_id = k.column2
		LEFT JOIN entities n ON n.article_id = x.article_id AND n.entity_id = x.entity_id
		ORDER BY x.article_id, x.event_id, x.role = 'target', x.position`, func(r *sql.Rows) error {
		var article, event string
		var a chronicle.Actor
		if err := r.Scan(&article, &event, &a.Role, &a.ID, &a.Name, &a.Type, &a.Country); err != nil {
			return err
		}
		i, ok := index[article+"/"+event]
		if !ok {
			return nil
		}
		h := &list[i]
		if a.Role == "source" {
			h.Source = append(h.Source, a.ID)
		} else {
			h.Target = append(h.Target, a.ID)
		}
		h.Actors = append(h.Actors, a)
		return nil
	}, keys...)
}
