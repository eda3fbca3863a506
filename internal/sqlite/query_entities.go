package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"chronicle"
)

// profileArticles is how many recent articles, quotes and events an
// EntityProfile lists.
const profileArticles = 50

// Entities lists the entities of the stored articles that f selects, the
// most mentioned first (by articles, then name, ignoring case). Each is
// known by name and type across articles; its country is the one most of
// its articles give, and with f.Country it is that country and only the
// articles that give it count. At most f.Limit come back (DefaultListLimit when 0, at
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

	// The aggregates of migration 0004: entity_stats for every entity,
	// entity_countries for those of one country, counting only the
	// articles that give them that country.
	from := `entity_stats s`
	var conds []string
	var args []any
	if f.Country != "" {
		from = `entity_countries s JOIN entity_stats t ON t.name = s.name AND t.type = s.type`
		conds = append(conds, "s.country = ?")
		args = append(args, strings.ToUpper(f.Country))
	}
	if s := strings.TrimSpace(f.Name); s != "" {
		conds = append(conds, `s.name LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(s)+"%")
	}
	if f.Type != "" {
		conds = append(conds, "s.type = ?")
		args = append(args, string(f.Type))
	}
	mentions := "s.mentions"
	if f.Country != "" {
		mentions = "t.mentions"
	}
	list, err = summaries(ctx, tx, `SELECT s.name, s.type, s.country, s.articles, `+mentions+`
		FROM `+from+where(conds)+`
		ORDER BY s.articles DESC, s.name, s.type LIMIT ? OFFSET ?`, append(args, limit+1, offset)...)
	if err != nil {
		return nil, "", fmt.Errorf("entities: %w", err)
	}
	if len(list) > limit {
		list = list[:limit]
		next = pageCursor("e", strconv.Itoa(offset+limit))
	}
	if err := addRoles(ctx, tx, list); err != nil {
		return nil, "", fmt.Errorf("entities: %w", err)
	}
	return list, next, nil
}

// summaries runs query, which selects name, type, country, articles and
// mentions, and returns its rows as summaries without roles.
func summaries(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]chronicle.EntitySummary, error) {
	list := []chronicle.EntitySummary{}
	err := each(ctx, tx, query, func(r *sql.Rows) error {
		s := chronicle.EntitySummary{Roles: []string{}}
		if err := r.Scan(&s.Name, &s.Type, &s.Country, &s.Articles, &s.Mentions); err != nil {
			return err
		}
		list = append(list, s)
		return nil
	}, args...)
	return list, err
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
	return each(ctx, tx, `SELECT name, type, role FROM entity_role_stats
		WHERE name IN (`+placeholders(len(args))+`) ORDER BY n DESC, role`, func(r *sql.Rows) error {
		var name, role string
		var typ chronicle.EntityType
		if err := r.Scan(&name, &typ, &role); err != nil {
			return err
		}
		if i, ok := index[entityKey(name, typ)]; ok {
			list[i].Roles = append(list[i].Roles, role)
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
	query, args := `SELECT name, type, country, articles, mentions FROM entity_stats WHERE name = ?`, []any{name}
	if typ != "" {
		query += " AND type = ?"
		args = append(args, string(typ))
	}
	list, err := summaries(ctx, tx, query+" ORDER BY articles DESC, type LIMIT 1", args...)
	if err == nil && len(list) > 0 {
		err = addRoles(ctx, tx, list[:1])
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
