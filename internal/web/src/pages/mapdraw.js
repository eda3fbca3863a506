// The world outline and the event circles, with d3-geo and world-atlas;
// loaded only by the map page.
import { geoEqualEarth, geoPath, geoGraticule10 } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import countries from 'world-atlas/countries-110m.json';
import { svgEl } from '../dom.js';

const W = 960;
const H = 500;

// world returns an SVG map with a circle per place ({name, lat, lon,
// events: a count}); pick(place) is called when one is chosen by pointer
// or keyboard.
export function world(places, pick) {
  const land = feature(countries, countries.objects.countries);
  const borders = mesh(countries, countries.objects.countries, (a, b) => a !== b);
  const projection = geoEqualEarth().fitExtent([[8, 8], [W - 8, H - 8]], { type: 'Sphere' });
  const draw = geoPath(projection);
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'group', 'aria-label': 'World map of events' });
  svg.append(
    svgEl('path', { d: draw({ type: 'Sphere' }), class: 'map-sphere' }),
    svgEl('path', { d: draw(geoGraticule10()), class: 'map-graticule' }),
    svgEl('path', { d: draw(land), class: 'map-land' }),
    svgEl('path', { d: draw(borders), class: 'map-borders' }));
  const max = Math.max(1, ...places.map((p) => p.events));
  const dots = svgEl('g', { class: 'map-dots' });
  for (const p of [...places].sort((a, b) => b.events - a.events)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = 4 + 14 * Math.sqrt(p.events / max);
    const c = svgEl('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1), class: 'map-dot', tabindex: '0', role: 'button',
      'aria-label': `${p.name}: ${p.events} events` }, svgEl('title', {}, `${p.name}: ${p.events} events`));
    const choose = () => {
      for (const d of dots.querySelectorAll('.selected')) d.classList.remove('selected');
      c.classList.add('selected');
      pick(p);
    };
    c.addEventListener('click', choose);
    c.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        choose();
      }
    });
    dots.append(c);
  }
  svg.append(dots);
  return svg;
}
