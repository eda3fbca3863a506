package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"chronicle"
)

// Timeline counts, per day, the articles f selects and the events in them:
// with f.Text, the articles that match and their events; with f.Entity, the
// articles that mention the entity and the events it takes part in; with
// neither, everything. Articles of unknown date, and events whose day is
// not a whole date, are not counted. Days come in order, only those with
// something to count. A query the search syntax rejects, or From after To,
// is ErrInvalid.
func (db *DB) Timeline(ctx context.Context, f chronicle.TimelineFilter) ([]chronicle.TimelineDay, error) {
	q := chronicle.Query{Text: f.Text, Entity: f.Entity, From: f.From, To: f.To}
	sel, args, err := selection(q)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	tx, err := db.readTx(ctx, "timeline")
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	days := map[chronicle.Day]*chronicle.TimelineDay{}
	// count adds the per-day counts query returns to the field set picks.
	count := func(query string, args []any, set func(*chronicle.TimelineDay, int)) error {
		return each(ctx, tx, query, func(r *sql.Rows) error {
			var s string
			var n int
			if err := r.Scan(&s, &n); err != nil {
				return err
			}
			v, err := chronicle.ParseDay(s)
			if err != nil {
				return nil // a day such as 2025-W17-1: not on the calendar
			}
			d := days[v]
			if d == nil {
				d = &chronicle.TimelineDay{Day: v}
				days[v] = d
			}
			set(d, n)
			return nil
		}, args...)
	}
	if strings.TrimSpace(f.Text) == "" && strings.TrimSpace(f.Entity) == "" {
		// The whole store: the counts SaveDocument keeps per day.
		var conds []string
		var args []any
		if !f.From.IsZero() {
			conds, args = append(conds, "day >= ?"), append(args, f.From.String())
		}
		if !f.To.IsZero() {
			conds, args = append(conds, "day <= ?"), append(args, f.To.String())
		}
		err = count(`SELECT day, articles FROM day_counts`+where(conds), args, func(d *chronicle.TimelineDay, n int) { d.Articles = n })
		if err == nil {
			err = count(`SELECT day, events FROM day_counts`+where(conds), args, func(d *chronicle.TimelineDay, n int) { d.Events = n })
		}
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		return sortedDays(days), nil
	}
	err = count(`SELECT a.date, count(*) FROM articles a WHERE a.date != ''`+sel+` GROUP BY a.date`, args,
		func(d *chronicle.TimelineDay, n int) { d.Articles = n })
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}

	// Events: of the matching articles, or of the entity wherever it acts.
	evWhere, evArgs, _ := selection(chronicle.Query{Text: f.Text})
	if e := strings.TrimSpace(f.Entity); e != "" {
		evWhere += " AND " + actorNamed
		evArgs = append(evArgs, e, e)
	}
	const dayExpr = `substr(` + eventDay + `, 1, 10)`
	if !f.From.IsZero() {
		evWhere += " AND " + dayExpr + " >= ?"
		evArgs = append(evArgs, f.From.String())
	}
	if !f.To.IsZero() {
		evWhere += " AND " + dayExpr + " <= ?"
		evArgs = append(evArgs, f.To.String())
	}
	from := `events v`
	if strings.TrimSpace(f.Text) != "" {
		from += ` JOIN articles a ON a.id = v.article_id`
	}
	err = count(`SELECT `+dayExpr+` AS d, count(*) FROM `+from+`
		WHERE length(`+eventDay+`) >= 10`+evWhere+` GROUP BY d`, evArgs,
		func(d *chronicle.TimelineDay, n int) { d.Events = n })
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	return sortedDays(days), nil
}

// sortedDays returns the days with something to count, in order.
func sortedDays(days map[chronicle.Day]*chronicle.TimelineDay) []chronicle.TimelineDay {
	list := make([]chronicle.TimelineDay, 0, len(days))
	for _, d := range days {
		if d.Articles > 0 || d.Events > 0 {
			list = append(list, *d)
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Day.Before(list[j].Day) })
	return list
}
