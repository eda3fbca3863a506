// A bar chart of articles and events over time, drawn as SVG elements.
import { h, svgEl } from './dom.js';
import { day as fmtDay } from './ui.js';

const DAY = 86400000;

// buckets groups timeline days by day, or by month when they span more
// than five months. Each bucket: {label, from, to, articles, events}.
export function buckets(days) {
  if (!days.length) return [];
  const first = Date.parse(days[0].day);
  const last = Date.parse(days[days.length - 1].day);
  const byMonth = last - first > 150 * DAY;
  const out = new Map();
  if (byMonth) {
    // every month between the first and the last, empty ones too
    const d = new Date(first);
    d.setUTCDate(1);
    while (d.getTime() <= last) {
      const key = d.toISOString().slice(0, 7);
      const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
      out.set(key, { key, label: fmtDay(key), from: key + '-01', to: end.toISOString().slice(0, 10), articles: 0, events: 0 });
      d.setUTCMonth(d.getUTCMonth() + 1);
    }
  } else {
    // At least three weeks, centred on the days there are, so that a
    // single day is a bar, not a wall.
    const pad = Math.max(0, Math.ceil((21 - (last - first) / DAY) / 2)) * DAY;
    for (let t = first - pad; t <= last + pad; t += DAY) {
      const key = new Date(t).toISOString().slice(0, 10);
      out.set(key, { key, label: fmtDay(key), from: key, to: key, articles: 0, events: 0 });
    }
  }
  for (const d of days) {
    const b = out.get(byMonth ? d.day.slice(0, 7) : d.day);
    if (b) {
      b.articles += d.articles;
      b.events += d.events;
    }
  }
  return [...out.values()];
}

// clip leaves out a sparse leading tail — the first 1% of the articles
// when they lie far before the rest — so that a few odd dates do not
// squeeze the chart. It returns the days kept and how many articles it
// left out.
function clip(days) {
  const total = days.reduce((n, d) => n + d.articles, 0);
  let seen = 0;
  let i = 0;
  while (i < days.length - 1 && seen + days[i].articles <= total * 0.01) seen += days[i++].articles;
  if (i === 0 || Date.parse(days[days.length - 1].day) - Date.parse(days[0].day) < 3 * 365 * DAY) return { kept: days, before: 0 };
  return { kept: days.slice(i), before: seen };
}

// timelineChart draws days as bars; onPick(bucket), when given, makes the
// bars buttons.
export function timelineChart(days, onPick) {
  const { kept, before } = clip(days);
  const bs = buckets(kept);
  const W = 800;
  const H = 150;
  const pad = { l: 8, r: 8, t: 10, b: 22 };
  const max = Math.max(1, ...bs.map((b) => Math.max(b.articles, b.events)));
  const bw = (W - pad.l - pad.r) / Math.max(1, bs.length);
  const y = (v) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img',
    'aria-label': `Articles and events over time, ${bs.length} ${bs.length && bs[0].key.length === 7 ? 'months' : 'days'}` });
  svg.append(svgEl('line', { x1: pad.l, x2: W - pad.r, y1: H - pad.b, y2: H - pad.b, class: 'axis' }));
  // Tick labels: years for monthly bars, days for daily ones, at most
  // about ten of them.
  const monthly = bs.length > 0 && bs[0].key.length === 7;
  const years = monthly ? [...new Set(bs.map((b) => b.key.slice(0, 4)))] : [];
  const yearStep = Math.max(1, Math.ceil(years.length / 10));
  const dayStep = Math.max(1, Math.ceil(bs.length / 8));
  bs.forEach((b, i) => {
    const x = pad.l + i * bw;
    const g = svgEl('g', { class: onPick ? 'bar pickable' : 'bar' });
    g.append(svgEl('title', {}, `${b.label}: ${b.articles} articles, ${b.events} events`));
    g.append(svgEl('rect', { x, y: pad.t, width: Math.max(1, bw), height: H - pad.t - pad.b, class: 'bar-hit' }));
    if (b.articles) {
      g.append(svgEl('rect', { x: x + bw * 0.1, y: y(b.articles), width: Math.max(1, bw * 0.8), height: H - pad.b - y(b.articles), class: 'bar-articles', rx: Math.min(2, bw / 4) }));
    }
    if (b.events) {
      g.append(svgEl('rect', { x: x + bw * 0.3, y: y(b.events), width: Math.max(1, bw * 0.4), height: H - pad.b - y(b.events), class: 'bar-events', rx: Math.min(2, bw / 4) }));
    }
    if (onPick) {
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', `${b.label}: ${b.articles} articles; show only these`);
      g.addEventListener('click', () => onPick(b));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onPick(b);
        }
      });
    }
    svg.append(g);
    let label = '';
    if (monthly) {
      const year = b.key.slice(0, 4);
      if ((b.key.endsWith('-01') || i === 0) && years.indexOf(year) % yearStep === 0) label = year;
    } else if (i % dayStep === 0) {
      label = b.label.replace(/ \d{4}$/, '');
    }
    if (label) {
      svg.append(svgEl('line', { x1: x, x2: x, y1: H - pad.b, y2: H - pad.b + 4, class: 'axis' }));
      svg.append(svgEl('text', { x: x + 2, y: H - 6, class: 'tick' }, label));
    }
  });
  const legend = h('div', { class: 'chart-legend' },
    h('span', { class: 'key key-articles' }, 'Articles'),
    h('span', { class: 'key key-events' }, 'Events'),
    h('span', { class: 'muted' }, monthly ? 'per month' : 'per day'),
    before ? h('span', { class: 'muted' }, `${before} earlier articles not shown`) : null);
  return h('div', { class: 'chart-wrap' }, svg, legend);
}
