// Chronicle's web UI: the shell (header, navigation, keyboard) and the
// route table.
import { h, link } from './dom.js';
import { start, navigate } from './router.js';
import { hideTip } from './document.js';
import { setTitle, errorBox } from './ui.js';
import { homePage } from './pages/home.js';
import { searchPage } from './pages/search.js';
import { articlePage } from './pages/article.js';
import { entityPage } from './pages/entity.js';
import { entitiesPage } from './pages/entities.js';
import { eventsPage } from './pages/events.js';
import { quotesPage } from './pages/quotes.js';
import { mapPage } from './pages/map.js';
import { analyzePage } from './pages/analyze.js';

const routes = [
  { re: /^\/$/, page: homePage, nav: '/' },
  { re: /^\/search$/, page: searchPage, nav: '/search' },
  { re: /^\/article\/([^/]+)$/, page: articlePage, nav: '/search' },
  { re: /^\/entity\/(.+)$/, page: entityPage, nav: '/entities' },
  { re: /^\/entities$/, page: entitiesPage, nav: '/entities' },
  { re: /^\/events$/, page: eventsPage, nav: '/events' },
  { re: /^\/quotes$/, page: quotesPage, nav: '/quotes' },
  { re: /^\/map$/, page: mapPage, nav: '/map' },
  { re: /^\/analyze$/, page: analyzePage, nav: '/analyze' },
];

const NAV = [
  ['/', 'Overview'], ['/search', 'Articles'], ['/entities', 'Entities'], ['/events', 'Events'],
  ['/map', 'Map'], ['/quotes', 'Quotes'], ['/analyze', 'Analyse'],
];

const searchInput = h('input', {
  type: 'search', name: 'q', id: 'search', placeholder: 'Search articles, people, places…',
  'aria-label': 'Search articles', autocomplete: 'off', spellcheck: 'false',
});
const searchForm = h('form', { class: 'search-box', role: 'search', onsubmit: (e) => {
  e.preventDefault();
  const q = searchInput.value.trim();
  navigate(q ? '/search?q=' + encodeURIComponent(q) : '/search');
} }, h('span', { class: 'search-icon', 'aria-hidden': 'true' }), searchInput, h('kbd', { class: 'search-kbd', title: 'Press / to search' }, '/'));

const navLinks = NAV.map(([p, label]) => link(p, { class: 'nav-link', dataset: { nav: p } }, label));
const menuButton = h('button', { type: 'button', class: 'menu-button', 'aria-label': 'Menu', 'aria-expanded': 'false',
  onclick: () => {
    const open = document.body.classList.toggle('menu-open');
    menuButton.setAttribute('aria-expanded', String(open));
  } }, h('span', { 'aria-hidden': 'true' }));

const header = h('header', { class: 'top' },
  h('div', { class: 'top-inner' },
    link('/', { class: 'brand', 'aria-label': 'Chronicle, overview' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'Chronicle'),
    searchForm,
    menuButton,
    h('nav', { class: 'nav', 'aria-label': 'Main' }, ...navLinks)));
const main = h('main', { id: 'main', tabindex: '-1' });
const footer = h('footer', { class: 'foot' },
  h('span', {}, 'Chronicle — a sourced record of what the news says happened.'),
  h('span', {}, h('a', { href: '/api/v1/openapi.json' }, 'API'), ' · ', h('kbd', {}, '/'), ' search · ', h('kbd', {}, 'j'), h('kbd', {}, 'k'), ' move · ', h('kbd', {}, 'Enter'), ' open'));
document.body.replaceChildren(
  h('a', { href: '#main', class: 'skip' }, 'Skip to content'),
  header, main, footer);

let generation = 0;

async function route(loc) {
  const gen = ++generation;
  hideTip();
  document.body.classList.remove('menu-open');
  const r = routes.find((x) => x.re.test(loc.pathname));
  for (const a of navLinks) a.classList.toggle('active', !!r && a.dataset.nav === r.nav);
  const params = new URLSearchParams(loc.search);
  searchInput.value = loc.pathname === '/search' ? params.get('q') || '' : '';
  if (!r) {
    setTitle('Not found');
    main.replaceChildren(errorBox({ status: 404, message: `There is no page at ${loc.pathname}.` }));
    return;
  }
  const match = loc.pathname.match(r.re).slice(1).map(decodeURIComponent);
  try {
    const node = await r.page({ params, match, stale: () => gen !== generation });
    if (gen === generation) main.replaceChildren(node);
  } catch (err) {
    if (gen === generation) main.replaceChildren(errorBox(err));
  }
  document.body.dataset.page = r.nav;
}

// Keyboard: / focuses the search, Escape leaves a field, j and k move
// between the items of a list.
document.addEventListener('keydown', (e) => {
  const el = document.activeElement;
  const typing = el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
  if (e.key === 'Escape') {
    hideTip();
    if (typing) el.blur();
    return;
  }
  if (typing || e.metaKey || e.ctrlKey || e.altKey) return;
  if (e.key === '/') {
    e.preventDefault();
    searchInput.focus();
    searchInput.select();
  } else if (e.key === 'j' || e.key === 'k' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const items = [...main.querySelectorAll('[data-nav]')];
    if (!items.length) return;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !items.includes(el)) return;
    e.preventDefault();
    const i = items.indexOf(el);
    const next = e.key === 'j' || e.key === 'ArrowDown' ? Math.min(items.length - 1, i + 1) : Math.max(0, i - 1);
    items[next].focus();
  }
});

start(route);
