import { h, path, link, entityPath } from '../dom.js';
import { get } from '../api.js';
import { setTitle, moreButton, empty, errorBox, skeleton, day } from '../ui.js';
import { navigate } from '../router.js';

// Quotes across the stored articles, by speaker.
export async function quotesPage({ params }) {
  const speaker = params.get('speaker') || '';
  setTitle(speaker ? `Quotes of ${speaker}` : 'Quotes');
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    navigate(path('/quotes', { speaker: new FormData(e.target).get('speaker') }));
  } }, h('label', {}, 'Speaker', h('input', { type: 'text', name: 'speaker', value: speaker, placeholder: 'Any speaker' })),
  h('button', { class: 'button', type: 'submit' }, 'Filter'));
  const out = h('div', {}, skeleton(8));
  const item = (q) => h('li', { class: 'quote' },
    h('blockquote', {}, '“', q.text, '”'),
    h('div', { class: 'quote-meta' },
      q.speakerName ? link(entityPath(q.speakerName), { class: 'entity-link' }, q.speakerName) : h('span', {}, q.speakerText || 'Unnamed speaker'),
      q.cue ? ` ${q.cue} · ` : ' · ', h('span', { class: 'badge badge-quote' }, q.kind), ' ',
      link('/article/' + q.article.id, { 'data-nav': '' }, q.article.title), ' · ', day(q.article.date)));
  const load = async (cursor) => {
    const r = await get('/quotes', { speaker, limit: 30, cursor });
    return { items: r.quotes.map(item), next: r.next };
  };
  load('').then((page) => {
    if (!page.items.length) {
      out.replaceChildren(empty('No quotes found', speaker ? `No quote is attributed to “${speaker}”.` : 'Quotes appear here as articles are analysed.'));
      return;
    }
    const list = h('ul', { class: 'quote-list' }, ...page.items);
    out.replaceChildren(list, moreButton(list, page.next, load));
  }).catch((err) => out.replaceChildren(errorBox(err)));
  return h('div', { class: 'page narrow' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Quotes'), h('p', { class: 'lede' }, 'What was said, by whom, newest first.')),
    form, out);
}
