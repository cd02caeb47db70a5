// A document with its furniture greyed out and its extraction layers highlighted and explained;
// and the list of stored documents.
import { api } from '../api.js';
import { downloads, empty, formatDate, h, pageHeader, plural, fill } from '../dom.js';
import { kindText, t, tf } from '../i18n.js';
import type { Route } from '../main.js';
import { analysisMarks, legend, renderText, type Mark, type MarkKind } from '../text-view.js';
import { moreButton } from '../more.js';
import type { DocumentAnalysis, DocumentDetail, Entity, StoredDocument } from '../types.js';

export const documentHref = (id: string, span?: { start: number; end: number }) =>
  `#/document/${encodeURIComponent(id)}${span ? `?span=${span.start}-${span.end}` : ''}`;

type DocumentSort = 'title' | 'published' | 'language';

/** The stored documents: filtered by words of the title or authors and by language, sorted by a column. */
export async function documentsPage(outlet: HTMLElement, route: Route): Promise<void> {
  // A page at a time from the store; the filter and the sort (newest first by default) apply to the documents loaded so far.
  const first = await api.documents();
  const documents = [...first.items];
  if (!documents.length) {
    fill(
      outlet,
      pageHeader('Documents', 'No documents in the store'),
      empty(
        'No documents yet.',
        'Add some with puente ingest PATH or URL, fetch a page or watch a feed under Pages & feeds, or paste one under Analyze a text.',
      ),
    );
    return;
  }
  const fold = (value: string) =>
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  let sort: DocumentSort =
    (['title', 'published', 'language'] as const).find((k) => k === route.query.get('sort')) ?? 'published';
  let descending = (route.query.get('dir') ?? (sort === 'published' ? 'desc' : 'asc')) === 'desc';
  const filter = h('input.filter', {
    type: 'search',
    placeholder: t('Filter by title or author'),
    'aria-label': t('Filter by title or author'),
    value: route.query.get('q') ?? '',
  });
  const language = h('select.filter-lang', { 'aria-label': t('Language') });
  const chosenLanguage = route.query.get('lang') ?? '';
  const fillLanguages = () => {
    const languages = [...new Set(documents.map((d) => d.language).filter(Boolean))].sort();
    const current = language.value || chosenLanguage;
    language.replaceChildren(
      h('option', { value: '' }, t('All languages')),
      ...languages.map((l) => h('option', { value: l }, l.toUpperCase())),
    );
    language.value = languages.includes(current) ? current : '';
  };
  fillLanguages();
  const count = h('p.muted.small.documents-count', { role: 'status' });
  const body = h('tbody');
  const headers = new Map<DocumentSort, HTMLElement>();
  const header = (key: DocumentSort, label: string) => {
    const button = h(
      'button.sort',
      {
        type: 'button',
        onclick: () => {
          descending = sort === key ? !descending : key === 'published';
          sort = key;
          render();
        },
      },
      label,
    );
    const cell = h('th', null, button);
    headers.set(key, cell);
    return cell;
  };
  const compare = (a: StoredDocument, b: StoredDocument): number => {
    // Undated documents go last whichever way the dates run.
    if (sort === 'published' && (a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
    const key = (d: StoredDocument) =>
      sort === 'title' ? fold(d.title ?? '') : sort === 'published' ? (d.published ?? '') : d.language;
    const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    return (descending ? -order : order) || (a.id < b.id ? -1 : 1);
  };
  const render = () => {
    const words = fold(filter.value).split(/\s+/).filter(Boolean);
    const shown = documents
      .filter((d) => !language.value || d.language === language.value)
      .filter((d) => words.every((w) => fold([d.title ?? '', d.subtitle ?? '', ...d.authors].join(' ')).includes(w)))
      .sort(compare);
    for (const [key, cell] of headers)
      cell.setAttribute('aria-sort', key === sort ? (descending ? 'descending' : 'ascending') : 'none');
    const loaded = documents.length < first.total ? ` (${documents.length} ${t('loaded')})` : '';
    count.textContent =
      shown.length === documents.length
        ? `${plural(first.total, 'document')} ${t('in the store')}${loaded}`
        : `${shown.length} / ${plural(first.total, 'document')}${loaded}`;
    body.replaceChildren(
      ...shown.map((d) =>
        h(
          'tr',
          { 'data-document': d.id },
          h(
            'td',
            null,
            d.title === null
              ? h('a', { href: documentHref(d.id) }, t('(untitled)'))
              : h('a', { href: documentHref(d.id), 'data-content': true }, d.title),
            d.subtitle ? h('div.muted.small', { 'data-content': true }, d.subtitle) : null,
          ),
          h('td.nowrap', null, formatDate(d.published)),
          h('td.hide-sm', { 'data-content': true }, d.authors.join(', ') || '—'),
          h('td', null, d.language.toUpperCase()),
        ),
      ),
    );
    if (!shown.length) body.append(h('tr', null, h('td.muted', { colspan: 4 }, t('No document matches.'))));
  };
  filter.addEventListener('input', render);
  language.addEventListener('change', render);
  const head = h(
    'thead',
    null,
    h(
      'tr',
      null,
      header('title', t('Title')),
      header('published', t('Published')),
      h('th.hide-sm', null, t('Authors')),
      header('language', t('Lang.')),
    ),
  );
  render();
  fill(
    outlet,
    pageHeader('Documents', `${plural(first.total, 'document')} ${t('in the store')}`),
    h(
      'div.card.table-wrap',
      null,
      h('div.list-tools', null, filter, language, count),
      h('table.data.documents', null, head, body),
      moreButton(
        first,
        (cursor) => api.documents({ cursor }),
        (items) => {
          documents.push(...items);
          fillLanguages();
          render();
        },
      ),
    ),
  );
}

export async function documentPage(outlet: HTMLElement, route: Route): Promise<void> {
  const id = route.parts[1] ?? '';
  const [{ document: stored, analysis }, entities] = await Promise.all([
    api.document(id),
    api.entityMap().catch(() => new Map<string, Entity>()),
  ]);
  const span = /^(\d+)-(\d+)$/.exec(route.query.get('span') ?? '');
  const focus = span ? { start: Number(span[1]), end: Number(span[2]) } : null;
  fill(outlet, ...documentView(analysis, entities, { stored, focus }));
}

const layerKinds: readonly MarkKind[] = ['mention', 'quote', 'figure', 'date', 'event', 'commitment', 'chrome'];

/** The document view, shared by stored documents and freshly analysed text. */
export function documentView(
  doc: DocumentAnalysis,
  entities: ReadonlyMap<string, Entity>,
  options: { stored?: DocumentDetail['document']; focus?: { start: number; end: number } | null } = {},
): HTMLElement[] {
  const marks: Mark[] = analysisMarks(doc, entities);
  const focus =
    options.focus && options.focus.end > options.focus.start && options.focus.end <= doc.text.length
      ? options.focus
      : null;
  if (focus)
    marks.push({
      kind: 'evidence',
      start: focus.start,
      end: focus.end,
      title: t('The linked passage'),
      lines: [[t('Characters'), `${focus.start}–${focus.end}`]],
    });
  const view = renderText(doc.text, marks);
  const paper = h('article.card.paper', { lang: doc.language || null, 'data-content': true }, view.node);
  const stored = options.stored;
  // A file's place on the server is nobody's business but the server's: its name is shown, a URL whole.
  const shown = (locator: string) =>
    /^(?:[a-z]+:\/\/)/i.test(locator) ? locator : locator.split(/[\\/]/).pop() || locator;
  const source =
    stored?.locators
      ?.map((l) => `${shown(l.locator)}${l.version > 1 ? ` (${tf('version {n}', { n: l.version })})` : ''}`)
      .join('; ') ||
    doc.source?.url ||
    (doc.source?.path ? shown(doc.source.path) : '') ||
    doc.source?.name ||
    '—';
  const header = h(
    'header.doc-header',
    null,
    (doc.title ?? stored?.title)
      ? h('h1', { 'data-content': true }, doc.title ?? stored?.title ?? '')
      : h('h1', null, t('(untitled document)')),
    doc.subtitle ? h('p.page-sub', { 'data-content': true }, doc.subtitle) : null,
    h(
      'dl.facts.doc-facts',
      null,
      h('dt', null, t('Published')),
      h('dd', null, formatDate(doc.published)),
      h('dt', null, t('Authors')),
      doc.authors?.length ? h('dd', { 'data-content': true }, doc.authors.join(', ')) : h('dd', null, t('not named')),
      h('dt', null, t('Language')),
      h('dd', null, (doc.language || '—').toUpperCase()),
      h('dt', null, t('Source')),
      h('dd.source', { 'data-content': true }, source),
      h('dt', null, t('Furniture')),
      h(
        'dd',
        null,
        doc.chrome.length ? tf('{n} greyed out', { n: plural(doc.chrome.length, 'span') }) : t('none found'),
      ),
    ),
    // Only a stored document can be exported: pasted text that was not kept is not on the server.
    stored
      ? h(
          'div.doc-downloads',
          null,
          h('span.downloads-label', null, t('Download:')),
          downloads('Events', 'events', { document: doc.id }),
          downloads('Quotes', 'quotes', { document: doc.id }),
          downloads('Figures', 'figures', { document: doc.id }),
        )
      : null,
  );
  const banner = focus
    ? h(
        'div.focus-banner',
        { role: 'note' },
        h(
          'span',
          null,
          h('span.swatch.sw-evidence'),
          tf('Highlighted: the linked passage (characters {start}–{end}).', { start: focus.start, end: focus.end }),
        ),
        h('button.btn.btn-sm', { type: 'button', onclick: () => view.scrollTo(focus.start, focus.end) }, t('Show it')),
      )
    : null;
  const layout = h(
    'div.doc-layout',
    null,
    h('div.doc-main', null, legend(paper, marks, layerKinds), paper),
    sidePanel(doc, entities, view.scrollTo),
  );
  if (focus) {
    // After the page is in the document: bring the passage into view.
    requestAnimationFrame(() => requestAnimationFrame(() => view.scrollTo(focus.start, focus.end, false)));
  }
  return [header, ...(banner ? [banner] : []), layout];
}

/** What the document contains, as lists that jump to the text. */
function sidePanel(
  doc: DocumentAnalysis,
  entities: ReadonlyMap<string, Entity>,
  scrollTo: (start: number, end?: number) => unknown,
): HTMLElement {
  // A detail from the text (a speaker, a unit) is content; one of the app's (a resolved date) is not.
  const jump = (start: number, end: number, label: string, detail?: string | null, content = true) =>
    h(
      'li',
      null,
      h('button.linklike', { type: 'button', onclick: () => scrollTo(start, end), 'data-content': true }, label),
      detail ? h('span.muted.small', { 'data-content': content }, ` ${detail}`) : null,
    );
  const counts = new Map<string, { entity: Entity | undefined; id: string; n: number; first: number }>();
  for (const m of doc.mentions) {
    const c = counts.get(m.entity) ?? { entity: entities.get(m.entity), id: m.entity, n: 0, first: m.start };
    c.n++;
    counts.set(m.entity, c);
  }
  const people = [...counts.values()].sort((a, b) => b.n - a.n);
  const section = (title: string, count: number, body: HTMLElement) =>
    h(
      'details.side-section',
      { open: count > 0 && count <= 12 },
      h('summary', null, t(title), h('span.count', null, String(count))),
      count ? body : h('p.muted.small', null, t('None extracted.')),
    );
  const clip = (text: string | undefined, n = 90) =>
    text && text.length > n ? `${text.slice(0, n - 1)}…` : (text ?? '');
  return h(
    'aside.doc-side',
    { 'aria-label': t('In this document') },
    h('h2.side-title', null, t('In this document')),
    section(
      'People & organisations',
      people.length,
      h(
        'ul.side-list',
        null,
        ...people.map((p) =>
          h(
            'li',
            null,
            h('a', { href: `#/entity/${encodeURIComponent(p.id)}`, 'data-content': true }, p.entity?.name ?? p.id),
            h('span.muted.small', null, ` ${p.entity ? kindText(p.entity.kind) : ''} · ${p.n}×`),
          ),
        ),
      ),
    ),
    section(
      'Quotes',
      doc.quotes.length,
      h(
        'ul.side-list',
        null,
        ...doc.quotes.map((q) =>
          jump(
            q.start,
            q.end,
            `“${clip(q.text ?? doc.text.slice(q.start, q.end), 80)}”`,
            `— ${(q.speaker && entities.get(q.speaker)?.name) ?? q.speakerText ?? t('unnamed')}`,
          ),
        ),
      ),
    ),
    section(
      'Figures',
      doc.figures.length,
      h(
        'ul.side-list',
        null,
        ...doc.figures.map((f) =>
          jump(
            f.start,
            f.end,
            clip(f.text ?? doc.text.slice(f.start, f.end), 60),
            [f.value?.toLocaleString('en-US'), f.unit].filter(Boolean).join(' '),
          ),
        ),
      ),
    ),
    section(
      'Dates',
      doc.dates.length,
      h(
        'ul.side-list',
        null,
        ...doc.dates.map((d) =>
          jump(
            d.start,
            d.end,
            clip(d.text ?? doc.text.slice(d.start, d.end), 60),
            d.value ? `→ ${formatDate(d.value)}` : t('unresolved'),
            false,
          ),
        ),
      ),
    ),
    section(
      'Events',
      doc.events.length,
      h(
        'ul.side-list',
        null,
        ...doc.events.map((e) =>
          jump(
            e.start,
            e.end,
            clip(e.text ?? doc.text.slice(e.start, e.end), 80),
            `${e.type}${e.date ? ` · ${formatDate(e.date)}` : ''}`,
          ),
        ),
      ),
    ),
  );
}
