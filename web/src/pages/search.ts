// Search across the stored documents' article text; each hit opens the document at the hit.
import { api } from '../api.js';
import { empty, h, pageHeader, plural, fill } from '../dom.js';
import type { Route } from '../main.js';
import { documentHref } from './document.js';

export async function searchPage(outlet: HTMLElement, route: Route): Promise<void> {
  const q = route.query.get('q')?.trim() ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'A name, a place, a phrase…', 'aria-label': 'Search', minlength: 2, required: true });
  const form = h('form.search-form', { role: 'search' }, input, h('button.btn.btn-primary', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => { event.preventDefault(); location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`; });
  if (q.length < 2) {
    fill(outlet, pageHeader('Search', 'Across the article text of every stored document (page furniture is skipped).'), form);
    input.focus();
    return;
  }
  const { hits } = await api.search(q);
  const byDoc = new Map<string, typeof hits>();
  for (const hit of hits) byDoc.set(hit.document, [...(byDoc.get(hit.document) ?? []), hit]);
  fill(outlet, 
    pageHeader('Search', `${plural(hits.length, 'hit')} for “${q}” in ${plural(byDoc.size, 'document')}`),
    form,
    hits.length ? h('div.results', null, ...[...byDoc].map(([doc, items]) => h('section.card.result', null,
      h('h2', null, h('a', { href: documentHref(doc) }, items[0]?.title ?? '(untitled)')),
      h('ol.hit-list', null, ...items.map((hit) => h('li', null, h('a.hit', { href: documentHref(doc, hit) }, snippet(hit.snippet, q)))))))) : empty(`Nothing found for “${q}”.`),
  );
}

/** The snippet with the query marked, built from text nodes. */
function snippet(text: string, q: string): HTMLElement {
  const out = h('span.snippet');
  const lower = text.toLowerCase();
  const needle = q.toLowerCase();
  let at = 0;
  out.append('…');
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    out.append(text.slice(at, i), h('mark', null, text.slice(i, i + needle.length)));
    at = i + needle.length;
  }
  out.append(text.slice(at), '…');
  return out;
}
