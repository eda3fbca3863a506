package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"chronicle"
)

// A Namer knows entities across articles: it gives the key that all the
// names of one entity share ("US", "U.S." and "the United States") and
// the name to show for it. The store lists, counts and finds entities by
// type and key.
type Namer interface {
	// Key returns the key of an entity an article calls name, of type typ
	// and country ("" unknown), and the name to show for that key. A
	// person's key is the words of the name, lower case, separated by
	// single spaces: the store links a bare surname to a full name by
	// them (see linkSurname).
	Key(name string, typ chronicle.EntityType, country string) (key, canonical string)
	// Version names the rules; the store keys its entities again when it
	// is opened with a Namer of another version.
	Version() string
}

// Options are the choices of OpenWith. The zero value is what Open uses.
type Options struct {
	// Names keys entities across articles; nil means plainNames, which
	// knows an entity by its name, ignoring ASCII case.
	Names Namer
}

// plainNames keys an entity by its name alone, ignoring ASCII case, as
// the store did before it had a Namer.
type plainNames struct{}

func (plainNames) Key(name string, _ chronicle.EntityType, _ string) (string, string) {
	return foldASCII(strings.Join(strings.Fields(name), " ")), name
}

func (plainNames) Version() string { return "plain-1" }

// surnameShare is the share of the articles of the full names with a
// surname that one person (one first name) must have for a bare surname
// to stand for that person; fullNameArticles is how many articles must
// give that person's full name. A name the recognizer found once ("Our
// Freedom", "Merriam-Webster Online") is too often not a person at all.
const (
	surnameShare     = 0.9
	fullNameArticles = 2
)

// The statements that key entities, run by SaveDocument and, with the
// counts they add negative, by DeleteDocument.
const (
	upsertEntityStats = `INSERT INTO entity_stats (key, name, type, surname, articles, mentions) VALUES (?, ?, ?, ?, 1, ?)
		ON CONFLICT (key) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions
		RETURNING id, linked, articles`
	selectEntityStats = `SELECT id, linked FROM entity_stats WHERE key = ?`
	insertShownName   = `INSERT OR IGNORE INTO entity_names (entity, name, articles) VALUES (?, ?, 0)`
	addToEntity       = `UPDATE entity_stats SET articles = articles + ?, mentions = mentions + ? WHERE id = ?`
	upsertEntityName  = `INSERT INTO entity_names (entity, name, articles) VALUES (?, ?, ?)
		ON CONFLICT (entity, name) DO UPDATE SET articles = articles + excluded.articles`
	upsertEntityCountry = `INSERT INTO entity_countries (entity, country, articles) VALUES (?, ?, ?)
		ON CONFLICT (entity, country) DO UPDATE SET articles = articles + excluded.articles`
	updateEntityCountry = `UPDATE entity_stats SET country = coalesce((SELECT c.country FROM entity_countries c
		WHERE c.entity = entity_stats.id AND c.country != '' AND c.articles > 0
		ORDER BY c.articles DESC, c.country LIMIT 1), '') WHERE id = ?`
	upsertEntityRole = `INSERT INTO entity_role_stats (entity, role, n) VALUES (?, ?, ?)
		ON CONFLICT (entity, role) DO UPDATE SET n = n + excluded.n`
	selectSurname = `SELECT id, key, country, linked, articles FROM entity_stats
		WHERE surname = ? AND surname != '' AND type = 'PERSON'`
)

// nameWrites lists them, for Open to prepare.
var nameWrites = []string{upsertEntityStats, selectEntityStats, insertShownName, addToEntity, upsertEntityName,
	upsertEntityCountry, updateEntityCountry, upsertEntityRole, selectSurname}

// An entityGroup is what one article says of one entity across its rows
// with the same key and type.
type entityGroup struct {
	name      string // the name to show
	typ       chronicle.EntityType
	mentions  int
	id        int64          // its row of entity_stats
	code      int64          // its code in article_facets and event_pairs
	names     []string       // the names the article gives it, distinct ignoring case
	countries []string       // distinct, in order of appearance; '' included
	roles     map[string]int // by role folded as NOCASE folds it
	roleNames []string       // the first spelling of each role, in order
}

