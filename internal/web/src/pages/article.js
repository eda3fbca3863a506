import { get } from '../api.js';
import { setTitle } from '../ui.js';
import { renderDocument } from '../document.js';

// One stored article with its annotations.
export async function articlePage({ match }) {
  const doc = await get('/articles/' + encodeURIComponent(match[0]));
  setTitle(doc.article.title);
  return renderDocument(doc);
}
