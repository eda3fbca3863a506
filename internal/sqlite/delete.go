package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"chronicle"
)

// The statements DeleteDocument runs besides those SaveDocument does.
const (
	// The speaker index has the quotes as external content: it forgets a
	// quote only when told the text it indexed.
	deleteSpeakers = `INSERT INTO quote_speakers (quote_speakers, rowid, speaker_text)
		SELECT 'delete', rowid, speaker_text FROM quotes WHERE article_id = ?`
	deleteArticleFacets = `DELETE FROM article_facets WHERE seq = ?`
	// The article's annotations go through their foreign keys (ON DELETE
	// CASCADE), its full-text row and its row counts through the triggers.
	deleteArticle = `DELETE FROM articles WHERE id = ?`
	// Each removal counts one more in store_meta, so that what is cached
	// by the last row number (Graph) knows the store changed.
	countDeletion = `INSERT INTO store_meta (name, value) VALUES ('deleted_articles', 1)
		ON CONFLICT (name) DO UPDATE SET value = value + 1`
	// The rows of entity_stats and beside it that count nothing any more.
	// A row keeps its shown name among its names even when no article
	// gives it, as SaveDocument made it.
	deleteEmptyCountries = `DELETE FROM entity_countries WHERE entity = ? AND articles <= 0`
	deleteEmptyRoles     = `DELETE FROM entity_role_stats WHERE entity = ? AND n <= 0`
	deleteEmptyNames     = `DELETE FROM entity_names WHERE entity = ?1 AND articles <= 0
		AND name != (SELECT name FROM entity_stats WHERE id = ?1)`
	deleteEmptyEntity  = `DELETE FROM entity_stats WHERE id = ? AND articles <= 0 RETURNING id`
	deleteAllNames     = `DELETE FROM entity_names WHERE entity = ?`
	deleteAllCountries = `DELETE FROM entity_countries WHERE entity = ?`
	deleteAllRoles     = `DELETE FROM entity_role_stats WHERE entity = ?`
	// The rows of entity_stats the article's entities were stored with,
	// by their key: the Namer of the day may key them otherwise.
	selectStoredRows = `SELECT e.entity_id, s.key, s.name FROM entities e
		LEFT JOIN entity_stats s ON s.id = e.entity WHERE e.article_id = ?`
	// What respell reads and writes.
	selectShown  = `SELECT name, articles FROM entity_stats WHERE id = ?`
	setShownName = `UPDATE entity_stats SET name = ?2 WHERE id = ?1`
	// Matches the row of the same name spelled otherwise (ignoring ASCII
	// case) and gives it this spelling.
	respellName = `UPDATE entity_names SET name = ?2 WHERE entity = ?1 AND name = ?2 COLLATE NOCASE`
	// What spelledFirst asks: does an article stored before row seq (?2)
	// give row ?1 (the name ?3, ignoring case), and which entity of the
	// articles stored after it gives it first.
	spelledFrom     = ` FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.entity = ?1 `
	spelledBefore   = `SELECT 1` + spelledFrom + `AND a.seq < ?2 LIMIT 1`
	spelledBeforeAs = `SELECT 1` + spelledFrom + `AND a.seq < ?2 AND e.name = ?3 COLLATE NOCASE LIMIT 1`
	spelledAfter    = `SELECT e.name, e.type, e.country` + spelledFrom + `AND a.seq > ?2 ORDER BY a.seq, e.position LIMIT 1`
	spelledAfterAs  = `SELECT e.name, e.type, e.country` + spelledFrom +
		`AND a.seq > ?2 AND e.name = ?3 COLLATE NOCASE ORDER BY a.seq, e.position LIMIT 1`
)

// deletes lists them, for Open to prepare.
var deletes = []string{deleteSpeakers, deleteArticleFacets, deleteArticle, countDeletion,
	deleteEmptyCountries, deleteEmptyRoles, deleteEmptyNames, deleteEmptyEntity,
	deleteAllNames, deleteAllCountries, deleteAllRoles, selectStoredRows,
	selectShown, setShownName, respellName, spelledBefore, spelledBeforeAs, spelledAfter, spelledAfterAs}

