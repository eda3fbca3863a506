// The extraction record of one article, drawn as its text with every
// annotation highlighted by its byte span, and the lists beside it.
import { h, entityPath, link } from './dom.js';
import { byteIndex, segments } from './spans.js';
import { TYPE_LABEL, TYPE_PLURAL, day, eventBadge, typeBadge, entityLink, empty, count } from './ui.js';
import { navigate } from './router.js';

const LAYERS = [
  { key: 'PERSON', label: 'People' },
  { key: 'ORG', label: 'Organisations' },
  { key: 'LOC', label: 'Places' },
  { key: 'MISC', label: 'Other' },
  { key: 'quote', label: 'Quotes' },
  { key: 'time', label: 'Times' },
  { key: 'event', label: 'Events' },
];

// lists makes every list of a record an array, whatever a producer left
// out.
function lists(doc) {
  for (const k of ['sentences', 'entities', 'times', 'quotes', 'events']) doc[k] = doc[k] || [];
  for (const e of doc.entities) {
    e.roles = e.roles || [];
    e.mentions = e.mentions || [];
  }
  for (const v of doc.events) {
    v.source = v.source || [];
    v.target = v.target || [];
  }
  return doc;
}

// annotations returns the record's annotations with string-index spans.
function annotations(doc) {
  const at = byteIndex(doc.article.text);
  const out = [];
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  for (const e of doc.entities) {
    for (const m of e.mentions) out.push({ kind: 'entity', layer: e.type, start: at(m.start), end: at(m.end), entity: e, mention: m });
  }
  doc.quotes.forEach((q, i) => out.push({ kind: 'quote', layer: 'quote', start: at(q.start), end: at(q.end), quote: q, index: i, speaker: ents.get(q.speaker) }));
  doc.times.forEach((t) => out.push({ kind: 'time', layer: 'time', start: at(t.start), end: at(t.end), time: t }));
  doc.events.forEach((v) => out.push({ kind: 'event', layer: 'event', start: at(v.trigger.start), end: at(v.trigger.end), event: v, actors: actorsOf(v, ents) }));
  return out;
}

function actorsOf(v, ents) {
  const name = (id) => (ents.get(id) ? ents.get(id).name : id);
  return { source: v.source.map(name), target: v.target.map(name) };
}

// details describes one annotation for the hover card, as nodes.
function details(a) {
  switch (a.kind) {
    case 'entity': {
      const e = a.entity;
      return h('div', { class: 'tip-item' },
        h('div', { class: 'tip-head' }, typeBadge(e.type), h('strong', {}, e.name)),
        h('div', { class: 'tip-body' },
          [e.country && `Country: ${e.country}`, e.roles.length && `Roles: ${e.roles.join(', ')}`, `Mention: ${a.mention.kind}`, `${count(e.mentions.length, 'mention')} in this article`]
            .filter(Boolean).map((s) => h('div', {}, s))));
    }
    case 'quote': {
      const q = a.quote;
      return h('div', { class: 'tip-item' },
        h('div', { class: 'tip-head' }, h('span', { class: 'badge badge-quote' }, `${q.kind} quote`)),
        h('div', { class: 'tip-body' },
          h('div', {}, 'Speaker: ', h('strong', {}, a.speaker ? a.speaker.name : (q.speakerText || 'unnamed'))),
          q.cue && h('div', {}, `Cue: “${q.cue}”`),
          q.date && h('div', {}, `Said: ${q.date}`)));
    }
    case 'time':
      return h('div', { class: 'tip-item' },
        h('div', { class: 'tip-head' }, h('span', { class: 'badge badge-time' }, a.time.type), h('strong', {}, a.time.value)),
        h('div', { class: 'tip-body' }, 'Resolved against the article date'));
    case 'event': {
      const v = a.event;
      return h('div', { class: 'tip-item' },
        h('div', { class: 'tip-head' }, eventBadge(v.type), v.mode && h('span', { class: 'muted' }, v.mode)),
        h('div', { class: 'tip-body' },
          h('div', {}, h('strong', {}, a.actors.source.join(', ') || '—'), ' → ', h('strong', {}, a.actors.target.join(', ') || '—')),
          v.date && h('div', {}, `When: ${v.date}`),
          v.location && h('div', {}, `Where: ${v.location.name}`),
          (v.negated || v.hypothetical || v.future) && h('div', {}, [v.negated && 'negated', v.hypothetical && 'hypothetical', v.future && 'future'].filter(Boolean).join(', ')),
          v.why && h('div', { class: 'tip-why' }, h('span', { class: 'muted' }, 'Why: '), v.why),
          h('div', { class: 'muted' }, `Confidence ${Math.round(v.confidence * 100)}%`)));
    }
  }
  return null;
}

