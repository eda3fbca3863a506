// DOM building without HTML strings. Every piece of data reaches the page
// as a text node or an attribute value, never as markup: article text is
// hostile input.

const SVG = 'http://www.w3.org/2000/svg';

// h builds an element. attrs: "class", "dataset" (an object), "on…"
// listeners, and plain attributes; children: nodes, strings, numbers,
// arrays of them; null and false are skipped. A tag "svg:x" makes an SVG
// element.
export function h(tag, attrs, ...children) {
  const svg = tag.startsWith('svg:');
  const el = svg ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'href') el.setAttribute('href', safeHref(v));
    else if (k === 'style') throw new Error('inline style attributes are not allowed by the content security policy');
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

// append adds children (see h) to el.
export function append(el, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// safeHref keeps same-site paths and http(s) URLs; anything else
// (javascript:, data:, …) becomes "#".
export function safeHref(v) {
  const s = String(v);
  if ((s.startsWith('/') && !s.startsWith('//')) || s.startsWith('?') || s.startsWith('#')) return s;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // not a URL
  }
  return '#';
}

// link returns a same-site link; the router handles the click.
export function link(path, attrs, ...children) {
  return h('a', { ...attrs, href: path }, ...children);
}

// path joins a route and query parameters, leaving out empty ones.
export function path(route, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v != null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `${route}?${s}` : route;
}

// entityPath is the page of an entity.
export function entityPath(name, type) {
  return path('/entity/' + encodeURIComponent(name), { type });
}

// svgEl is h for SVG elements.
export function svgEl(tag, attrs, ...children) {
  return h('svg:' + tag, attrs, ...children);
}
