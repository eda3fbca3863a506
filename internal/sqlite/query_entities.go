package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"chronicle"
)

// Entities lists the entities of the stored articles that f selects, the
// most mentioned first (by articles, then name, ignoring case). Each is
// known by type and key across articles (see Namer), shown by the name
// its key gives, with the names the articles give it as aliases; f.Name
// matches either. Its country is the one most of its articles give, and
// with f.Country it is that country and only the articles that give it
// count. At most f.Limit come back (DefaultListLimit when 0, at
// most MaxListLimit); next is "" on the last page and otherwise the
// EntityFilter.Cursor of the next. A negative limit or a cursor that no
// Entities call returned is ErrInvalid.
func (db *DB) Entities(ctx context.Context, f chronicle.EntityFilter) (list []chronicle.EntitySummary, next string, err error) {
	limit, err := listLimit("entities", f.Limit)
	if err != nil {
		return nil, "", err
	}
	offset := 0
	if f.Cursor != "" {
		keys, err := parsePageCursor("entities", "e", f.Cursor, 1)
		if err != nil {
			return nil, "", err
		}
		if offset, err = strconv.Atoi(keys[0]); err != nil || offset < 0 {
			return nil, "", fmt.Errorf("entities: cursor %q: not one this listing made: %w", f.Cursor, chronicle.ErrInvalid)
		}
	}
	tx, err := db.readTx(ctx, "entities")
	if err != nil {
		return nil, "", err
	}
	defer tx.Rollback()

	// The aggregates of migration 0007: entity_stats for every entity,
	// entity_countries for those of one country, counting only the
	// articles that give them that country. Bare surnames linked to a
	// person are counted in that person's row and not listed.
	from := `entity_stats s`
	conds := []string{"s.linked IS NULL"}
	var args []any
	articles := "s.articles"
	if f.Country != "" {
		from = `entity_countries c CROSS JOIN entity_stats s ON s.id = c.entity`
		conds = append(conds, "c.country = ?")
		args = append(args, strings.ToUpper(f.Country))
		articles = "c.articles"
	}
	if s := strings.TrimSpace(f.Name); s != "" {
		conds = append(conds, `(s.name LIKE ? ESCAPE '\' OR s.id IN (SELECT coalesce(x.linked, x.id)
			FROM entity_names n JOIN entity_stats x ON x.id = n.entity WHERE n.name LIKE ? ESCAPE '\'))`)
		pattern := "%" + escapeLike(s) + "%"
		args = append(args, pattern, pattern)
	}
	if f.Type != "" {
		conds = append(conds, "s.type = ?")
		args = append(args, string(f.Type))
	}
	var ids []int64
	list, ids, err = summaries(ctx, tx, `SELECT s.id, s.name, s.type, s.country, `+articles+`, s.mentions
		FROM `+from+where(conds)+`
		ORDER BY `+articles+` DESC, s.name, s.type LIMIT ? OFFSET ?`, append(args, limit+1, offset)...)
	if err != nil {
		return nil, "", fmt.Errorf("entities: %w", err)
	}
	if len(list) > limit {
		list, ids = list[:limit], ids[:limit]
		next = pageCursor("e", strconv.Itoa(offset+limit))
	}
	if err := addNamesAndRoles(ctx, tx, list, ids); err != nil {
		return nil, "", fmt.Errorf("entities: %w", err)
	}
	return list, next, nil
}

// summaries runs query, which selects id, name, type, country, articles
// and mentions, and returns its rows as summaries without aliases or
// roles, and their ids.
func summaries(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]chronicle.EntitySummary, []int64, error) {
	list := []chronicle.EntitySummary{}
	var ids []int64
	err := each(ctx, tx, query, func(r *sql.Rows) error {
		s := chronicle.EntitySummary{Aliases: []string{}, Roles: []string{}}
		var id int64
		if err := r.Scan(&id, &s.Name, &s.Type, &s.Country, &s.Articles, &s.Mentions); err != nil {
			return err
		}
		list = append(list, s)
		ids = append(ids, id)
		return nil
	}, args...)
	return list, ids, err
}

// addNamesAndRoles fills the aliases and roles of each summary, whose row
// of entity_stats is the same element of ids, the most frequent first. A
// row's aliases and roles include those of the surnames linked to it.
func addNamesAndRoles(ctx context.Context, tx *sql.Tx, list []chronicle.EntitySummary, ids []int64) error {
	if len(list) == 0 {
		return nil
	}
	index := map[int64]int{}
	args := make([]any, len(ids))
	for i, id := range ids {
		index[id] = i
		args[i] = id
	}
	in := placeholders(len(args))
	err := each(ctx, tx, `SELECT coalesce(s.linked, s.id), n.name, sum(n.articles) AS c
		FROM entity_stats s JOIN entity_names n ON n.entity = s.id
		WHERE s.id IN (`+in+`) OR s.linked IN (`+in+`)
		GROUP BY 1, n.name ORDER BY c DESC, n.name`, func(r *sql.Rows) error {
		var id int64
		var name string
		var n int
		if err := r.Scan(&id, &name, &n); err != nil {
			return err
		}
		s := &list[index[id]]
		s.Aliases = append(s.Aliases, name)
		return nil
	}, append(args, args...)...)
	if err != nil {
		return err
	}
	// The roles of a person include those of its linked surname already.
	return each(ctx, tx, `SELECT entity, role FROM entity_role_stats
		WHERE entity IN (`+in+`) ORDER BY n DESC, role`, func(r *sql.Rows) error {
		var id int64
		var role string
		if err := r.Scan(&id, &role); err != nil {
			return err
		}
		list[index[id]].Roles = append(list[index[id]].Roles, role)
		return nil
	}, args...)
}

// escapeLike escapes the LIKE wildcards of s for ESCAPE '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
