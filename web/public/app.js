// The first page of the web app: documents and their text. Document text is untrusted, so it is
// only ever inserted with textContent, never as HTML.

const list = document.getElementById('document-list');
const view = document.getElementById('document-view');

/** Creates an element with text content and optional class. */
function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  return body;
}

async function showList(selected) {
  const { documents } = await getJson('/api/documents');
  list.replaceChildren();
  if (!documents.length) list.append(el('li', 'No documents yet: run puente ingest PATH.', 'muted'));
  for (const doc of documents) {
    const item = el('li');
    const link = el('a', doc.title ?? '(untitled document)');
    link.href = `#/documents/${doc.id}`;
    if (doc.id === selected) link.setAttribute('aria-current', 'page');
    item.append(link, el('span', [doc.published ?? 'undated', doc.language.toUpperCase(), doc.format].join(' · '), 'meta'));
    list.append(item);
  }
}

/** Renders the text with furniture spans greyed out. */
function renderText(text, chrome) {
  const container = el('div', undefined, 'text');
  let at = 0;
  for (const span of chrome) {
    if (span.start > at) container.append(document.createTextNode(text.slice(at, span.start)));
    const furniture = el('span', text.slice(span.start, span.end), 'chrome');
    furniture.title = `Page furniture (${span.reason})`;
    container.append(furniture);
    at = span.end;
  }
  container.append(document.createTextNode(text.slice(at)));
  return container;
}

async function showDocument(id) {
  view.replaceChildren(el('p', 'Loading…', 'muted'));
  try {
    const { document: doc } = await getJson(`/api/documents/${encodeURIComponent(id)}`);
    const facts = el('dl', undefined, 'facts');
    const fact = (term, value) => facts.append(el('dt', term), el('dd', value));
    fact('Published', doc.published ?? 'unknown');
    fact('Authors', doc.authors.length ? doc.authors.join(', ') : 'not named');
    fact('Language', doc.language);
    fact('Source', doc.locators.map((l) => `${l.locator} (v${l.version})`).join('; '));
    fact('Furniture', `${doc.chrome.length} span${doc.chrome.length === 1 ? '' : 's'} greyed out`);
    view.replaceChildren(el('h1', doc.title ?? '(untitled document)'), doc.subtitle ? el('p', doc.subtitle, 'subtitle') : '', facts, renderText(doc.text, doc.chrome));
  } catch (error) {
    view.replaceChildren(el('p', `Could not load the document: ${error.message}`, 'error'));
  }
}

async function route() {
  const match = /^#\/documents\/([0-9a-f]+)$/.exec(location.hash);
  await showList(match?.[1]);
  if (match) await showDocument(match[1]);
}

window.addEventListener('hashchange', route);
route();
