// The browser test: drives the real UI in headless chromium against a
// running chronicle serve, checks what a reader sees, and saves
// screenshots. Environment:
//   CHRONICLE_URL        the server with articles (required)
//   CHRONICLE_EMPTY_URL  a server with an empty database (optional)
//   SCREENSHOTS          where to write the PNGs (required)
// It prints one line per check and ends with "N passed, N failed".
import { launch } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const base = need('CHRONICLE_URL');
const shots = need('SCREENSHOTS');
const emptyBase = process.env.CHRONICLE_EMPTY_URL || '';
mkdirSync(shots, { recursive: true });

function need(name) {
  const v = process.env[name];
  if (!v) {
    console.error(`e2e: set ${name}`);
    process.exit(2);
  }
  return v;
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok    ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    failed++;
    console.log(`FAIL  ${name}: ${err.message.split('\n')[0]} (at ${page.url()})`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const { context, close } = await launch();
const page = await context.newPage();
page.setDefaultTimeout(15000);
const problems = [];
const dialogs = [];
page.on('pageerror', (e) => problems.push('page error: ' + e.message));
page.on('console', (m) => {
  if (m.type() === 'error') problems.push('console error: ' + m.text());
});
page.on('dialog', (d) => {
  dialogs.push(d.message());
  d.dismiss().catch(() => {});
});
const shot = (name) => page.screenshot({ path: join(shots, name + '.png') });
const api = (route) => page.evaluate((r) => fetch('/api/v1' + r).then((res) => res.json()), route);

await check('home page shows the store', async () => {
  await page.goto(base + '/');
  await page.waitForSelector('.stat-n');
  const n = await page.locator('.stat-n').first().textContent();
  assert(Number(n.replace(/,/g, '')) > 0, `articles figure is ${n}`);
  await page.waitForSelector('.chart');
  await page.waitForSelector('.top-list li');
  await shot('home');
});

await check('"/" focuses the search box and Enter searches', async () => {
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  assert(await page.evaluate(() => document.activeElement && document.activeElement.id === 'search'), 'search box not focused');
  await page.keyboard.type('sardine');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\?q=sardine/);
  await page.waitForSelector('.result-title');
  const marks = await page.locator('.result-snippet mark').count();
  assert(marks > 0, 'no highlighted words in the snippets');
  await page.waitForSelector('.facet-item');
  const hits = (await api('/articles?q=sardine')).hits.length;
  assert(await page.locator('.more').isVisible() === (hits > 20), `"Load more" is ${hits > 20 ? 'hidden' : 'shown'} for ${hits} hits`);
  await shot('search');
});

let record;
await check('j then Enter opens the first article', async () => {
  await page.locator('h1').click();
  await page.keyboard.press('j');
  const focused = await page.evaluate(() => document.activeElement.className);
  assert(focused.includes('result-title'), `focus is on ${focused}`);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/article\//);
  await page.waitForSelector('#article-text');
  const id = page.url().split('/article/')[1];
  record = await api('/articles/' + id);
  assert((await page.locator('h1').textContent()) === record.article.title, 'title differs from the record');
});

await check('every span is highlighted over exactly its text', async () => {
  // The page numbers annotations: entity mentions in order, then quotes,
  // times and event triggers. Spans are UTF-8 byte offsets; the text has
  // curly quotation marks, so a wrong conversion shows here.
  const expected = [];
  for (const e of record.entities) for (const m of e.mentions) expected.push(m.text);
  for (const q of record.quotes) expected.push(q.text);
  for (const t of record.times) expected.push(t.text);
  for (const v of record.events) expected.push(v.trigger.text);
  assert(expected.length > 0, 'the article has no annotations');
  const got = await page.evaluate((n) => {
    const runs = [...document.querySelectorAll('#article-text [data-ann]')];
    const out = [];
    for (let k = 0; k < n; k++) out.push(runs.filter((el) => el.dataset.ann.split(' ').includes(String(k))).map((el) => el.textContent).join(''));
    return out;
  }, expected.length);
  for (let k = 0; k < expected.length; k++) assert(got[k] === expected[k], `annotation ${k}: page shows ${JSON.stringify(got[k])}, record says ${JSON.stringify(expected[k])}`);
  const text = await page.locator('#article-text').textContent();
  assert(text === record.article.text, 'the text on the page differs from the record');
});

await check('hovering a highlight shows its details', async () => {
  const target = record.events.length ? '.hl-event' : record.quotes.length ? '.hl-quote' : '.hl-time';
  await page.locator(target).first().hover();
  await page.waitForSelector('#annotation-tip:not([hidden])');
  const tip = await page.locator('#annotation-tip').textContent();
  if (record.events.length) assert(tip.includes('Why:'), `the event card lacks its why: ${tip}`);
  await shot('article');
  await page.mouse.move(5, 5);
});

await check('an actor page shows roles, timeline and counterparts', async () => {
  const person = record.entities.find((e) => e.type === 'PERSON') || record.entities[0];
  assert(person, 'no entity to open');
  await page.locator('.side-entity a', { hasText: person.name }).first().click();
  await page.waitForURL(/\/entity\//);
  await page.waitForSelector('.entity-head h1');
  assert((await page.locator('.entity-head h1').textContent()).toLowerCase() === person.name.toLowerCase(), 'wrong entity');
  await page.waitForSelector('.chart');
  await page.waitForSelector('.graph[data-ready=true], .empty', { timeout: 20000 });
  await page.waitForTimeout(400);
  await shot('entity');
  await page.locator('.graph-wrap, .empty').first().scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 120));
  await shot('entity-graph');
});

