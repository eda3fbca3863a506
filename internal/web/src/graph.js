// The actor graph, drawn by cytoscape (loaded only when a graph is shown).
import { h } from './dom.js';
import { TYPE_LABEL } from './ui.js';

const COLOUR = { PERSON: '#3867d6', ORG: '#d98e04', LOC: '#20a162', MISC: '#8854d0' };

// actorGraph returns an element that draws graph g; clicking a node calls
// open(node).
export function actorGraph(g, open, centre) {
  const box = h('div', { class: 'graph', role: 'img', 'aria-label': `Graph of ${g.nodes.length} entities and ${g.edges.length} links` });
  const wrap = h('div', { class: 'graph-wrap' }, box,
    h('div', { class: 'chart-legend' },
      ...Object.keys(TYPE_LABEL).map((t) => h('span', { class: `key key-${t}` }, TYPE_LABEL[t])),
      h('span', { class: 'key key-event-edge' }, 'shared events'),
      h('span', { class: 'key key-comention-edge' }, 'mentioned together')));
  import('cytoscape').then(({ default: cytoscape }) => {
    const maxA = Math.max(1, ...g.nodes.map((n) => n.articles));
    const edges = new Map();
    for (const e of g.edges) {
      // one drawn edge per pair and kind; event types in its label
      const k = `${e.source}|${e.target}|${e.kind}`;
      const have = edges.get(k);
      if (have) {
        have.count += e.count;
        if (e.type) have.types.push(e.type);
      } else {
        edges.set(k, { ...e, types: e.type ? [e.type] : [] });
      }
    }
    const maxE = Math.max(1, ...[...edges.values()].map((e) => e.count));
    const cy = cytoscape({
      container: box,
      elements: [
        ...g.nodes.map((n) => ({ data: { id: n.id, label: n.name, type: n.type, size: 16 + 26 * Math.sqrt(n.articles / maxA), centre: n.name.toLowerCase() === (centre || '').toLowerCase() ? 1 : 0, node: n } })),
        ...[...edges.values()].map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind, width: 1 + 5 * (e.count / maxE), label: e.types.join(', ') } })),
      ],
      style: [
        { selector: 'node', style: {
          'background-color': (n) => COLOUR[n.data('type')] || '#888', width: 'data(size)', height: 'data(size)',
          label: 'data(label)', 'font-family': 'Inter Variable, system-ui, sans-serif', 'font-size': 15, color: '#1f2937',
          'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#fff', 'text-outline-width': 2,
          'border-width': (n) => (n.data('centre') ? 4 : 1.5), 'border-color': '#fff' } },
        { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', 'line-color': '#cbd5e1', opacity: 0.8 } },
        { selector: 'edge[kind = "event"]', style: { 'line-color': '#e0565b', 'font-size': 9, color: '#b4232a', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 2 } },
        { selector: 'edge.hover', style: { label: 'data(label)', opacity: 1, 'z-index': 10 } },
        { selector: 'node.hover', style: { 'border-color': '#f59e0b', 'border-width': 3 } },
        { selector: 'edge[kind = "co-mention"]', style: { 'line-style': 'dashed' } },
        { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0.08 } },
      ],
      layout: { name: 'cose', animate: false, boundingBox: { x1: 0, y1: 0, w: box.clientWidth || 800, h: box.clientHeight || 420 }, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 120000, idealEdgeLength: () => 80, nodeOverlap: 40, gravity: 0.8, numIter: 2500, padding: 30, randomize: false },
      minZoom: 0.3,
      maxZoom: 3,
    });
    cy.on('tap', 'node', (ev) => open(ev.target.data('node')));
    // Hovering a node shows the event types of its edges.
    cy.on('mouseover', 'node', (ev) => {
      box.classList.add('pointing');
      ev.target.addClass('hover');
      ev.target.connectedEdges().addClass('hover');
    });
    cy.on('mouseout', 'node', (ev) => {
      box.classList.remove('pointing');
      ev.target.removeClass('hover');
      ev.target.connectedEdges().removeClass('hover');
    });
    box.dataset.ready = 'true';
  }).catch((err) => {
    box.replaceChildren(h('p', { class: 'muted' }, 'The graph could not be drawn: ' + err.message));
  });
  return wrap;
}
