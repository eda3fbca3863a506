// The JSON API under /api/v1, with errors as exceptions.

export class APIError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function request(method, route, params, body) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v != null && v !== '') q.set(k, v);
  }
  const url = '/api/v1' + route + (q.toString() ? '?' + q : '');
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(url, init);
  } catch {
    throw new APIError(0, 'The server cannot be reached. Is chronicle serve running?');
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    // not JSON
  }
  if (!res.ok) {
    throw new APIError(res.status, (data && data.error) || `${res.status} ${res.statusText}`);
  }
  return data;
}

export const get = (route, params) => request('GET', route, params);
export const post = (route, body) => request('POST', route, undefined, body);
