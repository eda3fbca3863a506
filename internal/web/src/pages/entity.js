import { h, path, entityPath, link } from '../dom.js';
import { get } from '../api.js';
import { setTitle, section, fill, typeBadge, eventBadge, count, day, empty, capped } from '../ui.js';
import { timelineChart } from '../charts.js';
import { actorGraph } from '../graph.js';
import { navigate } from '../router.js';

// One entity across the stored articles: roles, timeline, counterparts,
// quotes, events.
export async function entityPage({ match, params }) {
  const name = match[0];
  const e = await get('/entities/' + encodeURIComponent(name), { type: params.get('type') || '' });
  setTitle(e.name);
  const chart = h('div');
  const graph = h('div');
  fill(chart, get('/timeline', { entity: e.name }).then((t) => (t.days.length
    ? timelineChart(t.days, (b) => navigate(path('/search', { entity: e.name, from: b.from, to: b.to })))
    : h('p', { class: 'muted' }, 'No dated articles.'))), 4);
  fill(graph, get('/graph', { entity: e.name, limit: 20 }).then((g) => (g.nodes.length > 1
    ? [actorGraph(g, (n) => navigate(entityPath(n.name, n.type)), e.name), counterpartList(g, e)]
    : empty('No counterparts yet', 'Nobody else appears in the articles that mention this entity.'))), 8);

  return h('div', { class: 'page' },
    h('div', { class: 'page-head entity-head' },
      h('div', { class: 'entity-kicker' }, typeBadge(e.type), e.country && h('span', { class: 'badge badge-country' }, e.country)),
      h('h1', {}, e.name),
      e.roles.length ? h('ul', { class: 'roles' }, ...e.roles.slice(0, 8).map((r) => h('li', {}, r))) : null,
      h('p', { class: 'lede' }, `Mentioned ${count(e.mentions, 'time')} in ${count(e.articles, 'article')}. `,
        link(path('/search', { entity: e.name }), {}, 'Search these articles'), ' · ',
        link(path('/events', { actor: e.name }), {}, 'Events'), ' · ',
        link(path('/quotes', { speaker: e.name }), {}, 'Quotes'))),
    section('Timeline', chart),
    section('Counterparts', h('p', { class: 'muted small' }, 'Who shares events with ', e.name, ' (solid) or appears in the same articles (dashed). Click a name to open it.'), graph),
    h('div', { class: 'columns' },
      section(listTitle('Quotes', e.quotes.length), e.quotes.length
        ? capped(h('ul', { class: 'quote-list' }), e.quotes.map((q) => h('li', { class: 'quote' },
          h('blockquote', {}, '“', q.text, '”'),
          h('div', { class: 'quote-meta' }, q.cue ? `${q.cue} · ` : '', link('/article/' + q.article.id, { 'data-nav': '' }, q.article.title), ' · ', day(q.article.date)))),
        6, e.quotes.length >= LISTED && link(path('/quotes', { speaker: e.name }), { class: 'list-all' }, `All quotes of ${e.name} →`))
        : empty('No quotes', `Nothing ${e.name} said has been attributed yet.`)),
      section(listTitle('Events', e.events.length), e.events.length
        ? capped(h('ul', { class: 'event-list compact' }), e.events.map((v) => h('li', { class: 'event' },
          h('div', { class: 'event-line' }, eventBadge(v.type), h('span', { class: 'event-date' }, day(v.date || v.article.date))),
          h('div', {}, actors(v)),
          h('div', { class: 'small muted' }, link('/article/' + v.article.id, { 'data-nav': '' }, v.article.title)))),
        8, e.events.length >= LISTED && link(path('/events', { actor: e.name }), { class: 'list-all' }, `All events of ${e.name} →`))
        : empty('No events', 'No events with this actor have been coded yet.'))),
    section('Latest articles', capped(h('ul', { class: 'results' }), e.recent.map((a) => h('li', { class: 'result' },
      link('/article/' + a.id, { class: 'result-title', 'data-nav': '' }, a.title),
      h('div', { class: 'result-meta' }, day(a.date), a.source ? ` · ${a.source}` : ''))),
    10, e.articles > e.recent.length && link(path('/search', { entity: e.name }), { class: 'list-all' }, `All ${count(e.articles, 'article')} →`))));
}

// LISTED is how many quotes, events and articles a profile brings at most.
const LISTED = 50;

// listTitle names a list of a profile, saying when it holds only the
// latest.
function listTitle(what, n) {
  return n >= LISTED ? `${what} (latest ${n})` : `${what} (${n})`;
}

// actors writes "A, B → C" with links.
export function actors(v) {
  const side = (role) => v.actors.filter((a) => a.role === role);
  if (!v.actors.length) return h('span', { class: 'actors muted' }, 'Actors not identified');
  const names = (list) => (list.length ? list.flatMap((a, i) => [i ? ', ' : '', link(entityPath(a.name, a.type), { class: `entity-link ent-${a.type}` }, a.name)]) : ['—']);
  return h('span', { class: 'actors' }, ...names(side('source')), h('span', { class: 'arrow', 'aria-label': 'to' }, ' → '), ...names(side('target')));
}

function counterpartList(g, e) {
  const centre = g.nodes[0];
  const weight = new Map();
  for (const x of g.edges) {
    const other = x.source === centre.id ? x.target : x.target === centre.id ? x.source : null;
    if (other) weight.set(other, (weight.get(other) || 0) + x.count);
  }
  const others = g.nodes.slice(1).sort((a, b) => (weight.get(b.id) || 0) - (weight.get(a.id) || 0));
  return h('details', { class: 'counterparts' }, h('summary', {}, `List the ${others.length} counterparts of ${e.name}`),
    h('ul', { class: 'inline-list' }, ...others.map((n) => h('li', {}, link(entityPath(n.name, n.type), { class: `entity-link ent-${n.type}` }, n.name)))));
}