// The hover card, shared by every highlighted run.
let tip = null;
function showTip(target, nodes) {
  if (!tip) {
    tip = h('div', { class: 'tip', role: 'tooltip', id: 'annotation-tip' });
    document.body.append(tip);
  }
  tip.replaceChildren(...nodes);
  tip.hidden = false;
  const r = target.getBoundingClientRect();
  const w = Math.min(360, window.innerWidth - 16);
  tip.style.maxWidth = w + 'px';
  const left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - w - 8));
  tip.style.left = left + 'px';
  tip.style.top = r.bottom + window.scrollY + 6 + 'px';
}
export function hideTip() {
  if (tip) tip.hidden = true;
}

// articleText draws the text with its annotations.
function articleText(doc, annots) {
  const text = doc.article.text;
  const body = h('div', { class: 'article-text', id: 'article-text' });
  for (const seg of segments(text, annots)) {
    const s = text.slice(seg.start, seg.end);
    if (!seg.active.length) {
      body.append(s);
      continue;
    }
    const kinds = new Set();
    for (const k of seg.active) {
      const a = annots[k];
      kinds.add(a.kind === 'entity' ? 'ent ent-' + a.layer : a.kind);
    }
    const el = h('span', { class: [...kinds].map((k) => 'hl-' + k.replace(' ', ' hl-')).join(' '), dataset: { ann: seg.active.join(' ') } }, s);
    body.append(el);
  }
  body.addEventListener('mouseover', (e) => {
    const el = e.target.closest('[data-ann]');
    if (!el || !body.contains(el)) return;
    showTip(el, el.dataset.ann.split(' ').map((k) => details(annots[Number(k)])));
  });
  body.addEventListener('mouseout', (e) => {
    if (!e.relatedTarget || !e.relatedTarget.closest || !e.relatedTarget.closest('[data-ann]')) hideTip();
  });
  body.addEventListener('click', (e) => {
    const el = e.target.closest('[data-ann]');
    if (!el) return;
    const ent = el.dataset.ann.split(' ').map((k) => annots[Number(k)]).find((a) => a.kind === 'entity');
    if (ent) navigate(entityPath(ent.entity.name, ent.entity.type));
  });
  return body;
}

// flash scrolls to the runs of annotation k and marks them for a moment.
function flash(body, k) {
  const els = [...body.querySelectorAll('[data-ann]')].filter((el) => el.dataset.ann.split(' ').includes(String(k)));
  if (!els.length) return;
  els[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const el of els) {
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
  }
}