await check('the most mentioned person opens by URL, with capped lists that grow', async () => {
  const top = (await api('/entities?type=PERSON&limit=1')).entities[0];
  assert(top, 'no person stored');
  await page.goto(base + '/entity/' + encodeURIComponent(top.name));
  await page.waitForSelector('.entity-head h1');
  assert((await page.locator('.entity-head h1').textContent()) === top.name, 'wrong entity');
  await page.waitForSelector('.graph[data-ready=true], .empty', { timeout: 20000 });
  await page.waitForTimeout(400);
  await shot('actor');
  await page.locator('.graph-wrap, .empty').first().scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 120));
  await shot('actor-graph');
  const more = page.locator('.list-foot button').first();
  if (await more.count()) {
    const list = page.locator('.list-foot').first().locator('xpath=preceding-sibling::ul[1]');
    const before = await list.locator(':scope > li').count();
    await more.click();
    const after = await list.locator(':scope > li').count();
    assert(after > before, `the list went from ${before} to ${after} items`);
  }
});

await check('a country facet narrows the search to articles that mention that country', async () => {
  const facets = await api('/facets');
  assert(facets.countries.length > 0, 'no country facet');
  const country = facets.countries[0].value;
  await page.goto(base + '/search');
  await page.waitForSelector('.facet-country');
  await page.locator('.facet-country', { hasText: country }).first().click();
  await page.waitForURL(new RegExp('country=' + country));
  await page.waitForSelector('.chip');
  await page.waitForSelector('.result-title');
  const want = await api('/articles?country=' + country);
  const first = await page.locator('.result-title').first().textContent();
  assert(first === want.hits[0].article.title, `first result ${first}; the API says ${want.hits[0].article.title}`);
  const total = (await api('/facets?country=' + country)).total;
  await page.waitForSelector('.results-head .muted');
  const shown = await page.locator('.results-head .muted').textContent();
  assert(shown === `${total.toLocaleString('en')} article${total === 1 ? '' : 's'}`, `the page says ${shown}; the API ${total}`);
  assert(await page.locator('.facet-country[aria-pressed=true]').count() === 1, 'the chosen country is not marked');
  await shot('search-country');
});

await check('the events explorer lists and filters events', async () => {
  await page.goto(base + '/events');
  await page.waitForSelector('.event, .empty');
  const n = await page.locator('.event').count();
  const stats = await api('/stats');
  assert(stats.events === 0 || n > 0, `${stats.events} events stored but none listed`);
  if (n) {
    const type = (await page.locator('.event .event-badge').first().textContent()).trim();
    await page.selectOption('select[name=type]', type);
    await page.click('.filters button[type=submit]');
    await page.waitForURL(new RegExp('type=' + type));
    await page.waitForSelector('.event');
    const types = await page.locator('.event .event-badge').allTextContents();
    assert(types.every((t) => t.trim() === type), `filter by ${type} lists ${types}`);
    await page.goto(base + '/events');
    await page.waitForSelector('.event');
  }
  await shot('events');
});

