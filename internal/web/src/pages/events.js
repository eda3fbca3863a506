import { h, path, link } from '../dom.js';
import { get } from '../api.js';
import { setTitle, moreButton, empty, errorBox, skeleton, eventBadge, day, EVENT_TYPES } from '../ui.js';
import { navigate } from '../router.js';
import { actors } from './entity.js';

const FIELDS = ['actor', 'type', 'country', 'place', 'from', 'to'];

// eventFilters reads the event filters of the URL.
export function eventFilters(params) {
  return Object.fromEntries(FIELDS.map((k) => [k, params.get(k) || '']));
}

// filterForm is the form of event filters; it navigates to route.
export function filterForm(route, f, fields = FIELDS) {
  const input = (name, label, attrs) => h('label', {}, label, h('input', { name, value: f[name], ...attrs }));
  const all = {
    actor: () => input('actor', 'Actor', { type: 'text', placeholder: 'Any actor' }),
    type: () => h('label', {}, 'Type', h('select', { name: 'type' }, h('option', { value: '' }, 'All types'),
      ...EVENT_TYPES.map((t) => h('option', { value: t, selected: f.type === t }, t[0] + t.slice(1).toLowerCase())))),
    country: () => input('country', 'Country', { type: 'text', placeholder: 'e.g. PRT', maxlength: '3', size: '5' }),
    place: () => input('place', 'Place', { type: 'text', placeholder: 'Any place' }),
    from: () => input('from', 'From', { type: 'date' }),
    to: () => input('to', 'To', { type: 'date' }),
  };
  return h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const d = new FormData(e.target);
    const next = {};
    for (const k of fields) next[k] = (d.get(k) || '').trim();
    if (next.country) next.country = next.country.toUpperCase();
    navigate(path(route, next));
  } }, ...fields.map((k) => all[k]()), h('button', { class: 'button', type: 'submit' }, 'Filter'),
  fields.some((k) => f[k]) && link(route, { class: 'button button-quiet' }, 'Clear'));
}

// eventItem is one event in a list.
export function eventItem(v) {
  const flags = [v.negated && 'negated', v.hypothetical && 'hypothetical', v.future && 'future'].filter(Boolean);
  return h('li', { class: 'event' },
    h('div', { class: 'event-line' }, eventBadge(v.type), v.mode && h('span', { class: 'muted small' }, v.mode),
      h('span', { class: 'event-date' }, day(v.date || v.article.date)),
      v.location && link(path('/events', { place: v.location.name }), { class: 'event-place' }, v.location.name),
      flags.length > 0 && h('span', { class: 'badge badge-flag' }, flags.join(', '))),
    h('div', { class: 'event-actors' }, actors(v)),
    h('div', { class: 'event-trigger' }, h('span', { class: 'muted' }, 'Trigger: '), `“${v.trigger.text}”`),
    v.why && h('div', { class: 'event-why' }, h('span', { class: 'muted' }, 'Why: '), v.why),
    h('div', { class: 'small' }, link('/article/' + v.article.id, { 'data-nav': '' }, v.article.title), h('span', { class: 'muted' }, ' · ', day(v.article.date))));
}

// Events explorer.
export async function eventsPage({ params }) {
  const f = eventFilters(params);
  setTitle('Events');
  const out = h('div', {}, skeleton(8));
  const load = async (cursor) => {
    const r = await get('/events', { ...f, limit: 30, cursor });
    return { items: r.events.map(eventItem), next: r.next };
  };
  Promise.all([load(''), get('/stats')]).then(([page, stats]) => {
    if (!page.items.length) {
      out.replaceChildren(stats.events
        ? empty('No events match', 'Try another actor, type or a wider range of dates.')
        : empty('No events yet', 'Events — who agreed, met, accused or attacked whom — are coded from articles as they are analysed. None has been stored yet.'));
      return;
    }
    const list = h('ul', { class: 'event-list' }, ...page.items);
    out.replaceChildren(list, moreButton(list, page.next, load));
  }).catch((err) => out.replaceChildren(errorBox(err)));
  return h('div', { class: 'page narrow' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Events'),
      h('p', { class: 'lede' }, 'PLOVER events coded from the articles: who did what to whom, where and when — and why it was coded so. ', link(path('/map', f), {}, 'See them on the map.'))),
    filterForm('/events', f), out);
}
