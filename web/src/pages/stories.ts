// One story: an event as every source that reports it tells it, one row with its sources.
import { formatDate, h } from '../dom.js';
import type { Story } from '../types.js';
import { documentHref } from './document.js';

/** The days a story covers: one day, or the first and last its sources give. */
export function storyDates(story: Story): string {
  if (!story.firstDate) return 'Undated';
  return story.lastDate && story.lastDate !== story.firstDate
    ? `${formatDate(story.firstDate)} – ${formatDate(story.lastDate)}`
    : formatDate(story.firstDate);
}

/** A story's type, participants and each source's sentence, linked to the document at that sentence. */
export function storyBody(story: Story, nameOf: (id: string) => string): HTMLElement {
  const sources = story.documents.length;
  return h(
    'div.tl-body',
    null,
    h(
      'div.event-head',
      null,
      h('span.etype', null, story.type),
      story.mode ? h('span.muted.small', null, story.mode) : null,
      story.timing && story.timing !== 'past' ? h('span.pill.pill-none', null, story.timing) : null,
      h(
        'span.pill.pill-sources',
        { title: 'documents that report this event' },
        sources === 1 ? '1 source' : `${sources} sources`,
      ),
    ),
    story.participants.length ? h('p.muted.small', null, story.participants.map(nameOf).join(', ')) : null,
    h(
      'ul.story-reports',
      null,
      ...story.reports.map((report) =>
        h(
          'li',
          null,
          h('p', null, report.text),
          h(
            'p.muted.small',
            null,
            h('a', { href: documentHref(report.document, report) }, report.documentTitle ?? report.document),
            report.date ? ` · ${formatDate(report.date)}` : ' · no date given',
          ),
        ),
      ),
    ),
  );
}