// groupEntities groups the entities of d by their rows of entity_stats,
// keyed by the Namer as SaveDocument keys them, in order of first
// appearance, and returns the groups and the row key of each entity.
func (db *DB) groupEntities(d *chronicle.Document) (groups map[string]*entityGroup, order []string, keys map[chronicle.EntityID]string) {
	return groupBy(d, func(e *chronicle.Entity) (string, string) {
		if e.Unnamed() {
			return rowKey(e.Type, groupKey(d, e)), e.Name
		}
		key, name := db.names.Key(e.Name, e.Type, e.Country)
		return rowKey(e.Type, key), name
	})
}

// groupBy groups the entities of d by the row key that rowOf gives each,
// with the name to show for a new row, in order of first appearance.
func groupBy(d *chronicle.Document, rowOf func(*chronicle.Entity) (k, name string)) (groups map[string]*entityGroup, order []string, keys map[chronicle.EntityID]string) {
	groups = map[string]*entityGroup{}
	keys = map[chronicle.EntityID]string{}
	for _, e := range d.Entities {
		k, name := rowOf(&e)
		keys[e.ID] = k
		g := groups[k]
		if g == nil {
			g = &entityGroup{name: name, typ: e.Type, roles: map[string]int{}}
			groups[k] = g
			order = append(order, k)
		}
		g.mentions += len(e.Mentions)
		if !slices.ContainsFunc(g.names, func(n string) bool { return foldASCII(n) == foldASCII(e.Name) }) {
			g.names = append(g.names, e.Name)
		}
		if !slices.Contains(g.countries, e.Country) {
			g.countries = append(g.countries, e.Country)
		}
		for _, r := range e.Roles {
			rk := foldASCII(r)
			if _, ok := g.roles[rk]; !ok {
				g.roleNames = append(g.roleNames, r)
			}
			g.roles[rk]++
		}
	}
	return groups, order, keys
}

// saveEntityStats adds the groups of one article to entity_stats and the
// tables beside it, sets each group's id and code, and links bare
// surnames to the person they stand for.
func (db *DB) saveEntityStats(ctx context.Context, tx *sql.Tx, groups map[string]*entityGroup, order []string) error {
	for _, k := range order {
		g := groups[k]
		var linked sql.NullInt64
		var articles int
		err := tx.StmtContext(ctx, db.prepared[upsertEntityStats]).QueryRowContext(ctx,
			k, g.name, string(g.typ), surnameOf(k, g.typ), g.mentions).Scan(&g.id, &linked, &articles)
		if err != nil {
			return fmt.Errorf("entity aggregates: %w", err)
		}
		g.code = g.id*8 + typeCode(g.typ)
		if articles == 1 {
			// A new row: its shown name is among its names even when no
			// article gives it ("United States" for "US"), so that the
			// names alone find it.
			if err := db.exec(ctx, tx, insertShownName, g.id, g.name); err != nil {
				return fmt.Errorf("entity aggregates: %w", err)
			}
		}
		if err := db.addGroup(ctx, tx, g, linked, 1); err != nil {
			return fmt.Errorf("entity aggregates: %w", err)
		}
	}
	return db.linkSurnames(ctx, tx, groups, order)
}

// rowKey is the key of a row of entity_stats: the entity's type, NUL, and
// the Namer's key or, for an entity the text never names, groupKey's.
func rowKey(typ chronicle.EntityType, key string) string { return string(typ) + "\x00" + key }

// ownKey returns the key within a type of the row key k: the Namer's, or
// groupKey's.
func ownKey(k string) string { return k[strings.IndexByte(k, 0)+1:] }

// unnamedMark starts the keys groupKey gives, which no Namer gives.
const unnamedMark = "~"

// isUnnamed reports whether the row key k is that of an entity the text
// never names (see groupKey).
func isUnnamed(k string) bool { return strings.HasPrefix(ownKey(k), unnamedMark) }

