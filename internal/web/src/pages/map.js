import { h } from '../dom.js';
import { get } from '../api.js';
import { setTitle, empty, errorBox, spinner, count } from '../ui.js';
import { eventFilters, filterForm, eventItem } from './events.js';

// A map of located events, drawn offline from Natural Earth outlines.
export async function mapPage({ params }) {
  const f = eventFilters(params);
  setTitle('Map');
  const stage = h('div', { class: 'map-stage' }, spinner('Drawing the map…'));
  const side = h('aside', { class: 'map-side panel', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Choose a place on the map to list its events.'));
  Promise.all([
    import('./mapdraw.js'),
    latestEvents(f, 4),
  ]).then(([draw, r]) => {
    const located = r.events.filter((v) => v.location && Number.isFinite(v.location.lat) && Number.isFinite(v.location.lon));
    const places = new Map();
    for (const v of located) {
      const k = `${v.location.name}|${v.location.lat.toFixed(2)}|${v.location.lon.toFixed(2)}`;
      if (!places.has(k)) places.set(k, { name: v.location.name, country: v.location.country, lat: v.location.lat, lon: v.location.lon, events: [] });
      places.get(k).events.push(v);
    }
    const svg = draw.world([...places.values()], (p) => {
      side.replaceChildren(h('h2', { class: 'panel-title' }, p.name, h('span', { class: 'panel-count' }, p.events.length)),
        h('ul', { class: 'event-list compact' }, ...p.events.map(eventItem)));
    });
    stage.replaceChildren(svg);
    if (!places.size) {
      stage.append(h('div', { class: 'map-empty' }, empty(r.events.length ? 'No located events' : 'No events yet',
        r.events.length ? 'None of these events has a known place.' : 'Events with a place appear here as articles are analysed.')));
    } else {
      side.prepend(h('p', { class: 'small muted' }, `${count(located.length, 'event')} at ${count(places.size, 'place')}` + (r.next ? ` (of the latest ${r.events.length} events)` : '')));
    }
  }).catch((err) => stage.replaceChildren(errorBox(err)));
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Map of events'), h('p', { class: 'lede' }, 'Where the coded events took place. Circle size counts events.')),
    filterForm('/map', f, ['actor', 'type', 'country', 'from', 'to']),
    h('div', { class: 'map-layout' }, stage, side));
}


// latestEvents fetches up to pages pages of 500 events that f selects.
async function latestEvents(f, pages) {
  const all = [];
  let next = '';
  for (let i = 0; i < pages; i++) {
    const r = await get('/events', { ...f, limit: 500, cursor: next });
    all.push(...r.events);
    next = r.next;
    if (!next) break;
  }
  return { events: all, next };
}