await check('the map draws the world offline, a circle for every place, and lists the events of one', async () => {
  await page.goto(base + '/map');
  await page.waitForSelector('svg.map .map-land');
  const places = (await api('/places')).places;
  const dots = await page.locator('.map-dot').count();
  assert(dots === places.length, `${dots} circles for ${places.length} places`);
  if (places.length) {
    // The largest is drawn first, under the others: choose it by keyboard.
    await page.locator('.map-dot').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.map-side .event');
    const title = await page.locator('.map-side .panel-title').textContent();
    assert(title.startsWith(places[0].name), `the side lists ${title}; want ${places[0].name}`);
  }
  await page.waitForTimeout(300);
  await shot('map');
});

await check('a pasted article is analysed and not stored', async () => {
  const before = (await api('/stats')).articles;
  await page.goto(base + '/analyze');
  await page.fill('#paste', ' date 2025-02-03 Harbour workers end their strike in Setúbal\n\n'
    + 'Dock workers in Setúbal ended a nine-day strike on Monday after the port authority agreed to hire 40 permanent staff. '
    + '“We got what we came for,” said union leader Carla Mendes. Portugal’s labour minister, Rui Sá, met both sides in Lisbon on Sunday.');
  await page.click('.analyze-form button[type=submit]');
  await page.waitForSelector('.analysis #article-text');
  const title = await page.locator('.analysis h1').textContent();
  assert(title.startsWith('Harbour workers'), `title ${title}`);
  assert(await page.locator('.analysis [data-ann]').count() > 0, 'nothing highlighted');
  await shot('analyze');
  assert((await api('/stats')).articles === before, 'the analysis was stored');
});

await check('hostile article text is shown as text and never runs', async () => {
  // The stored hostile article: found by a word of its markup.
  const hits = (await api('/articles?q=onerror')).hits.filter((x) => x.article.title.startsWith('Council meets'));
  assert(hits.length === 1, `the hostile article is not stored (${hits.length} hits)`);
  await page.goto(base + '/article/' + hits[0].article.id);
  await page.waitForSelector('#article-text');
  await page.waitForTimeout(500);
  const text = await page.locator('#article-text').textContent();
  assert(text.includes('<script>'), 'the script tag is not shown as text');
  assert(await page.locator('#article-text img, #article-text script, #article-text svg, #article-text iframe').count() === 0, 'markup from the text became elements');
  assert(await page.locator('h1').textContent().then((t) => t.includes('<img')), 'the title is not shown as text');
  await page.goto(base + '/search?q=onerror');
  await page.waitForSelector('.result-title');
  await page.waitForTimeout(300);
  await page.goto(base + '/analyze');
  await page.fill('#paste', 'A <img src=x onerror="window.__xss=\'analyze\'"> test <script>window.__xss="analyze-script"</script> of the paste box.');
  await page.click('.analyze-form button[type=submit]');
  await page.waitForSelector('.analysis #article-text');
  await page.waitForTimeout(300);
  const xss = await page.evaluate(() => window.__xss);
  assert(xss === undefined, `window.__xss = ${xss}`);
  assert(dialogs.length === 0, `dialogs opened: ${dialogs.join('; ')}`);
});

await check('the layout holds on a phone', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + '/article/' + record.article.id);
  await page.waitForSelector('#article-text');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 1, `the page is ${overflow}px wider than the screen`);
  await shot('article-phone');
  await page.setViewportSize({ width: 1360, height: 900 });
});

if (emptyBase) {
  await check('an empty database says how to add articles', async () => {
    await page.goto(emptyBase + '/');
    await page.waitForSelector('.empty-library');
    const text = await page.locator('.empty-library').textContent();
    for (const want of ['Paste', 'Upload', 'chronicle ingest']) assert(text.includes(want), `no mention of ${want}`);
    await shot('empty');
  });
}

await check('no console errors, policy violations or dialogs', async () => {
  assert(problems.length === 0, problems.join(' | '));
  assert(dialogs.length === 0, 'dialogs: ' + dialogs.join('; '));
});

await close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
