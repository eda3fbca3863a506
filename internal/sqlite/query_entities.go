package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"chronicle"
)

// Entities lists the entities of the stored articles that f selects, the
// most mentioned first (by articles, then name, ignoring case, type and key,
// so that the order never follows what the store once held). Each is
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
		// Every entity's shown name is among its names (entity_names).
		conds = append(conds, `s.id IN (SELECT coalesce(x.linked, x.id)
			FROM entity_names n JOIN entity_stats x ON x.id = n.entity WHERE n.name LIKE ? ESCAPE '\')`)
		args = append(args, "%"+escapeLike(s)+"%")
	}
	if f.Type != "" {
		conds = append(conds, "s.type = ?")
		args = append(args, string(f.Type))
	}
	var ids []int64
	list, ids, err = summaries(ctx, tx, `SELECT s.id, s.name, s.type, s.country, `+articles+`, s.mentions
		FROM `+from+where(conds)+`
		ORDER BY `+articles+` DESC, s.name, s.type, s.key LIMIT ? OFFSET ?`, append(args, limit+1, offset)...)
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
	// The rows' names and those of the surnames linked to them, counted
	// and ordered here; a shown name no article gives (articles 0) is not
	// an alias.
	type alias struct {
		name string
		n    int
	}
	aliases := make([][]alias, len(list))
	err := each(ctx, tx, `SELECT r.target, n.name, n.articles FROM (
			SELECT id AS row, id AS target FROM entity_stats WHERE id IN (`+in+`)
			UNION ALL SELECT id, linked FROM entity_stats WHERE linked IN (`+in+`)) r
		JOIN entity_names n ON n.entity = r.row WHERE n.articles > 0`, func(r *sql.Rows) error {
		var id int64
		var a alias
		if err := r.Scan(&id, &a.name, &a.n); err != nil {
			return err
		}
		i := index[id]
		for j := range aliases[i] {
			if strings.EqualFold(aliases[i][j].name, a.name) {
				aliases[i][j].n += a.n
				return nil
			}
		}
		aliases[i] = append(aliases[i], a)
		return nil
	}, append(args, args...)...)
	if err != nil {
		return err
	}
	for i, as := range aliases {
		slices.SortFunc(as, func(a, b alias) int {
			return cmp.Or(b.n-a.n, strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name)))
		})
		for _, a := range as {
			list[i].Aliases = append(list[i].Aliases, a.name)
		}
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