// renderDocument returns the article view of record doc.
export function renderDocument(doc, { stored = true } = {}) {
  lists(doc);
  const a = doc.article;
  const annots = annotations(doc);
  const body = articleText(doc, annots);
  const counts = {};
  for (const x of annots) counts[x.layer] = (counts[x.layer] || 0) + (x.kind === 'entity' ? 0 : 1);
  for (const e of doc.entities) counts[e.type] = (counts[e.type] || 0) + 1;

  const toggles = h('div', { class: 'layers', role: 'group', 'aria-label': 'Highlight' },
    ...LAYERS.map((l) => {
      const input = h('input', { type: 'checkbox', checked: true, id: 'layer-' + l.key });
      input.addEventListener('change', () => body.classList.toggle('off-' + l.key, !input.checked));
      return h('label', { class: `layer layer-${l.key}`, for: 'layer-' + l.key }, input,
        h('span', { class: 'layer-swatch', 'aria-hidden': 'true' }), l.label, h('span', { class: 'layer-count' }, counts[l.key] || 0));
    }));

  const meta = h('div', { class: 'article-meta' },
    h('span', {}, day(a.date)),
    a.source && h('span', {}, a.source),
    a.url && h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'external' }, 'Original'),
    h('span', { class: 'mono muted', title: 'Article id' }, a.id));

  const main = h('article', { class: 'article-main' },
    h('h1', { class: 'article-title' }, a.title || '(untitled)'),
    meta,
    !stored && h('div', { class: 'notice notice-info' }, 'This analysis is not stored. To add the article to the library, run ',
      h('code', {}, 'chronicle ingest FILE'), ' or POST it to /api/v1/articles with the server’s token.'),
    toggles,
    body);

  const index = (pred) => annots.map((x, i) => [x, i]).filter(([x]) => pred(x));
  const item = (k, ...children) => h('li', {}, h('button', { type: 'button', class: 'side-item', onclick: () => flash(body, k) }, ...children));

  const side = h('aside', { class: 'article-side' });
  // Entities, grouped by type.
  const entPanel = h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, 'Entities', h('span', { class: 'panel-count' }, doc.entities.length)));
  if (!doc.entities.length) entPanel.append(h('p', { class: 'muted small' }, 'No people, organisations or places recognised.'));
  for (const t of Object.keys(TYPE_LABEL)) {
    const es = doc.entities.filter((e) => e.type === t);
    if (!es.length) continue;
    entPanel.append(h('h3', { class: 'side-sub' }, TYPE_PLURAL[t]),
      h('ul', { class: 'side-list' }, ...es.map((e) => h('li', { class: 'side-entity' },
        entityLink(e.name, e.type),
        h('span', { class: 'muted small' }, [e.country, e.roles.join(', '), count(e.mentions.length, 'mention')].filter(Boolean).join(' · '))))));
  }
  side.append(entPanel);

  const quotes = index((x) => x.kind === 'quote');
  side.append(h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, 'Quotes', h('span', { class: 'panel-count' }, quotes.length)),
    quotes.length ? h('ul', { class: 'side-list' }, ...quotes.map(([x, k]) => item(k,
      h('span', { class: 'side-quote' }, '“', x.quote.text, '”'),
      h('span', { class: 'muted small' }, '— ', x.speaker ? x.speaker.name : (x.quote.speakerText || 'unnamed'), x.quote.cue ? `, ${x.quote.cue}` : ''))))
      : h('p', { class: 'muted small' }, 'No quotes found.')));

  const events = index((x) => x.kind === 'event');
  side.append(h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, 'Events', h('span', { class: 'panel-count' }, events.length)),
    events.length ? h('ul', { class: 'side-list' }, ...events.map(([x, k]) => item(k,
      h('span', { class: 'side-event' }, eventBadge(x.event.type), ' ', x.actors.source.join(', ') || '—', ' → ', x.actors.target.join(', ') || '—'),
      h('span', { class: 'muted small' }, `“${x.event.trigger.text}”`, x.event.date ? ` · ${x.event.date}` : '', x.event.location ? ` · ${x.event.location.name}` : ''),
      x.event.why && h('span', { class: 'side-why small' }, x.event.why))))
      : h('p', { class: 'muted small' }, 'No events coded in this article.')));

  const times = index((x) => x.kind === 'time');
  side.append(h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, 'Times', h('span', { class: 'panel-count' }, times.length)),
    times.length ? h('ul', { class: 'side-list' }, ...times.map(([x, k]) => item(k,
      h('span', {}, `“${x.time.text}”`), h('span', { class: 'mono small' }, `${x.time.type} ${x.time.value}`))))
      : h('p', { class: 'muted small' }, 'No time expressions found.')));

  if (doc.tone) {
    side.append(h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, 'Tone'),
      h('p', {}, h('strong', {}, (doc.tone.score > 0 ? '+' : '') + doc.tone.score.toFixed(1)), h('span', { class: 'muted small' }, ` (${doc.tone.positive} positive, ${doc.tone.negative} negative words)`))));
  }
  side.append(h('p', { class: 'small muted' }, link('/api/v1/articles/' + a.id, {}, 'Extraction record (JSON)')));
  if (!stored) side.lastChild.remove();
  if (!annots.length) main.append(empty('Nothing recognised yet', 'The analysis found no entities, quotes, times or events in this text.'));
  return h('div', { class: 'article-layout' }, main, side);
}
