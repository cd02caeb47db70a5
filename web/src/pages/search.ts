// Search across the stored documents' article text: every word must match, case and accents folded
// ("Mexico" finds "México"), best passages first; each hit opens the document at the hit.
import { api } from '../api.js';
import { t, tf } from '../i18n.js';
import { empty, formatDate, h, pageHeader, plural, fill } from '../dom.js';
import type { Route } from '../main.js';
import type { SearchHit } from '../types.js';
import { documentHref } from './document.js';

const filterNames = ['language', 'from', 'to', 'entity', 'source'] as const;

export async function searchPage(outlet: HTMLElement, route: Route): Promise<void> {
  const q = route.query.get('q')?.trim() ?? '';
  const filters = Object.fromEntries(filterNames.map((name) => [name, route.query.get(name) ?? ''])) as Record<
    (typeof filterNames)[number],
    string
  >;
  const entities = await api.entityMap().catch(() => new Map());
  const input = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: t('A name, a place, a phrase…'),
    'aria-label': t('Search'),
    minlength: 2,
    required: true,
  });
  const form = h(
    'form.search-form',
    { role: 'search' },
    input,
    h(
      'select',
      { name: 'language', 'aria-label': t('Language') },
      h('option', { value: '' }, t('Any language')),
      ...[
        ['en', 'English'],
        ['es', 'Spanish'],
      ].map(([code, name]) => h('option', { value: code!, selected: filters.language === code }, t(name!))),
    ),
    h(
      'select',
      { name: 'entity', 'aria-label': t('Mentions') },
      h('option', { value: '' }, t('Mentioning anyone')),
      ...[...entities.values()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((e) => h('option', { value: e.id, selected: filters.entity === e.id, 'data-content': true }, e.name)),
    ),
    h('input', { type: 'date', name: 'from', value: filters.from, 'aria-label': t('Published from') }),
    h('input', { type: 'date', name: 'to', value: filters.to, 'aria-label': t('Published until') }),
    h('input', {
      type: 'text',
      name: 'source',
      value: filters.source,
      placeholder: t('Source'),
      'aria-label': t('Source (part of the URL or file name)'),
    }),
    h('button.btn.btn-primary', { type: 'submit' }, t('Search')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const params = new URLSearchParams(
      [...data.entries()].filter(([, v]) => typeof v === 'string' && v.trim()) as [string, string][],
    );
    location.hash = `#/search?${params}`;
  });
  if (q.length < 2) {
    fill(
      outlet,
      pageHeader(
        'Search',
        'Across the article text of every stored document (page furniture is skipped); accents and case do not matter.',
      ),
      form,
    );
    input.focus();
    return;
  }
  const { total, items: hits, nextCursor } = await api.search(q, filters, { limit: 100 });
  const byDoc = new Map<string, SearchHit[]>();
  for (const hit of hits) byDoc.set(hit.document, [...(byDoc.get(hit.document) ?? []), hit]);
  fill(
    outlet,
    pageHeader(
      'Search',
      h(
        'span',
        null,
        tf('{passages} holding every word of', { passages: plural(total, 'passage') }),
        ' “',
        h('span', { 'data-content': true }, q),
        '”, ',
        tf('in {documents}', { documents: plural(byDoc.size, 'document') }),
        nextCursor ? ` ${tf('(the best {n} shown)', { n: hits.length })}` : '',
      ),
    ),
    form,
    hits.length
      ? h(
          'div.results',
          null,
          ...[...byDoc].map(([doc, items]) =>
            h(
              'section.card.result',
              null,
              h(
                'h2',
                null,
                items[0]?.title
                  ? h('a', { href: documentHref(doc), 'data-content': true }, items[0].title)
                  : h('a', { href: documentHref(doc) }, t('(untitled)')),
              ),
              h(
                'p.muted.small',
                null,
                [items[0]?.published ? formatDate(items[0].published) : t('undated'), items[0]?.language]
                  .filter(Boolean)
                  .join(' · '),
              ),
              h(
                'ol.hit-list',
                null,
                ...items.map((hit) =>
                  h('li', null, h('a.hit', { href: documentHref(doc, hit), 'data-content': true }, snippet(hit))),
                ),
              ),
            ),
          ),
        )
      : empty(
          tf('Nothing found for “{q}”.', { q }),
          'Every word must appear in one paragraph; try fewer words or clear the filters.',
        ),
  );
}

/** The snippet with the matched words marked, built from text nodes. */
function snippet(hit: SearchHit): HTMLElement {
  const out = h('span.snippet');
  let at = 0;
  for (const mark of hit.marks) {
    out.append(hit.snippet.slice(at, mark.start), h('mark', null, hit.snippet.slice(mark.start, mark.end)));
    at = mark.end;
  }
  out.append(hit.snippet.slice(at));
  return out;
}
