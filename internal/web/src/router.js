// Client-side routes over the History API. The server answers every
// extensionless path with index.html, so each page has a real URL.

let render = () => {};

// start routes the current URL with onRoute and every later navigation.
export function start(onRoute) {
  render = onRoute;
  window.addEventListener('popstate', () => render(location));
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target.closest('a[href]');
    if (!a || a.target === '_blank' || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  render(location);
}

// navigate shows the page at path, adding it to the history unless
// replace is set.
export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  render(location);
  if (!replace) window.scrollTo(0, 0);
}
