import { h, link } from '../dom.js';
import { get } from '../api.js';
import { setTitle, section, fill, articleItem, count, entityLink, TYPE_LABEL } from '../ui.js';
import { timelineChart } from '../charts.js';
import { navigate } from '../router.js';

// The overview: what the store holds, or how to fill it.
export async function homePage() {
  setTitle('Overview');
  const stats = await get('/stats');
  if (!stats.articles) return welcome();
  const figure = (n, label, path) => link(path, { class: 'stat' }, h('span', { class: 'stat-n' }, n.toLocaleString('en')), h('span', { class: 'stat-label' }, label));
  const chart = h('div');
  const recent = h('div');
  const top = h('div');
  fill(chart, get('/timeline').then((t) => (t.days.length ? timelineChart(t.days, (b) => navigate(`/search?from=${b.from}&to=${b.to}`)) : h('p', { class: 'muted' }, 'No dated articles yet.'))), 4);
  fill(recent, get('/articles', { limit: 8 }).then((r) => h('ul', { class: 'results' }, ...r.hits.map((x) => articleItem(x.article, x.snippet)))), 6);
  fill(top, get('/entities', { limit: 12 }).then((r) => h('ol', { class: 'top-list' }, ...r.entities.map((e) => h('li', {},
    entityLink(e.name, e.type), h('span', { class: 'muted small' }, `${TYPE_LABEL[e.type] || e.type}${e.country ? ' · ' + e.country : ''} · ${count(e.articles, 'article')}`))))), 6);
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Overview'), h('p', { class: 'lede' }, 'Everything Chronicle has read, and what it found in it.')),
    h('div', { class: 'stats' },
      figure(stats.articles, 'articles', '/search'), figure(stats.entities, 'entity mentions', '/entities'),
      figure(stats.quotes, 'quotes', '/quotes'), figure(stats.events, 'events', '/events'), figure(stats.times, 'time expressions', '/search')),
    section('Coverage over time', chart),
    h('div', { class: 'columns' }, section('Latest articles', recent), section('Most mentioned', top)));
}

function welcome() {
  const step = (n, title, ...body) => h('li', { class: 'step' }, h('span', { class: 'step-n', 'aria-hidden': 'true' }, n), h('div', {}, h('h3', {}, title), ...body));
  return h('div', { class: 'page welcome' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Welcome to Chronicle'),
      h('p', { class: 'lede' }, 'Chronicle reads dated news articles and keeps a sourced record of who said what, who did what to whom, where and when — every fact linked to the words it came from.')),
    h('div', { class: 'empty-library' },
      h('h2', {}, 'Your library is empty. Add articles in one of three ways:'),
      h('ol', { class: 'steps' },
        step('1', 'Paste an article', h('p', {}, 'Paste the text of a news article and see at once what Chronicle finds in it.'),
          link('/analyze', { class: 'button' }, 'Paste an article')),
        step('2', 'Upload a file', h('p', {}, 'Open a .txt or .html file from your computer and analyse it.'),
          link('/analyze#upload', { class: 'button button-quiet' }, 'Upload a file')),
        step('3', 'Ingest from the command line', h('p', {}, 'Store whole folders of articles — dated text, JSON lines or saved pages — then reload this page:'),
          h('pre', { class: 'code' }, 'chronicle ingest FILE|DIR …\nchronicle serve'),
          h('p', { class: 'small muted' }, 'Or POST articles to /api/v1/articles with the server’s CHRONICLE_TOKEN.')))));
}
