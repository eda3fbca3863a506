package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"chronicle"
)

// profileArticles is how many recent articles, quotes and events an
// EntityProfile lists.
const profileArticles = 50

// keyedRows is the SQL for the rows of entity_stats that make up the
// entity of the row given as argument ?1: that row and the bare surnames
// linked to it.
const keyedRows = `SELECT id FROM entity_stats WHERE id = ?1 OR linked = ?1`

// EntityProfile returns what the store knows of the entity shown by
// this name, or given it by an article (ignoring case: "U.S." finds the
// United States, a surname linked to a person that person), of type typ:
// its summary, the latest articles that mention it, the quotes it is the
// speaker of and its events (at most 50 of each, newest first). With an
// empty typ it picks the entity with most articles. A name no stored
// entity has is ErrNotFound; an empty one is ErrInvalid.
func (db *DB) EntityProfile(ctx context.Context, name string, typ chronicle.EntityType) (*chronicle.EntityProfile, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, fmt.Errorf("entity: no name: %w", chronicle.ErrInvalid)
	}
	p, err := db.profile(ctx, name, typ)
	if err != nil {
		return nil, err
	}
	// Events reads in a transaction of its own, so profile's must be over
	// by now: a store in memory has a single connection.
	if p.Events, _, err = db.Events(ctx, chronicle.EventFilter{Actor: p.Name, ActorType: p.Type, Limit: profileArticles}); err != nil {
		return nil, fmt.Errorf("entity %s: %w", name, err)
	}
	return p, nil
}

// profile returns the profile of the entity named, all but its events, read
// in one transaction.
func (db *DB) profile(ctx context.Context, name string, typ chronicle.EntityType) (*chronicle.EntityProfile, error) {
	tx, err := db.readTx(ctx, "entity "+name)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	query, args := `SELECT id, name, type, country, articles, mentions FROM entity_stats
		WHERE id IN (`+namedRows+`) AND linked IS NULL`, []any{name, name}
	if typ != "" {
		query += " AND type = ?"
		args = append(args, string(typ))
	}
	list, ids, err := summaries(ctx, tx, query+" ORDER BY articles DESC, type LIMIT 1", args...)
	if err == nil && len(list) > 0 {
		err = addNamesAndRoles(ctx, tx, list[:1], ids[:1])
	}
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", name, err)
	}
	if len(list) == 0 {
		if typ != "" {
			return nil, fmt.Errorf("entity %s (%s): %w", name, typ, chronicle.ErrNotFound)
		}
		return nil, fmt.Errorf("entity %s: %w", name, chronicle.ErrNotFound)
	}
	p := &chronicle.EntityProfile{EntitySummary: list[0]}
	if p.Recent, err = recentArticles(ctx, tx, ids[0]); err != nil {
		return nil, fmt.Errorf("entity %s: %w", name, err)
	}
	if p.Quotes, err = quotesBy(ctx, tx, ids[0]); err != nil {
		return nil, fmt.Errorf("entity %s: %w", name, err)
	}
	return p, nil
}

// recentArticles returns the latest articles that mention the entity of
// the entity_stats row id. The page is chosen on the index of articles by
// id and date alone (which holds the row number too), so that only the
// articles listed are read, not every article that mentions the entity.
func recentArticles(ctx context.Context, tx *sql.Tx, id int64) ([]chronicle.ArticleRef, error) {
	refs := []chronicle.ArticleRef{}
	err := each(ctx, tx, `SELECT a.id, a.date, a.title, a.source
		FROM (SELECT seq FROM articles
			WHERE id IN (SELECT article_id FROM entities WHERE entity IN (`+keyedRows+`))
			ORDER BY date DESC, seq DESC LIMIT ?2) page
		CROSS JOIN articles a ON a.seq = page.seq
		ORDER BY a.date DESC, a.seq DESC`, func(r *sql.Rows) error {
		var id, date, title, source string
		if err := r.Scan(&id, &date, &title, &source); err != nil {
			return err
		}
		ref, err := parseRef(id, date, title, source)
		refs = append(refs, ref)
		return err
	}, id, profileArticles)
	return refs, err
}

// quotesBy returns the latest quotes whose speaker is the entity of the
// entity_stats row id. Unlike the speaker filter of Quotes, it does not
// match the words that introduce a speaker, so the profile of "US" does
// not list the quotes of "Bush" or of "the US Treasury spokesperson". The
// page is chosen before any quote's text is read.
func quotesBy(ctx context.Context, tx *sql.Tx, id int64) ([]chronicle.QuoteHit, error) {
	hits := []chronicle.QuoteHit{}
	err := each(ctx, tx, `SELECT `+quoteColumns+`
		FROM (SELECT x.rowid AS k FROM entities n
				CROSS JOIN quotes x ON x.article_id = n.article_id AND x.speaker = n.entity_id
				CROSS JOIN articles a ON a.id = x.article_id
			WHERE n.entity IN (`+keyedRows+`)
			ORDER BY a.date DESC, a.seq DESC, x.position LIMIT ?2) page
		CROSS JOIN quotes q ON q.rowid = page.k CROSS JOIN articles a ON a.id = q.article_id
		LEFT JOIN entities s ON s.article_id = q.article_id AND s.entity_id = q.speaker
		ORDER BY a.date DESC, a.seq DESC, q.position`, func(r *sql.Rows) error {
		row, err := scanQuote(r)
		hits = append(hits, row.hit)
		return err
	}, id, profileArticles)
	return hits, err
}
