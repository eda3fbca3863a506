import { h } from '../dom.js';
import { post } from '../api.js';
import { setTitle, errorBox, spinner } from '../ui.js';
import { renderDocument } from '../document.js';

const DATED = /^\s*date (\d{4}-\d{2}-\d{2}) /;

// Paste or upload an article and see its analysis; nothing is stored.
export async function analyzePage() {
  setTitle('Analyse an article');
  const out = h('div', { class: 'analysis', 'aria-live': 'polite' });
  const text = h('textarea', { name: 'text', id: 'paste', rows: '14', required: true, placeholder: 'Paste the text of a news article here…', 'aria-label': 'Article text' });
  const title = h('input', { type: 'text', name: 'title', placeholder: 'First line of the text', 'aria-label': 'Title' });
  const date = h('input', { type: 'date', name: 'date', 'aria-label': 'Publication date' });
  const source = h('input', { type: 'text', name: 'source', placeholder: 'example.org', 'aria-label': 'Source' });
  const file = h('input', { type: 'file', id: 'upload', accept: '.txt,.text,.html,.htm,text/plain,text/html', class: 'file-input', tabindex: '-1', 'aria-hidden': 'true' });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Analyse');
  const upload = h('button', { type: 'button', class: 'button button-quiet', onclick: () => file.click() }, 'Upload a file…');

  file.addEventListener('change', async () => {
    const f = file.files[0];
    if (!f) return;
    let s = await f.text();
    if (/\.html?$/i.test(f.name) || f.type === 'text/html') {
      // An inert document: nothing in it runs or loads.
      const doc = new DOMParser().parseFromString(s, 'text/html');
      if (!title.value) title.value = (doc.title || '').trim();
      for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
      s = (doc.body ? doc.body.innerText || doc.body.textContent : '').trim();
    }
    const m = DATED.exec(s);
    if (m) {
      date.value = m[1];
      s = s.slice(m[0].length);
    }
    text.value = s;
    text.focus();
  });

  const form = h('form', { class: 'analyze-form panel', onsubmit: async (e) => {
    e.preventDefault();
    let body = text.value;
    let d = date.value;
    const m = DATED.exec(body);
    if (m) {
      d = d || m[1];
      body = body.slice(m[0].length);
    }
    if (!body.trim()) {
      out.replaceChildren(errorBox({ message: 'Paste or upload the text of an article first.' }));
      return;
    }
    submit.disabled = true;
    out.replaceChildren(spinner('Reading the article…'));
    try {
      const doc = await post('/analyze', { text: body, title: title.value, date: d, source: source.value, url: '' });
      out.replaceChildren(renderDocument(doc, { stored: false }));
      out.scrollIntoView({ behavior: 'smooth', block: 'start' });
    } catch (err) {
      out.replaceChildren(errorBox(err));
    }
    submit.disabled = false;
  } },
  h('div', { class: 'field' }, h('label', { for: 'paste' }, 'Article text'), text,
    h('p', { class: 'hint' }, 'Plain text, up to 256 KiB. A first line of the form “ date 2024-03-15 Headline” sets the date. ', h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'Enter'), ' analyses.')),
  h('div', { class: 'field-row' },
    h('div', { class: 'field' }, h('label', {}, 'Title', title)),
    h('div', { class: 'field' }, h('label', {}, 'Published', date)),
    h('div', { class: 'field' }, h('label', {}, 'Source', source))),
  h('div', { class: 'form-actions' }, submit,
    upload, file,
    h('span', { class: 'muted small' }, 'Analysis runs on this server; nothing is stored.')));
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });
  if (location.hash === '#upload') setTimeout(() => upload.focus(), 0);
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Analyse an article'),
      h('p', { class: 'lede' }, 'See the people, places, quotes, times and events Chronicle finds in a text, each marked where it occurs.')),
    form, out);
}
