// Timeline: events across documents, ordered by date.
import { api } from '../api.js';
import { empty, formatDate, h, pageHeader, plural, fill } from '../dom.js';
import { documentHref } from './document.js';

export async function timelinePage(outlet: HTMLElement): Promise<void> {
  const [events, entities] = await Promise.all([api.events(), api.entityMap().catch(() => new Map())]);
  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  const groups = new Map<string, typeof events>();
  for (const e of events) {
    const key = e.date ? e.date.slice(0, 7) : 'undated';
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  fill(outlet, 
    pageHeader('Timeline', `${plural(events.length, 'event')} reported in the stored documents, by date`),
    events.length ? h('div.timeline', null, ...[...groups].map(([month, items]) => h('section.tl-group', null,
      h('h2.tl-month', null, month === 'undated' ? 'Undated' : formatDate(month)),
      h('ol.tl-list', null, ...items.map((e) => h('li.tl-item', null,
        h('div.tl-date', null, formatDate(e.date)),
        h('div.tl-body', null,
          h('div.event-head', null, h('span.etype', null, e.type), e.mode ? h('span.muted.small', null, e.mode) : null, e.timing && e.timing !== 'past' ? h('span.pill.pill-none', null, e.timing) : null),
          h('p', null, e.text ?? ''),
          h('p.muted.small', null, [e.actors.map(nameOf).join(', '), e.place ? `in ${nameOf(e.place)}` : ''].filter(Boolean).join(' '), e.actors.length || e.place ? ' · ' : '',
            h('a', { href: documentHref(e.document, e) }, e.documentTitle ?? e.document)))))))))
      : empty('No events extracted yet.', 'Events appear here as the extraction finds meetings, arrests, seizures and agreements in the documents.'),
  );
}
