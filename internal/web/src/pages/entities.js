import { h, path, entityPath, link } from '../dom.js';
import { get } from '../api.js';
import { setTitle, moreButton, empty, errorBox, skeleton, TYPE_LABEL } from '../ui.js';
import { navigate } from '../router.js';

// Entities across the stored articles, with filters.
export async function entitiesPage({ params }) {
  const f = { q: params.get('q') || '', type: params.get('type') || '', country: params.get('country') || '' };
  setTitle('Entities');
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const d = new FormData(e.target);
    navigate(path('/entities', { q: d.get('q'), type: d.get('type'), country: d.get('country').toUpperCase() }));
  } },
  h('label', {}, 'Name', h('input', { type: 'text', name: 'q', value: f.q, placeholder: 'Any name' })),
  h('label', {}, 'Type', h('select', { name: 'type' }, h('option', { value: '' }, 'All types'),
    ...Object.entries(TYPE_LABEL).map(([k, v]) => h('option', { value: k, selected: f.type === k }, v)))),
  h('label', {}, 'Country', h('input', { type: 'text', name: 'country', value: f.country, placeholder: 'e.g. PRT', maxlength: '3', size: '5' })),
  h('button', { class: 'button', type: 'submit' }, 'Filter'));
  const out = h('div', {}, skeleton(8));
  const row = (e) => h('tr', {},
    h('td', {}, link(entityPath(e.name, e.type), { class: `entity-link ent-${e.type}`, 'data-nav': '' }, e.name)),
    h('td', {}, TYPE_LABEL[e.type] || e.type), h('td', {}, e.country || '—'),
    h('td', { class: 'roles-cell' }, e.roles.slice(0, 3).join(', ')),
    h('td', { class: 'num' }, e.articles), h('td', { class: 'num' }, e.mentions));
  const load = async (cursor) => {
    const r = await get('/entities', { ...f, limit: 50, cursor });
    return { items: r.entities.map(row), next: r.next };
  };
  load('').then((page) => {
    if (!page.items.length) {
      out.replaceChildren(empty('No entities found', f.q || f.type || f.country ? 'No entity matches these filters.' : 'Entities appear here as articles are analysed.'));
      return;
    }
    const body = h('tbody', {}, ...page.items);
    out.replaceChildren(h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Type'), h('th', {}, 'Country'), h('th', {}, 'Roles'), h('th', { class: 'num' }, 'Articles'), h('th', { class: 'num' }, 'Mentions'))),
      body)), moreButton(body, page.next, load));
  }).catch((err) => out.replaceChildren(errorBox(err)));
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Entities'), h('p', { class: 'lede' }, 'People, organisations and places, the most mentioned first.')),
    form, out);
}
