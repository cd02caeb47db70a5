// Compare: two or more documents side by side, with what comparing them found highlighted in each.
import { api } from '../api.js';
import { empty, formatDate, h, pageHeader, fill } from '../dom.js';
import { findingKindText, t, tf } from '../i18n.js';
import type { Route } from '../main.js';
import { findingMarks, renderText, type Mark, type TextView } from '../text-view.js';
import type { Finding } from '../types.js';
import { moreButton } from '../more.js';
import type { StoredDocument } from '../types.js';
import { documentHref } from './document.js';
import { storyList } from './stories.js';

export async function comparePage(outlet: HTMLElement, route: Route): Promise<void> {
  const documents = await api.documents();
  // The chosen documents may lie past the first page of the list: any document id is taken, and the server says if one is unknown.
  const chosen = [...new Set((route.query.get('docs') ?? '').split(','))].filter((id) => /^[0-9a-f]{16}$/.test(id));
  const pick = (d: StoredDocument) =>
    h(
      'label.pick',
      null,
      h('input', { type: 'checkbox', name: 'doc', value: d.id, checked: chosen.includes(d.id) }),
      h(
        'span',
        null,
        d.title ? h('span', { 'data-content': true }, d.title) : t('(untitled)'),
        h('span.muted.small', null, ` · ${formatDate(d.published)}`),
      ),
    );
  const pickList = h('div.pick-list', null, ...documents.items.map(pick));
  const picker = h(
    'form.card.compare-picker',
    null,
    h(
      'fieldset',
      null,
      h('legend', null, t('Choose two or more documents')),
      pickList,
      moreButton(
        documents,
        (cursor) => api.documents({ cursor }),
        (items) => pickList.append(...items.map(pick)),
      ),
    ),
    h('button.btn.btn-primary', { type: 'submit' }, t('Compare')),
  );
  picker.addEventListener('submit', (event) => {
    event.preventDefault();
    const ids = [...picker.querySelectorAll<HTMLInputElement>('input[name=doc]:checked')].map((i) => i.value);
    location.hash = `#/compare?docs=${ids.join(',')}`;
  });
  if (chosen.length < 2) {
    fill(
      outlet,
      pageHeader('Compare', 'Read documents on the same event side by side, with conflicts and variants highlighted.'),
      picker,
      documents.total < 2 ? empty('Compare needs at least two stored documents.') : null,
    );
    return;
  }
  // Findings and shared stories are worked out between the chosen documents alone.
  const [loaded, { findings: relevant, stories }, entities] = await Promise.all([
    Promise.all(chosen.map((id) => api.document(id))),
    api.compare(chosen),
    api.entityMap().catch(() => new Map()),
  ]);
  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  const views = new Map<string, TextView>();
  const columns = loaded.map(({ analysis }) => {
    const marks: Mark[] = [
      ...analysis.chrome.map((c): Mark => ({
        kind: 'chrome',
        start: c.start,
        end: c.end,
        title: t('Page furniture'),
        lines: [],
      })),
      ...findingMarks(analysis.id, relevant),
    ];
    const view = renderText(analysis.text, marks, { className: 'compact' });
    views.set(analysis.id, view);
    return h(
      'article.card.compare-col',
      null,
      h(
        'header',
        null,
        h(
          'h2',
          null,
          analysis.title
            ? h('a', { href: documentHref(analysis.id), 'data-content': true }, analysis.title)
            : h('a', { href: documentHref(analysis.id) }, t('(untitled)')),
        ),
        h(
          'p.muted.small',
          null,
          analysis.published ? formatDate(analysis.published) : t('undated'),
          ' · ',
          (analysis.authors ?? []).length
            ? h('span', { 'data-content': true }, (analysis.authors ?? []).join(', '))
            : t('no author named'),
        ),
      ),
      h('div.compare-scroll', { 'data-content': true }, view.node),
    );
  });
  const show = (f: Finding) => {
    for (const e of f.evidence ?? []) views.get(e.document)?.scrollTo(e.start, e.end);
  };
  fill(
    outlet,
    pageHeader(
      'Compare',
      tf('{n} documents side by side', { n: loaded.length }),
      h('a.btn', { href: '#/compare' }, t('Choose others')),
    ),
    h(
      'section.card',
      null,
      h('h2', null, `${t('Findings')} (${relevant.length})`),
      relevant.length
        ? h(
            'ul.finding-list',
            null,
            ...relevant.map((f) =>
              h(
                'li',
                null,
                h('span.fkind', { 'data-kind': f.kind }, findingKindText(f.kind)),
                ' ',
                h('span', { 'data-content': true, lang: 'en' }, f.detail),
                ' ',
                (f.evidence ?? []).length
                  ? h('button.linklike', { type: 'button', onclick: () => show(f) }, t('Show in text'))
                  : null,
              ),
            ),
          )
        : empty('Comparing these documents found nothing to flag yet.'),
    ),
    stories.length
      ? h(
          'section.card',
          null,
          h('h2', null, `${t('Events they share')} (${stories.length})`),
          storyList(stories, nameOf),
        )
      : null,
    h('div.compare-grid', { style: `--cols:${loaded.length}` }, ...columns),
  );
}