// DeleteDocument removes the article with the given ID and everything the
// store derived from it, in one transaction: its annotations, its
// full-text row, its share of every aggregate the listings read (entities
// across articles, their names, countries and roles, the facets, the
// timeline's days, who acts with whom), and the entities across articles
// that no other article names. id may be a prefix, as for Document. It
// returns the document as it was stored. An unknown ID is ErrNotFound; a
// prefix that several IDs share, or one too short, is ErrInvalid. The same
// text saved again afterwards is stored as new.
func (db *DB) DeleteDocument(ctx context.Context, id chronicle.ArticleID) (*chronicle.Document, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("delete article %s: %w", id, err)
	}
	defer tx.Rollback()
	full, err := resolveID(ctx, tx, id)
	if err != nil {
		return nil, fmt.Errorf("delete %w", err)
	}
	d, err := loadDocument(ctx, tx, full)
	if err != nil {
		return nil, fmt.Errorf("delete article %s: %w", full, err)
	}
	if err := db.deleteDocument(ctx, tx, d); err != nil {
		return nil, fmt.Errorf("delete article %s: %w", full, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("delete article %s: commit: %w", full, err)
	}
	return d, nil
}

// deleteDocument takes the stored document d out of the aggregates, in the
// reverse of what SaveDocument did to store it, and then deletes its rows.
func (db *DB) deleteDocument(ctx context.Context, tx *sql.Tx, d *chronicle.Document) error {
	id := string(d.Article.ID)
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT seq FROM articles WHERE id = ?`, id).Scan(&seq); err != nil {
		return err
	}
	groups, order, keys, err := db.storedGroups(ctx, tx, d)
	if err != nil {
		return err
	}
	if err := db.deleteEntityStats(ctx, tx, seq, groups, order); err != nil {
		return err
	}
	if err := db.addCount(ctx, tx, countArticle(d, groups, keys), -1); err != nil {
		return err
	}
	for _, q := range []string{deleteSpeakers, deleteArticle} {
		if err := db.exec(ctx, tx, q, id); err != nil {
			return err
		}
	}
	if err := db.exec(ctx, tx, deleteArticleFacets, seq); err != nil {
		return err
	}
	return db.exec(ctx, tx, countDeletion)
}

// storedGroups groups the entities of the stored document d as
// groupEntities does, by the rows of entity_stats they were stored with
// rather than by the keys the Namer gives them now: the Namer's keys
// depend on its data (the gazetteer), which may have changed since.
func (db *DB) storedGroups(ctx context.Context, tx *sql.Tx, d *chronicle.Document) (map[string]*entityGroup, []string, map[chronicle.EntityID]string, error) {
	type row struct{ key, name string }
	rows := map[chronicle.EntityID]row{}
	st, err := db.prepare(ctx, tx, selectStoredRows)
	if err != nil {
		return nil, nil, nil, err
	}
	err = eachRow(ctx, st, func(r *sql.Rows) error {
		var id chronicle.EntityID
		var key, name sql.NullString
		if err := r.Scan(&id, &key, &name); err != nil {
			return err
		}
		if !key.Valid {
			return fmt.Errorf("entity %s has no row across articles", id)
		}
		rows[id] = row{key.String, name.String}
		return nil
	}, string(d.Article.ID))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("entity aggregates: %w", err)
	}
	groups, order, keys := groupBy(d, func(e *chronicle.Entity) (string, string) {
		r := rows[e.ID]
		return r.key, r.name
	})
	return groups, order, keys, nil
}

// deleteEntityStats takes the groups of the article stored as row seq out of
// entity_stats and the tables beside it, setting each group's id and code,
// links again the bare surnames among them, spells their names as the
// other articles do, and drops the rows left counting no article.
func (db *DB) deleteEntityStats(ctx context.Context, tx *sql.Tx, seq int64, groups map[string]*entityGroup, order []string) error {
	var touched []int64
	for _, k := range order {
		g := groups[k]
		var linked sql.NullInt64
		err := tx.StmtContext(ctx, db.prepared[selectEntityStats]).QueryRowContext(ctx, k).Scan(&g.id, &linked)
		if err != nil {
			return fmt.Errorf("entity aggregates: %q: %w", k, err)
		}
		g.code = g.id*8 + typeCode(g.typ)
		if err := db.exec(ctx, tx, addToEntity, -1, -g.mentions, g.id); err != nil {
			return fmt.Errorf("entity aggregates: %w", err)
		}
		if err := db.addGroup(ctx, tx, g, linked, -1); err != nil {
			return fmt.Errorf("entity aggregates: %w", err)
		}
		touched = append(touched, g.id)
		if linked.Valid {
			touched = append(touched, linked.Int64)
		}
	}
	// Linking again first: a person left with no article lets go of the
	// surnames linked to it, which takes their counts back out of its row.
	if err := db.linkSurnames(ctx, tx, groups, order); err != nil {
		return err
	}
	for _, k := range order {
		if err := db.respell(ctx, tx, seq, k, groups[k]); err != nil {
			return fmt.Errorf("entity aggregates: %w", err)
		}
	}
	slices.Sort(touched)
	for _, e := range slices.Compact(touched) {
		if err := db.dropEmpty(ctx, tx, e); err != nil {
			return fmt.Errorf("entity aggregates: %w", err)
		}
	}
	return nil
}

// respell gives the row of group g (row key k) of the article stored as
// row seq, when other articles still name it, the spellings it would have
// had if that article had never been stored: a row's shown name, and each
// of its names, are spelled as the first article to give them spelled them
// ("WASHINGTON" stays after "Washington" only while the article that
// shouted it is there).
func (db *DB) respell(ctx context.Context, tx *sql.Tx, seq int64, k string, g *entityGroup) error {
	st, err := db.prepare(ctx, tx, selectShown)
	if err != nil {
		return err
	}
	var shown string
	var articles int
	if err := st.QueryRowContext(ctx, g.id).Scan(&shown, &articles); err != nil {
		return err
	}
	if articles <= 0 {
		return nil // dropEmpty removes it
	}
	e, ok, err := db.spelledFirst(ctx, tx, g.id, seq, "")
	if err != nil {
		return err
	}
	if ok {
		name := e.Name
		// The Namer's name for it, unless the text never names it or the
		// Namer of the day keys it otherwise (see storedGroups).
		if !isUnnamed(k) {
			if key, canonical := db.names.Key(e.Name, e.Type, e.Country); rowKey(e.Type, key) == k {
				name = canonical
			}
		}
		if name != shown {
			for _, q := range []string{setShownName, insertShownName, respellName} {
				if err := db.exec(ctx, tx, q, g.id, name); err != nil {
					return err
				}
			}
			shown = name
		}
	}
	for _, n := range g.names {
		if foldASCII(n) == foldASCII(shown) {
			continue // spelled as the shown name
		}
		e, ok, err := db.spelledFirst(ctx, tx, g.id, seq, n)
		if err != nil {
			return err
		}
		if ok && e.Name != n {
			if err := db.exec(ctx, tx, respellName, g.id, e.Name); err != nil {
				return err
			}
		}
	}
	return nil
}

// spelledFirst returns the stored entity of row (of that name, ignoring
// case, unless name is "") whose spelling the row keeps once the article
// stored as row seq is gone: the first of those stored after it, when none
// was stored before it; ok is false when one was, or none is left.
func (db *DB) spelledFirst(ctx context.Context, tx *sql.Tx, row, seq int64, name string) (e chronicle.Entity, ok bool, err error) {
	before, after, args := spelledBefore, spelledAfter, []any{row, seq}
	if name != "" {
		before, after, args = spelledBeforeAs, spelledAfterAs, append(args, name)
	}
	st, err := db.prepare(ctx, tx, before)
	if err != nil {
		return e, false, err
	}
	var one int
	err = st.QueryRowContext(ctx, args...).Scan(&one)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return e, false, err
	}
	if st, err = db.prepare(ctx, tx, after); err != nil {
		return e, false, err
	}
	err = st.QueryRowContext(ctx, args...).Scan(&e.Name, &e.Type, &e.Country)
	if errors.Is(err, sql.ErrNoRows) {
		return e, false, nil
	}
	return e, err == nil, err
}

// dropEmpty deletes the rows of entity id that count nothing, and the
// entity itself, with everything beside it, when no article names it.
func (db *DB) dropEmpty(ctx context.Context, tx *sql.Tx, id int64) error {
	for _, q := range []string{deleteEmptyCountries, deleteEmptyRoles, deleteEmptyNames} {
		if err := db.exec(ctx, tx, q, id); err != nil {
			return err
		}
	}
	st, err := db.prepare(ctx, tx, deleteEmptyEntity)
	if err != nil {
		return err
	}
	var gone int64
	if err := st.QueryRowContext(ctx, id).Scan(&gone); errors.Is(err, sql.ErrNoRows) {
		return nil // still named
	} else if err != nil {
		return err
	}
	for _, q := range []string{deleteAllNames, deleteAllCountries, deleteAllRoles} {
		if err := db.exec(ctx, tx, q, id); err != nil {
			return err
		}
	}
	return nil
}
