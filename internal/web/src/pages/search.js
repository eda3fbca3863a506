import { h, path } from '../dom.js';
import { get } from '../api.js';
import { setTitle, articleItem, moreButton, empty, errorBox, skeleton, TYPE_PLURAL, count, day } from '../ui.js';
import { timelineChart } from '../charts.js';
import { navigate } from '../router.js';

// Search: full-text query, filters and facets.
export async function searchPage({ params }) {
  const q = params.get('q') || '';
  const f = { q, entity: params.get('entity') || '', country: (params.get('country') || '').toUpperCase(), from: params.get('from') || '', to: params.get('to') || '' };
  setTitle(q ? `“${q}”` : 'Articles');
  const go = (change) => navigate(path('/search', { ...f, ...change }));

  const results = h('div', { class: 'results-wrap' }, skeleton(8));
  const facets = h('aside', { class: 'facets', 'aria-label': 'Filters' }, skeleton(10));
  const head = h('div', { class: 'results-head' }, h('h1', {}, q ? ['Results for ', h('q', {}, q)] : 'All articles'));

  const chips = [];
  if (f.entity) chips.push(['entity', `Mentions ${f.entity}`]);
  if (f.country) chips.push(['country', `Mentions an entity of ${f.country}`]);
  if (f.from || f.to) chips.push(['dates', `${f.from ? day(f.from) : '…'} – ${f.to ? day(f.to) : '…'}`]);
  if (chips.length) {
    head.append(h('div', { class: 'chips' }, ...chips.map(([k, label]) => h('button', {
      type: 'button', class: 'chip', 'aria-label': `Remove filter: ${label}`,
      onclick: () => go(k === 'dates' ? { from: '', to: '' } : { [k]: '' }),
    }, label, h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×')))));
  }
  const dates = h('form', { class: 'date-filter', onsubmit: (e) => {
    e.preventDefault();
    go({ from: e.target.from.value, to: e.target.to.value });
  } },
  h('label', {}, 'From', h('input', { type: 'date', name: 'from', value: f.from })),
  h('label', {}, 'To', h('input', { type: 'date', name: 'to', value: f.to })),
  h('button', { class: 'button button-small', type: 'submit' }, 'Apply'));

  const load = async (cursor) => {
    const r = await get('/articles', { ...f, limit: 20, cursor });
    return { items: r.hits.map((x) => articleItem(x.article, x.snippet)), next: r.next };
  };
  load('').then((page) => {
    if (!page.items.length) {
      results.replaceChildren(empty('No articles found', q ? 'Try fewer words, a prefix such as minist*, or remove a filter.' : 'Nothing matches these filters.'));
      return;
    }
    const list = h('ul', { class: 'results' }, ...page.items);
    results.replaceChildren(list, moreButton(list, page.next, load));
  }).catch((err) => results.replaceChildren(errorBox(err)));

  get('/facets', f).then((fc) => {
    head.append(h('p', { class: 'muted' }, count(fc.total, 'article')));
    const parts = [h('div', { class: 'facet' }, h('h2', { class: 'facet-title' }, 'Published'), dates)];
    if (fc.months.length > 1) {
      const days = fc.months.map((m) => ({ day: m.value + '-01', articles: m.count, events: 0 }));
      parts.push(h('div', { class: 'facet' }, timelineChart(days, (b) => go({ from: b.from, to: b.to }))));
    }
    for (const t of fc.types) {
      if (!t.entities.length) continue;
      parts.push(h('div', { class: 'facet' },
        h('h2', { class: 'facet-title' }, TYPE_PLURAL[t.type] || t.type, h('span', { class: 'facet-total' }, t.articles)),
        h('ul', { class: 'facet-list' }, ...t.entities.map((e) => h('li', {},
          h('button', { type: 'button', class: `facet-item ent-${t.type}`, 'aria-pressed': String(f.entity.toLowerCase() === e.value.toLowerCase()),
            onclick: () => go({ entity: f.entity.toLowerCase() === e.value.toLowerCase() ? '' : e.value }) },
          h('span', { class: 'facet-name' }, e.value), h('span', { class: 'facet-count' }, e.count)))))));
    }
    if (fc.countries.length) {
      parts.push(h('div', { class: 'facet' },
        h('h2', { class: 'facet-title' }, 'Countries'),
        h('ul', { class: 'facet-list' }, ...fc.countries.map((c) => h('li', {},
          h('button', { type: 'button', class: 'facet-item facet-country', 'aria-pressed': String(f.country === c.value),
            title: f.country === c.value ? `Show articles of every country` : `Only articles that mention an entity of ${c.value}`,
            onclick: () => go({ country: f.country === c.value ? '' : c.value }) },
          h('span', { class: 'facet-name' }, c.value), h('span', { class: 'facet-count' }, c.count)))))));
    }
    facets.replaceChildren(...parts);
  }).catch((err) => facets.replaceChildren(errorBox(err)));

  return h('div', { class: 'page search-layout' }, facets, h('div', { class: 'search-main' }, head, results));
}
