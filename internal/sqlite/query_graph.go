package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

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
// ErrNotFound; a negative limit is ErrInvalid.
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
	g := &graphBuilder{nodes: map[string]*chronicle.GraphNode{}, edges: map[string]*chronicle.GraphEdge{}}
	centre := strings.TrimSpace(f.Entity)
	if centre == "" {
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
	return g.graph(), nil
}

// A graphBuilder collects the nodes and edges of a Graph.
type graphBuilder struct {
	nodes map[string]*chronicle.GraphNode
	order []string
	edges map[string]*chronicle.GraphEdge
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

// names returns the node names, as arguments for an IN list.
func (g *graphBuilder) names() []any {
	seen := map[string]bool{}
	var args []any
	for _, id := range g.order {
		n := g.nodes[id]
		if k := strings.ToLower(n.Name); !seen[k] {
			seen[k] = true
			args = append(args, n.Name)
		}
	}
	return args
}

// topNodes adds the n entities found in most articles.
func (g *graphBuilder) topNodes(ctx context.Context, tx *sql.Tx, n int) error {
	return each(ctx, tx, `SELECT e.name, e.type, max(e.country), count(DISTINCT e.article_id) AS c
		FROM entities e GROUP BY e.name, e.type ORDER BY c DESC, e.name LIMIT ?`, func(r *sql.Rows) error {
		var name, country string
		var typ chronicle.EntityType
		var c int
		if err := r.Scan(&name, &typ, &country, &c); err != nil {
			return err
		}
		node := g.add(name, typ)
		node.Country, node.Articles = country, c
		return nil
	}, n)
}

// around adds the entity named centre and up to n-1 counterparts: those in
// events with it first, then those in most of its articles.
func (g *graphBuilder) around(ctx context.Context, tx *sql.Tx, centre string, n int) error {
	found := false
	err := each(ctx, tx, `SELECT e.name, e.type, max(e.country), count(DISTINCT e.article_id)
		FROM entities e WHERE e.name = ? GROUP BY e.type ORDER BY 4 DESC`, func(r *sql.Rows) error {
		var name, country string
		var typ chronicle.EntityType
		var c int
		if err := r.Scan(&name, &typ, &country, &c); err != nil {
			return err
		}
		found = true
		node := g.add(name, typ)
		node.Country, node.Articles = country, c
		return nil
	}, centre)
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("entity %s: %w", centre, chronicle.ErrNotFound)
	}
	err = each(ctx, tx, `SELECT o.name, o.type, max(o.country), count(*) AS c
		FROM event_actors x JOIN entities e ON e.article_id = x.article_id AND e.entity_id = x.entity_id
		JOIN event_actors y ON y.article_id = x.article_id AND y.event_id = x.event_id AND y.entity_id != x.entity_id
		JOIN entities o ON o.article_id = y.article_id AND o.entity_id = y.entity_id
		WHERE e.name = ? AND o.name != ? GROUP BY o.name, o.type ORDER BY c DESC, o.name LIMIT ?`, func(r *sql.Rows) error {
		var name, country string
		var typ chronicle.EntityType
		var c int
		if err := r.Scan(&name, &typ, &country, &c); err != nil {
			return err
		}
		g.add(name, typ).Country = country
		return nil
	}, centre, centre, n-1)
	if err != nil {
		return err
	}
	if room := n - len(g.order); room > 0 {
		err = each(ctx, tx, `SELECT o.name, o.type, max(o.country), count(DISTINCT o.article_id) AS c
			FROM entities o WHERE o.article_id IN (SELECT article_id FROM entities WHERE name = ?) AND o.name != ?
			GROUP BY o.name, o.type ORDER BY c DESC, o.name LIMIT ?`, func(r *sql.Rows) error {
			var name, country string
			var typ chronicle.EntityType
			var c int
			if err := r.Scan(&name, &typ, &country, &c); err != nil {
				return err
			}
			if len(g.order) < n {
				g.add(name, typ).Country = country
			}
			return nil
		}, centre, centre, n)
		if err != nil {
			return err
		}
	}
	// Article counts of the counterparts, across all articles.
	names := g.names()
	return each(ctx, tx, `SELECT e.name, e.type, count(DISTINCT e.article_id) FROM entities e
		WHERE e.name IN (`+placeholders(len(names))+`) GROUP BY e.name, e.type`, func(r *sql.Rows) error {
		var name string
		var typ chronicle.EntityType
		var c int
		if err := r.Scan(&name, &typ, &c); err != nil {
			return err
		}
		if node := g.nodes[entityKey(name, typ)]; node != nil {
			node.Articles = c
		}
		return nil
	}, names...)
}

// eventEdges adds an edge per event type between every two nodes that act
// in the same events.
func (g *graphBuilder) eventEdges(ctx context.Context, tx *sql.Tx) error {
	names := g.names()
	if len(names) == 0 {
		return nil
	}
	in := placeholders(len(names))
	args := append(append([]any{}, names...), names...)
	return each(ctx, tx, `SELECT v.type, e1.name, e1.type, e2.name, e2.type, count(DISTINCT v.article_id || '/' || v.event_id)
		FROM event_actors x1
		JOIN event_actors x2 ON x2.article_id = x1.article_id AND x2.event_id = x1.event_id AND x2.entity_id > x1.entity_id
		JOIN entities e1 ON e1.article_id = x1.article_id AND e1.entity_id = x1.entity_id
		JOIN entities e2 ON e2.article_id = x2.article_id AND e2.entity_id = x2.entity_id
		JOIN events v ON v.article_id = x1.article_id AND v.event_id = x1.event_id
		WHERE e1.name IN (`+in+`) AND e2.name IN (`+in+`)
		GROUP BY v.type, e1.name, e1.type, e2.name, e2.type`, func(r *sql.Rows) error {
		var typ chronicle.EventType
		var n1, n2 string
		var t1, t2 chronicle.EntityType
		var c int
		if err := r.Scan(&typ, &n1, &t1, &n2, &t2, &c); err != nil {
			return err
		}
		g.edge(entityKey(n1, t1), entityKey(n2, t2), chronicle.EventEdge, typ, c)
		return nil
	}, args...)
}

// coMentionEdges adds an edge between every two nodes mentioned in the
// same articles; with a centre, only its articles count.
func (g *graphBuilder) coMentionEdges(ctx context.Context, tx *sql.Tx, centre string) error {
	names := g.names()
	if len(names) < 2 {
		return nil
	}
	in := placeholders(len(names))
	args := append(append([]any{}, names...), names...)
	only := ""
	if centre != "" {
		only = " AND e1.article_id IN (SELECT article_id FROM entities WHERE name = ?)"
		args = append(args, centre)
	}
	return each(ctx, tx, `SELECT e1.name, e1.type, e2.name, e2.type, count(DISTINCT e1.article_id)
		FROM entities e1 JOIN entities e2 ON e2.article_id = e1.article_id AND e2.entity_id > e1.entity_id
		WHERE e1.name IN (`+in+`) AND e2.name IN (`+in+`)`+only+`
		GROUP BY e1.name, e1.type, e2.name, e2.type`, func(r *sql.Rows) error {
		var n1, n2 string
		var t1, t2 chronicle.EntityType
		var c int
		if err := r.Scan(&n1, &t1, &n2, &t2, &c); err != nil {
			return err
		}
		g.edge(entityKey(n1, t1), entityKey(n2, t2), chronicle.CoMentionEdge, "", c)
		return nil
	}, args...)
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
