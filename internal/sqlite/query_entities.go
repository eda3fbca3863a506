package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"chronicle"
)

// profileArticles is how many recent articles, quotes and events an
// EntityProfile lists.
const profileArticles = 50

// Entities lists the entities of the stored articles that f selects, the
// most mentioned first (by articles, then name). Each is
// known by name and type across articles; its country is the one most of
// its articles give. At most f.Limit come back (DefaultListLimit when 0, at
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

	var conds []string
	var args []any
	if s := strings.TrimSpace(f.Name); s != "" {
		conds = append(conds, `e.name LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(s)+"%")
	}
	if f.Type != "" {
		conds = append(conds, "e.type = ?")
		args = append(args, string(f.Type))
	}
	if f.Country != "" {
		conds = append(conds, "e.country = ?")
		args = append(args, strings.ToUpper(f.Country))
	}
	all, err := summaries(ctx, tx, where(conds), args)
	if err != nil {
		return nil, "", fmt.Errorf("entities: %w", err)
	}
	if offset >= len(all) {
		return []chronicle.EntitySummary{}, "", nil
	}
	page := all[offset:]
	if len(page) > limit {
		page = page[:limit]
		next = pageCursor("e", strconv.Itoa(offset+limit))
	}
	if err := addRoles(ctx, tx, page); err != nil {
		return nil, "", fmt.Errorf("entities: %w", err)
	}
	if err := addMentions(ctx, tx, page); err != nil {
		return nil, "", fmt.Errorf("entities: %w", err)
	}
	return page, next, nil
}

// summaries groups the entity rows that where selects by name and type,
// sorted as Entities lists them. Roles and mentions are left for addRoles
// and addMentions, which count them for one page only.
func summaries(ctx context.Context, tx *sql.Tx, where string, args []any) ([]chronicle.EntitySummary, error) {
	type group struct {
		chronicle.EntitySummary
		countryArticles int // articles behind the chosen country
	}
	groups := map[string]*group{}
	var order []string
	err := each(ctx, tx, `SELECT e.name, e.type, e.country, count(DISTINCT e.article_id)
		FROM entities e`+where+`
		GROUP BY e.name, e.type, e.country`, func(r *sql.Rows) error {
		var s chronicle.EntitySummary
		if err := r.Scan(&s.Name, &s.Type, &s.Country, &s.Articles); err != nil {
			return err
		}
		k := entityKey(s.Name, s.Type)
		g := groups[k]
		if g == nil {
			g = &group{EntitySummary: chronicle.EntitySummary{Name: s.Name, Type: s.Type, Roles: []string{}}}
			groups[k] = g
			order = append(order, k)
		}
		g.Articles += s.Articles
		if s.Country != "" && s.Articles > g.countryArticles {
			g.Country, g.countryArticles = s.Country, s.Articles
		}
		return nil
	}, args...)
	if err != nil {
		return nil, err
	}
	list := make([]chronicle.EntitySummary, len(order))
	for i, k := range order {
		list[i] = groups[k].EntitySummary
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Type < b.Type
	})
	return list, nil
}

// addRoles fills the roles of each summary, the most frequent first.
func addRoles(ctx context.Context, tx *sql.Tx, list []chronicle.EntitySummary) error {
	if len(list) == 0 {
		return nil
	}
	index := map[string]int{}
	args := make([]any, len(list))
	for i, s := range list {
		index[entityKey(s.Name, s.Type)] = i
		args[i] = s.Name
	}
	return each(ctx, tx, `SELECT e.name, e.type, r.role, count(*) AS n
		FROM entity_roles r JOIN entities e ON e.article_id = r.article_id AND e.entity_id = r.entity_id
		WHERE e.name IN (`+placeholders(len(args))+`)
		GROUP BY e.name, e.type, r.role ORDER BY n DESC, r.role`, func(r *sql.Rows) error {
		var name, role string
		var typ chronicle.EntityType
		var n int
		if err := r.Scan(&name, &typ, &role, &n); err != nil {
			return err
		}
		if i, ok := index[entityKey(name, typ)]; ok {
			s := &list[i]
			for _, have := range s.Roles {
				if strings.EqualFold(have, role) {
					return nil
				}
			}
			s.Roles = append(s.Roles, role)
		}
		return nil
	}, args...)
}

// addMentions counts the mentions of each summary across the articles.
func addMentions(ctx context.Context, tx *sql.Tx, list []chronicle.EntitySummary) error {
	if len(list) == 0 {
		return nil
	}
	index := map[string]int{}
	args := make([]any, len(list))
	for i, s := range list {
		index[entityKey(s.Name, s.Type)] = i
		args[i] = s.Name
	}
	return each(ctx, tx, `SELECT e.name, e.type, count(*)
		FROM entities e JOIN mentions m ON m.article_id = e.article_id AND m.entity_id = e.entity_id
		WHERE e.name IN (`+placeholders(len(args))+`) GROUP BY e.name, e.type`, func(r *sql.Rows) error {
		var name string
		var typ chronicle.EntityType
		var n int
		if err := r.Scan(&name, &typ, &n); err != nil {
			return err
		}
		if i, ok := index[entityKey(name, typ)]; ok {
			list[i].Mentions += n
		}
		return nil
	}, args...)
}

// EntityProfile returns what the store knows of the entity with this name
// (ignoring case) and type: its summary, the latest articles that mention
// it, its quotes and its events (at most 50 of each, newest first). With an
// empty typ it picks the type most articles give the name. A name no
// stored entity has is ErrNotFound; an empty one is ErrInvalid.
func (db *DB) EntityProfile(ctx context.Context, name string, typ chronicle.EntityType) (*chronicle.EntityProfile, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, fmt.Errorf("entity: no name: %w", chronicle.ErrInvalid)
	}
	tx, err := db.readTx(ctx, "entity "+name)
	if err != nil {
		return nil, err
	}
	where, args := " WHERE e.name = ?", []any{name}
	if typ != "" {
		where += " AND e.type = ?"
		args = append(args, string(typ))
	}
	list, err := summaries(ctx, tx, where, args)
	if err == nil && len(list) > 0 {
		err = addRoles(ctx, tx, list[:1])
	}
	if err == nil && len(list) > 0 {
		err = addMentions(ctx, tx, list[:1])
	}
	if err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("entity %s: %w", name, err)
	}
	if len(list) == 0 {
		tx.Rollback()
		if typ != "" {
			return nil, fmt.Errorf("entity %s (%s): %w", name, typ, chronicle.ErrNotFound)
		}
		return nil, fmt.Errorf("entity %s: %w", name, chronicle.ErrNotFound)
	}
	p := &chronicle.EntityProfile{EntitySummary: list[0], Recent: []chronicle.ArticleRef{}}
	err = each(ctx, tx, `SELECT a.id, a.date, a.title, a.source FROM articles a
		WHERE a.id IN (SELECT article_id FROM entities WHERE name = ? AND type = ?)
		ORDER BY a.date DESC, a.seq DESC LIMIT ?`, func(r *sql.Rows) error {
		var id, date, title, source string
		if err := r.Scan(&id, &date, &title, &source); err != nil {
			return err
		}
		ref, err := parseRef(id, date, title, source)
		p.Recent = append(p.Recent, ref)
		return err
	}, p.Name, string(p.Type), profileArticles)
	tx.Rollback()
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", name, err)
	}
	if p.Quotes, _, err = db.Quotes(ctx, chronicle.QuoteFilter{Speaker: p.Name, Limit: profileArticles}); err != nil {
		return nil, fmt.Errorf("entity %s: %w", name, err)
	}
	if p.Events, _, err = db.Events(ctx, chronicle.EventFilter{Actor: p.Name, Limit: profileArticles}); err != nil {
		return nil, fmt.Errorf("entity %s: %w", name, err)
	}
	return p, nil
}

// escapeLike escapes the LIKE wildcards of s for ESCAPE '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
