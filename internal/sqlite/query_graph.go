package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"chronicle"
)

// Graph sizes.
const (
	DefaultGraphNodes = 25
	MaxGraphNodes     = 150
)

// Graph returns who deals with whom. With f.Entity it is that entity (by
// name, ignoring case; all its types) and its counterparts: first those it
// shares events with, then those mentioned in most of the same articles;
// co-mention edges then count only articles that mention f.Entity. Without
// it, the most mentioned entities and the edges between them. Nodes number
// at most f.Limit (DefaultGraphNodes when 0, at most MaxGraphNodes). Edges
// of kind EventEdge count shared events per event type; edges of kind
// CoMentionEdge count shared articles. An entity no article mentions is
// ErrNotFound; a negative limit is ErrInvalid. Graphs without f.Entity are
// kept until the next article is stored.
func (db *DB) Graph(ctx context.Context, f chronicle.GraphFilter) (*chronicle.Graph, error) {
	limit := f.Limit
	switch {
	case limit < 0:
		return nil, fmt.Errorf("graph: limit %d: want 0 or more: %w", limit, chronicle.ErrInvalid)
	case limit == 0:
		limit = DefaultGraphNodes
	case limit > MaxGraphNodes:
		limit = MaxGraphNodes
	}
	tx, err := db.readTx(ctx, "graph")
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	g := &graphBuilder{nodes: map[string]*chronicle.GraphNode{}, edges: map[string]*chronicle.GraphEdge{}, codes: map[int64]int{}}
	centre := strings.TrimSpace(f.Entity)
	var state storeState
	if centre == "" {
		// The graph of the most mentioned entities reads every article:
		// remember it until the next article is stored or removed.
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0),
			coalesce((SELECT value FROM store_meta WHERE name = 'deleted_articles'), 0) FROM articles`).Scan(&state.last, &state.deleted); err != nil {
			return nil, fmt.Errorf("graph: %w", err)
		}
		if cached := db.topGraphs.get(state, limit); cached != nil {
			return cached, nil
		}
		err = g.topNodes(ctx, tx, limit)
	} else {
		err = g.around(ctx, tx, centre, limit)
	}
	if err == nil {
		err = g.eventEdges(ctx, tx)
	}
	if err == nil {
		err = g.coMentionEdges(ctx, tx, centre)
	}
	if err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	out := g.graph()
	if centre == "" {
		db.topGraphs.put(state, limit, out)
	}
	return out, nil
}

// A graphCache holds graphs of the most mentioned entities by node limit,
// for one state of the store.
type graphCache struct {
	mu      sync.Mutex
	state   storeState
	byLimit map[int]*chronicle.Graph
}

// A storeState names what the store holds: a stored article gets a row
// number above every other's, and DeleteDocument counts its removals
// (which may free the last row number for the next article).
type storeState struct {
	last    int64 // the row number of the last article stored
	deleted int64 // how many articles were removed
}

// get returns a copy of the graph of this limit at this state, nil when
// there is none.
func (c *graphCache) get(state storeState, limit int) *chronicle.Graph {
	c.mu.Lock()
	defer c.mu.Unlock()
	g := c.byLimit[limit]
	if g == nil || c.state != state {
		return nil
	}
	return &chronicle.Graph{Nodes: slices.Clone(g.Nodes), Edges: slices.Clone(g.Edges)}
}

// put keeps a copy of g, dropping the graphs of other states.
func (c *graphCache) put(state storeState, limit int, g *chronicle.Graph) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state != state || c.byLimit == nil {
		c.state, c.byLimit = state, map[int]*chronicle.Graph{}
	}
	c.byLimit[limit] = &chronicle.Graph{Nodes: slices.Clone(g.Nodes), Edges: slices.Clone(g.Edges)}
}

// A graphBuilder collects the nodes and edges of a Graph.
type graphBuilder struct {
	nodes map[string]*chronicle.GraphNode
	order []string
	edges map[string]*chronicle.GraphEdge
	codes map[int64]int // the article_facets codes of the nodes, to their place in order
	rows  [][]int64     // with a centre, the codes of each of its articles
}

func (g *graphBuilder) add(name string, typ chronicle.EntityType) *chronicle.GraphNode {
	id := entityKey(name, typ)
	if n := g.nodes[id]; n != nil {
		return n
	}
	n := &chronicle.GraphNode{ID: id, Name: name, Type: typ}
	g.nodes[id] = n
	g.order = append(g.order, id)
	return n
}

// node adds the entity of entity_stats that r holds (id, name, type,
// country, articles, as statsNode selects them), with its code.
func (g *graphBuilder) node(r *sql.Rows) (code int64, err error) {
	var id int64
	var n chronicle.GraphNode
	if err := r.Scan(&id, &n.Name, &n.Type, &n.Country, &n.Articles); err != nil {
		return 0, err
	}
	added := g.add(n.Name, n.Type)
	added.Country, added.Articles = n.Country, n.Articles
	code = id*8 + typeCode(n.Type)
	g.codes[code] = slices.Index(g.order, added.ID)
	return code, nil
}

// statsNode selects rows s of entity_stats as graph nodes: a surname
// linked to a person is that person's node, with its own id.
const statsNode = `SELECT s.id, t.name, t.type, t.country, t.articles FROM entity_stats s
	JOIN entity_stats t ON t.id = coalesce(s.linked, s.id)`

// topNodes adds the n entities found in most articles.
func (g *graphBuilder) topNodes(ctx context.Context, tx *sql.Tx, n int) error {
	err := each(ctx, tx, statsNode+` WHERE s.linked IS NULL ORDER BY s.articles DESC, s.name, s.key LIMIT ?`, func(r *sql.Rows) error {
		_, err := g.node(r)
		return err
	}, n)
	if err != nil {
		return err
	}
	return g.addLinked(ctx, tx)
}

// addLinked gives the surnames linked to the nodes' entities the codes of
// their persons' nodes, so that their articles and events count for them.
func (g *graphBuilder) addLinked(ctx context.Context, tx *sql.Tx) error {
	if len(g.codes) == 0 {
		return nil
	}
	ids := make([]any, 0, len(g.codes))
	for c := range g.codes {
		ids = append(ids, c/8)
	}
	return each(ctx, tx, statsNode+` WHERE s.linked IN (`+placeholders(len(ids))+`)`, func(r *sql.Rows) error {
		_, err := g.node(r)
		return err
	}, ids...)
}

// addCodes adds the entities with these codes, in this order.
func (g *graphBuilder) addCodes(ctx context.Context, tx *sql.Tx, codes []int64) error {
	if len(codes) == 0 {
		return nil
	}
	ids := make([]any, len(codes))
	for i, c := range codes {
		ids[i] = c / 8
	}
	// The rows come in id order: add them in the order asked.
	rows := map[int64]chronicle.GraphNode{}
	err := each(ctx, tx, statsNode+` WHERE s.id IN (`+placeholders(len(ids))+`)`, func(r *sql.Rows) error {
		var id int64
		var n chronicle.GraphNode
		if err := r.Scan(&id, &n.Name, &n.Type, &n.Country, &n.Articles); err != nil {
			return err
		}
		rows[id] = n
		return nil
	}, ids...)
	if err != nil {
		return err
	}
	for _, c := range codes {
		if n, ok := rows[c/8]; ok {
			added := g.add(n.Name, n.Type)
			added.Country, added.Articles = n.Country, n.Articles
			g.codes[c] = slices.Index(g.order, added.ID)
		}
	}
	return g.addLinked(ctx, tx)
}

// around adds the entity named centre (each type it has) and up to n-1
// counterparts: those in most events with it first, then those in most of
// its articles.
func (g *graphBuilder) around(ctx context.Context, tx *sql.Tx, centre string, n int) error {
	var centres []any
	err := each(ctx, tx, statsNode+` WHERE s.id IN (`+namedRows+`) ORDER BY s.linked IS NOT NULL, s.articles DESC, s.type`, func(r *sql.Rows) error {
		code, err := g.node(r)
		centres = append(centres, code)
		return err
	}, centre, centre)
	if err != nil {
		return err
	}
	if len(centres) == 0 {
		return fmt.Errorf("entity %s: %w", centre, chronicle.ErrNotFound)
	}
	in := placeholders(len(centres))
	var partners []int64
	// Ties go by name and key, as topRanked orders them.
	err = each(ctx, tx, `SELECT p.other, p.c FROM (SELECT other, sum(events) AS c FROM (
			SELECT b AS other, events FROM event_pairs WHERE a IN (`+in+`)
			UNION ALL SELECT a, events FROM event_pairs WHERE b IN (`+in+`))
		WHERE other NOT IN (`+in+`) GROUP BY other) p JOIN entity_stats s ON s.id = p.other / 8
		ORDER BY p.c DESC, s.name, s.key LIMIT ?`, func(r *sql.Rows) error {
		var code int64
		var c int
		if err := r.Scan(&code, &c); err != nil {
			return err
		}
		partners = append(partners, code)
		return nil
	}, append(append(append(append([]any{}, centres...), centres...), centres...), n-len(g.order))...)
	if err != nil {
		return err
	}
	if err := g.addCodes(ctx, tx, partners); err != nil {
		return err
	}
	// The centre's articles, each as the codes of its entities.
	err = each(ctx, tx, `SELECT f.entities FROM article_facets f JOIN articles a ON a.seq = f.seq
		WHERE a.id IN (SELECT article_id FROM entities WHERE entity IN (`+namedRows+`))`, func(r *sql.Rows) error {
		var b sql.RawBytes
		if err := r.Scan(&b); err != nil {
			return err
		}
		codes, err := parseCodes(b)
		g.rows = append(g.rows, codes)
		return err
	}, centre, centre)
	if err != nil {
		return err
	}
	room := n - len(g.order)
	if room <= 0 {
		return nil
	}
	// Fill up with those in most of the centre's articles.
	counts := map[int64]int{}
	for _, row := range g.rows {
		for _, c := range row {
			if _, known := g.codes[c]; !known {
				counts[c]++
			}
		}
	}
	list := make([]ranked, 0, len(counts))
	for c, n := range counts {
		list = append(list, ranked{code: c, n: n})
	}
	list, err = topRanked(ctx, tx, list, room)
	if err != nil {
		return err
	}
	best := make([]int64, len(list))
	for i, r := range list {
		best[i] = r.code
	}
	return g.addCodes(ctx, tx, best)
}

// parseCodes reads a list of article_facets codes.
func parseCodes(b []byte) ([]int64, error) {
	fields := bytes.Fields(b)
	codes := make([]int64, len(fields))
	for i, w := range fields {
		c, err := strconv.ParseInt(string(w), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("article_facets: entity code %q: %w", w, err)
		}
		codes[i] = c
	}
	return codes, nil
}

// eventEdges adds an edge per event type between every two nodes that act
// in the same events.
func (g *graphBuilder) eventEdges(ctx context.Context, tx *sql.Tx) error {
	if len(g.codes) < 2 {
		return nil
	}
	codes := make([]any, 0, len(g.codes))
	for c := range g.codes {
		codes = append(codes, c)
	}
	in := placeholders(len(codes))
	return each(ctx, tx, `SELECT a, b, type, events FROM event_pairs WHERE a IN (`+in+`) AND b IN (`+in+`)`, func(r *sql.Rows) error {
		var a, b int64
		var typ chronicle.EventType
		var c int
		if err := r.Scan(&a, &b, &typ, &c); err != nil {
			return err
		}
		g.edge(g.order[g.codes[a]], g.order[g.codes[b]], chronicle.EventEdge, typ, c)
		return nil
	}, append(codes, codes...)...)
}

// coMentionEdges adds an edge between every two nodes mentioned in the
// same articles; with a centre, only its articles count.
func (g *graphBuilder) coMentionEdges(ctx context.Context, tx *sql.Tx, centre string) error {
	if len(g.order) < 2 {
		return nil
	}
	pairs := map[[2]int]int{}
	count := func(codes []int64) {
		var in []int
		for _, c := range codes {
			// A surname and its person in one article count once.
			if i, ok := g.codes[c]; ok && !slices.Contains(in, i) {
				in = append(in, i)
			}
		}
		for a := range in {
			for b := a + 1; b < len(in); b++ {
				x, y := in[a], in[b]
				if y < x {
					x, y = y, x
				}
				pairs[[2]int{x, y}]++
			}
		}
	}
	if centre != "" {
		for _, row := range g.rows {
			count(row)
		}
	} else {
		err := each(ctx, tx, `SELECT entities FROM article_facets`, func(r *sql.Rows) error {
			var b sql.RawBytes
			if err := r.Scan(&b); err != nil {
				return err
			}
			codes, err := parseCodes(b)
			count(codes)
			return err
		})
		if err != nil {
			return err
		}
	}
	for p, c := range pairs {
		g.edge(g.order[p[0]], g.order[p[1]], chronicle.CoMentionEdge, "", c)
	}
	return nil
}

// edge adds c to the edge of this kind and type between nodes a and b,
// when both are nodes of the graph and not the same.
func (g *graphBuilder) edge(a, b, kind string, typ chronicle.EventType, c int) {
	if a == b || g.nodes[a] == nil || g.nodes[b] == nil {
		return
	}
	if b < a {
		a, b = b, a
	}
	k := a + "\x00" + b + "\x00" + kind + "\x00" + string(typ)
	e := g.edges[k]
	if e == nil {
		e = &chronicle.GraphEdge{Source: a, Target: b, Kind: kind, Type: typ}
		g.edges[k] = e
	}
	e.Count += c
}

// graph returns the nodes in the order added and the edges sorted by
// weight, then ends.
func (g *graphBuilder) graph() *chronicle.Graph {
	out := &chronicle.Graph{Nodes: make([]chronicle.GraphNode, 0, len(g.order)), Edges: make([]chronicle.GraphEdge, 0, len(g.edges))}
	for _, id := range g.order {
		out.Nodes = append(out.Nodes, *g.nodes[id])
	}
	for _, e := range g.edges {
		out.Edges = append(out.Edges, *e)
	}
	sort.Slice(out.Edges, func(i, j int) bool {
		a, b := out.Edges[i], out.Edges[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Type < b.Type
	})
	return out
}
