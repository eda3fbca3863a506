import { h } from '../dom.js';
import { get } from '../api.js';
import { setTitle, empty, errorBox, spinner, count, moreButton, skeleton } from '../ui.js';
import { eventFilters, filterForm, eventItem } from './events.js';

// A map of located events, drawn offline from Natural Earth outlines: a
// circle per place, sized by how many of the events the filters select
// happened there; choosing one lists them.
export async function mapPage({ params }) {
  const f = eventFilters(params);
  setTitle('Map');
  const stage = h('div', { class: 'map-stage' }, spinner('Drawing the map…'));
  const side = h('aside', { class: 'map-side panel', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Choose a place on the map to list its events.'));
  Promise.all([import('./mapdraw.js'), get('/places', f)]).then(([draw, r]) => {
    const places = r.places;
    const svg = draw.world(places, (p) => showPlace(side, f, p));
    stage.replaceChildren(svg);
    if (!places.length) {
      const filtered = Object.values(f).some(Boolean);
      stage.append(h('div', { class: 'map-empty' }, empty(filtered ? 'No located events match' : 'No located events yet',
        filtered ? 'None of the events these filters select has a known place.' : 'Events with a place appear here as articles are analysed.')));
      return;
    }
    const total = places.reduce((n, p) => n + p.events, 0);
    side.prepend(h('p', { class: 'small muted' }, `${count(total, 'located event')} at ${count(places.length, 'place')}`));
  }).catch((err) => stage.replaceChildren(errorBox(err)));
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Map of events'), h('p', { class: 'lede' }, 'Where the coded events took place. Circle size counts events.')),
    filterForm('/map', f, ['actor', 'type', 'country', 'from', 'to']),
    h('div', { class: 'map-layout' }, stage, side));
}

// showPlace lists in side the events at place p that the filters f select,
// a page at a time.
function showPlace(side, f, p) {
  const list = h('ul', { class: 'event-list compact' });
  const body = h('div', {}, skeleton(4));
  side.replaceChildren(h('h2', { class: 'panel-title' }, p.name, h('span', { class: 'panel-count' }, p.events)), body);
  const load = async (cursor) => {
    const r = await get('/events', { ...f, place: p.name, limit: 20, cursor });
    return { items: r.events.map(eventItem), next: r.next };
  };
  load('').then((page) => {
    list.append(...page.items);
    body.replaceChildren(list, moreButton(list, page.next, load));
  }).catch((err) => body.replaceChildren(errorBox(err)));
}
