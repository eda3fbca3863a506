// Shared pieces of the pages: states, badges, formatting.
import { h, link, entityPath } from './dom.js';

export const TYPE_LABEL = { PERSON: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other' };
export const TYPE_PLURAL = { PERSON: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other names' };

// The PLOVER types in four groups, for colour.
const QUAD = {
  AGREE: 'coop-verbal', CONSULT: 'coop-verbal', SUPPORT: 'coop-verbal', CONCEDE: 'coop-verbal',
  COOPERATE: 'coop-material', AID: 'coop-material', RETREAT: 'coop-material',
  REQUEST: 'conflict-verbal', ACCUSE: 'conflict-verbal', REJECT: 'conflict-verbal', THREATEN: 'conflict-verbal',
  PROTEST: 'conflict-material', SANCTION: 'conflict-material', MOBILIZE: 'conflict-material',
  COERCE: 'conflict-material', ASSAULT: 'conflict-material',
};
export const EVENT_TYPES = Object.keys(QUAD);

export function typeBadge(type) {
  return h('span', { class: `badge badge-${type}` }, TYPE_LABEL[type] || type);
}

export function eventBadge(type) {
  return h('span', { class: `badge event-badge ${QUAD[type] || ''}` }, type);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// day formats "2024-03-15" as "15 Mar 2024"; partial dates as they come.
export function day(s) {
  if (!s) return 'Date unknown';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
  const mm = /^(\d{4})-(\d{2})$/.exec(s);
  if (mm) return `${months[Number(mm[2]) - 1]} ${mm[1]}`;
  return s;
}

export function count(n, one, many) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many || one + 's'}`;
}

export function skeleton(lines = 4) {
  const el = h('div', { class: 'skeleton', 'aria-busy': 'true', 'aria-label': 'Loading' });
  for (let i = 0; i < lines; i++) el.append(h('div', { class: `skeleton-line w${(i % 3) + 1}` }));
  return el;
}

export function spinner(label = 'Loading…') {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), label);
}

export function errorBox(err) {
  return h('div', { class: 'notice notice-error', role: 'alert' },
    h('strong', {}, err && err.status === 404 ? 'Not found' : 'Something went wrong'),
    h('p', {}, (err && err.message) || String(err)));
}

export function empty(title, ...body) {
  return h('div', { class: 'empty' },
    h('div', { class: 'empty-mark', 'aria-hidden': 'true' }),
    h('h3', {}, title),
    ...body.map((b) => (typeof b === 'string' ? h('p', {}, b) : b)));
}

// section is a titled block of a page.
export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, title), ...children);
}

// fill replaces el's children with what promise gives, showing a skeleton
// meanwhile and an error box when it fails.
export async function fill(el, promise, lines = 3) {
  el.replaceChildren(skeleton(lines));
  try {
    const node = await promise;
    el.replaceChildren(...[node].flat().filter(Boolean));
  } catch (err) {
    el.replaceChildren(errorBox(err));
  }
}

// articleItem is one article in a list: title, date, source, snippet.
export function articleItem(a, snippet) {
  return h('li', { class: 'result' },
    link('/article/' + a.id, { class: 'result-title', 'data-nav': '' }, a.title || '(untitled)'),
    h('div', { class: 'result-meta' }, day(a.date), a.source ? ` · ${a.source}` : ''),
    snippet ? h('p', { class: 'result-snippet' }, marked(snippet)) : null);
}

// marked turns a snippet with matches between « and » into text nodes and
// <mark> elements.
export function marked(s) {
  const out = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  let m;
  while ((m = re.exec(s))) {
    if (m.index > last) out.push(s.slice(last, m.index));
    out.push(h('mark', {}, m[1]));
    last = re.lastIndex;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

export function entityLink(name, type, label) {
  return link(entityPath(name, type), { class: `entity-link ent-${type}` }, label || name);
}

// moreButton returns a "Load more" button that calls load(cursor) and
// appends what it returns to list, until there is no next page.
export function moreButton(list, next, load) {
  const btn = h('button', { class: 'button button-quiet more', type: 'button' }, 'Load more');
  let cursor = next;
  btn.hidden = !cursor;
  btn.addEventListener('click', async () => {
    btn.disabled = true;
    btn.textContent = 'Loading…';
    try {
      const page = await load(cursor);
      list.append(...page.items);
      cursor = page.next;
    } catch (err) {
      list.after(errorBox(err));
      cursor = '';
    }
    btn.disabled = false;
    btn.textContent = 'Load more';
    btn.hidden = !cursor;
  });
  return btn;
}

// capped puts the first n of items into list and, when there are more, a
// button that adds the rest; more (a link to the full listing, optional)
// follows it. It returns the list and its foot.
export function capped(list, items, n, more) {
  list.append(...items.slice(0, n));
  const foot = h('div', { class: 'list-foot' });
  if (items.length > n) {
    const btn = h('button', { type: 'button', class: 'button button-quiet button-small' }, `Show ${items.length - n} more`);
    btn.addEventListener('click', () => {
      list.append(...items.slice(n));
      btn.remove();
    });
    foot.append(btn);
  }
  if (more) foot.append(more);
  return [list, foot.childNodes.length ? foot : null];
}

export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), 'Chronicle'].join(' · ');
}