// surnameOf returns the surname of the entity with row key k and type typ:
// the last word of a person's key, else "".
func surnameOf(k string, typ chronicle.EntityType) string {
	if typ != chronicle.Person {
		return ""
	}
	words := strings.Fields(ownKey(k))
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// addGroup adds (sign 1) or takes away (sign -1) what the group g of one
// article counts, other than its own row's articles and mentions: its
// names, and its countries and roles in its own row and in the row of the
// person linked, if it is a bare surname linked to one, whose articles and
// mentions also hold it.
func (db *DB) addGroup(ctx context.Context, tx *sql.Tx, g *entityGroup, linked sql.NullInt64, sign int) error {
	rows := []int64{g.id}
	if linked.Valid {
		rows = append(rows, linked.Int64)
		if err := db.exec(ctx, tx, addToEntity, sign, sign*g.mentions, linked.Int64); err != nil {
			return err
		}
	}
	for _, n := range g.names {
		if err := db.exec(ctx, tx, upsertEntityName, g.id, n, sign); err != nil {
			return err
		}
	}
	for _, id := range rows {
		located := false
		for _, c := range g.countries {
			if err := db.exec(ctx, tx, upsertEntityCountry, id, c, sign); err != nil {
				return err
			}
			located = located || c != ""
		}
		if located {
			if err := db.exec(ctx, tx, updateEntityCountry, id); err != nil {
				return err
			}
		}
		for _, r := range g.roleNames {
			if err := db.exec(ctx, tx, upsertEntityRole, id, r, sign*g.roles[foldASCII(r)]); err != nil {
				return err
			}
		}
	}
	return nil
}

// linkSurnames links again the bare surnames of the persons among the
// groups of one article (see linkSurname).
func (db *DB) linkSurnames(ctx context.Context, tx *sql.Tx, groups map[string]*entityGroup, order []string) error {
	var surnames []string
	for _, k := range order {
		if s := surnameOf(k, groups[k].typ); s != "" && !slices.Contains(surnames, s) {
			surnames = append(surnames, s)
		}
	}
	for _, s := range surnames {
		if err := db.linkSurname(ctx, tx, s); err != nil {
			return fmt.Errorf("entity aggregates: surname %q: %w", s, err)
		}
	}
	return nil
}

// exec runs the statement Open prepared for query within tx.
func (db *DB) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) error {
	st, err := db.prepare(ctx, tx, query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

// linkSurname decides which person the bare surname s stands for, if the
// store has it as a person of one word, and moves its counts to that
// person's row. The candidates are the persons of two words or more whose
// last word is s and whose country agrees with the surname's (the same,
// or either unknown); they are grouped by first name, so that "George W.
// Bush" and "George Bush" are one. The surname stands for the group with
// at least surnameShare of the candidates' articles, and within it for the
// name with most articles, if that name is in at least fullNameArticles
// articles; otherwise it stands alone. The choice is made again each time
// an article names a person with that surname.
func (db *DB) linkSurname(ctx context.Context, tx *sql.Tx, s string) error {
	type person struct {
		id, linked    int64
		first         string
		country       string
		articles, own int
	}
	var bare *person
	var full []person
	err := eachRow(ctx, tx.StmtContext(ctx, db.prepared[selectSurname]), func(r *sql.Rows) error {
		var p person
		var key string
		var linked sql.NullInt64
		if err := r.Scan(&p.id, &key, &p.country, &linked, &p.articles); err != nil {
			return err
		}
		p.linked, p.own = linked.Int64, p.articles
		words := strings.Fields(ownKey(key))
		if len(words) == 1 {
			bare = &p
			return nil
		}
		p.first = words[0]
		full = append(full, p)
		return nil
	}, s)
	if err != nil || bare == nil {
		return err
	}
	// What the full names hold of their own, without the surname's counts.
	shares := map[string]int{}
	total := 0
	var candidates []person
	for _, p := range full {
		if p.id == bare.linked {
			p.own -= bare.articles
		}
		if bare.country != "" && p.country != "" && p.country != bare.country {
			continue
		}
		candidates = append(candidates, p)
		shares[p.first] += p.own
		total += p.own
	}
	var target int64
	best := -1
	for _, p := range candidates {
		if p.own >= fullNameArticles && float64(shares[p.first]) >= surnameShare*float64(total) && p.own > best {
			target, best = p.id, p.own
		}
	}
	if target == bare.linked {
		return nil
	}
	if bare.linked != 0 {
		if err := moveCounts(ctx, tx, bare.id, bare.linked, -1); err != nil {
			return err
		}
	}
	if target != 0 {
		if err := moveCounts(ctx, tx, bare.id, target, 1); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `UPDATE entity_stats SET linked = nullif(?, 0) WHERE id = ?`, target, bare.id)
	return err
}

// moveCounts adds (sign 1) or takes away (sign -1) the counts of row from
// to those of row to: articles, mentions, countries and roles.
func moveCounts(ctx context.Context, tx *sql.Tx, from, to int64, sign int) error {
	for _, s := range []struct {
		query string
		args  []any
	}{
		{`UPDATE entity_stats SET articles = entity_stats.articles + ? * f.a, mentions = entity_stats.mentions + ? * f.m
			FROM (SELECT articles AS a, mentions AS m FROM entity_stats WHERE id = ?) f WHERE entity_stats.id = ?`, []any{sign, sign, from, to}},
		{`INSERT INTO entity_countries (entity, country, articles) SELECT ?, country, ? * articles FROM entity_countries
			WHERE entity = ? ON CONFLICT (entity, country) DO UPDATE SET articles = articles + excluded.articles`, []any{to, sign, from}},
		{`DELETE FROM entity_countries WHERE entity = ? AND articles <= 0`, []any{to}},
		{`INSERT INTO entity_role_stats (entity, role, n) SELECT ?, role, ? * n FROM entity_role_stats
			WHERE entity = ? ON CONFLICT (entity, role) DO UPDATE SET n = n + excluded.n`, []any{to, sign, from}},
		{`DELETE FROM entity_role_stats WHERE entity = ? AND n <= 0`, []any{to}},
		{updateEntityCountry, []any{to}},
	} {
		if _, err := tx.ExecContext(ctx, s.query, s.args...); err != nil {
			return err
		}
	}
	return nil
}

// namedRows is the SQL for the rows of entity_stats that a name (given
// twice as arguments) names, ignoring case: the entities shown by that
// name or given it by an article, each with the bare surnames linked to
// it; a linked surname's name names the person it is linked to.
const namedRows = `WITH named(id) AS (
		SELECT coalesce(linked, id) FROM entity_stats WHERE name = ?
		UNION SELECT coalesce(s.linked, s.id) FROM entity_names n JOIN entity_stats s ON s.id = n.entity WHERE n.name = ?)
	SELECT id FROM named UNION SELECT s.id FROM entity_stats s JOIN named ON s.linked = named.id`

// namesVersion is the store_meta entry that records how the entities were
// keyed: the Namer's version and keyingVersion, as keying.
const namesVersion = "entity_names_version"

// keyingVersion names the store's own rules of keying (this file): change
// it when they change, so that stores keyed before are keyed again.
const keyingVersion = "3"

// keying returns the value of namesVersion for db's Namer.
func (db *DB) keying() string { return db.names.Version() + "/" + keyingVersion }

// checkNames keys the stored entities again when they were keyed by
// another version of the Namer or of these rules, or not at all (a store
// made before migration 0007).
func (db *DB) checkNames(ctx context.Context) error {
	var v string
	err := db.write.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE name = ?`, namesVersion).Scan(&v)
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	if v == db.keying() {
		return nil
	}
	return db.rekey(ctx)
}

// rekey rebuilds the entity aggregates (entity_stats, entity_names,
// entity_countries, entity_role_stats, the entity codes of article_facets,
// event_pairs and entities.entity) from the stored rows, article by article
// in the order they were stored, as SaveDocument would have built them, in
// one transaction.
func (db *DB) rekey(ctx context.Context) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{`DELETE FROM entity_stats`, `DELETE FROM entity_names`, `DELETE FROM entity_countries`,
		`DELETE FROM entity_role_stats`, `DELETE FROM event_pairs`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("rekey: %w", err)
		}
	}
	var articles []struct {
		seq int64
		id  string
	}
	err = each(ctx, tx, `SELECT seq, id FROM articles ORDER BY seq`, func(r *sql.Rows) error {
		var a struct {
			seq int64
			id  string
		}
		articles = append(articles, a)
		return r.Scan(&articles[len(articles)-1].seq, &articles[len(articles)-1].id)
	})
	if err != nil {
		return fmt.Errorf("rekey: %w", err)
	}
	// The statements run for every article, prepared once.
	queries := []string{setEntityRow, setFacetEntities, selectEntityRows, selectEntityRoles, selectEventActors}
	st := map[string]*sql.Stmt{}
	for _, q := range queries {
		p, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("rekey: %w", err)
		}
		defer p.Close()
		st[q] = p
	}
	for _, a := range articles {
		d, err := loadEntityRows(ctx, st, a.id)
		if err != nil {
			return fmt.Errorf("rekey article %s: %w", a.id, err)
		}
		groups, order, keys := db.groupEntities(d)
		if err := db.saveEntityStats(ctx, tx, groups, order); err != nil {
			return fmt.Errorf("rekey article %s: %w", a.id, err)
		}
		for _, e := range d.Entities {
			if _, err := st[setEntityRow].ExecContext(ctx, groups[keys[e.ID]].id, a.id, string(e.ID)); err != nil {
				return fmt.Errorf("rekey article %s: %w", a.id, err)
			}
		}
		if _, err := st[setFacetEntities].ExecContext(ctx, entityCodes(groups, order), a.seq); err != nil {
			return fmt.Errorf("rekey article %s: %w", a.id, err)
		}
		if err := db.addEventPairs(ctx, tx, eventPairs(d, groups, keys), 1); err != nil {
			return fmt.Errorf("rekey article %s: %w", a.id, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO store_meta (name, value) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, namesVersion, db.keying()); err != nil {
		return fmt.Errorf("rekey: %w", err)
	}
	return tx.Commit()
}

// The statements rekey runs for every article.
const (
	setEntityRow     = `UPDATE entities SET entity = ? WHERE article_id = ? AND entity_id = ?`
	setFacetEntities = `UPDATE article_facets SET entities = ? WHERE seq = ?`
	selectEntityRows = `SELECT e.entity_id, e.name, e.type, e.country,
			(SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.entity_id),
			(SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.entity_id AND m.kind = 'name')
		FROM entities e WHERE e.article_id = ? ORDER BY e.position`
	selectEntityRoles = `SELECT entity_id, role FROM entity_roles WHERE article_id = ? ORDER BY entity_id, position`
	selectEventActors = `SELECT v.event_id, v.type, x.role, x.entity_id FROM events v
		LEFT JOIN event_actors x ON x.article_id = v.article_id AND x.event_id = v.event_id
		WHERE v.article_id = ? ORDER BY v.position, x.role, x.position`
)

// loadEntityRows reads, through the statements st, what the entity
// aggregates need of one stored article: its entities with their roles and
// as many mentions as it has (their kind whether a name or not, their text
// and spans left empty), and its events with their type and actors.
func loadEntityRows(ctx context.Context, st map[string]*sql.Stmt, id string) (*chronicle.Document, error) {
	d := &chronicle.Document{Article: &chronicle.Article{ID: chronicle.ArticleID(id)}}
	index := map[chronicle.EntityID]int{}
	err := eachRow(ctx, st[selectEntityRows], func(r *sql.Rows) error {
		var e chronicle.Entity
		var n, names int
		if err := r.Scan(&e.ID, &e.Name, &e.Type, &e.Country, &n, &names); err != nil {
			return err
		}
		e.Mentions = make([]chronicle.Mention, n)
		for i := range min(names, n) {
			e.Mentions[i].Kind = chronicle.NameMention
		}
		index[e.ID] = len(d.Entities)
		d.Entities = append(d.Entities, e)
		return nil
	}, id)
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, st[selectEntityRoles], func(r *sql.Rows) error {
		var eid chronicle.EntityID
		var role string
		if err := r.Scan(&eid, &role); err != nil {
			return err
		}
		if i, ok := index[eid]; ok {
			d.Entities[i].Roles = append(d.Entities[i].Roles, role)
		}
		return nil
	}, id)
	if err != nil {
		return nil, err
	}
	events := map[chronicle.EventID]int{}
	err = eachRow(ctx, st[selectEventActors], func(r *sql.Rows) error {
		var vid chronicle.EventID
		var typ chronicle.EventType
		var role, eid sql.NullString
		if err := r.Scan(&vid, &typ, &role, &eid); err != nil {
			return err
		}
		i, ok := events[vid]
		if !ok {
			i = len(d.Events)
			events[vid] = i
			d.Events = append(d.Events, chronicle.Event{ID: vid, Type: typ})
		}
		if eid.Valid {
			if role.String == "source" {
				d.Events[i].Source = append(d.Events[i].Source, chronicle.EntityID(eid.String))
			} else {
				d.Events[i].Target = append(d.Events[i].Target, chronicle.EntityID(eid.String))
			}
		}
		return nil
	}, id)
	return d, err
}

// groupKey is the key of an entity the article never names, such as
// "Kenyan police" or "the government": the same group across articles only
// when a country says whose it is and the words agree ("Kenyan police" in
// two stories), else a group of this article alone, since "the government"
// or "protesters" of one story are not those of another.
func groupKey(d *chronicle.Document, e *chronicle.Entity) string {
	name := strings.ToLower(strings.Join(strings.Fields(e.Name), " "))
	if e.Country != "" {
		return unnamedMark + name + " " + strings.ToLower(e.Country)
	}
	return unnamedMark + name + " " + string(d.Article.ID)
}
