// One story: an event as every source that reports it tells it, one row with its sources.
import { formatDate, h, plural } from '../dom.js';
import { t } from '../i18n.js';
import type { Story } from '../types.js';
import { documentHref } from './document.js';

/** Stories as a timeline list, a row each. */
export function storyList(stories: readonly Story[], nameOf: (id: string) => string): HTMLElement {
  return h('ol.tl-list', null, ...stories.map((story) => storyItem(story, nameOf)));
}

/** One story as a timeline row: its dates beside its body. */
export function storyItem(story: Story, nameOf: (id: string) => string): HTMLElement {
  return h(
    'li.tl-item',
    { 'data-story': story.id },
    h('div.tl-date', null, storyDates(story)),
    storyBody(story, nameOf),
  );
}

/** The days a story covers: one day, or the first and last its sources give. */
function storyDates(story: Story): string {
  if (!story.firstDate) return t('Undated');
  return story.lastDate && story.lastDate !== story.firstDate
    ? `${formatDate(story.firstDate)} – ${formatDate(story.lastDate)}`
    : formatDate(story.firstDate);
}

/** A story's type, participants and each source's sentence, linked to the document at that sentence. */
function storyBody(story: Story, nameOf: (id: string) => string): HTMLElement {
  const sources = story.documents.length;
  return h(
    'div.tl-body',
    null,
    h(
      'div.event-head',
      null,
      // PLOVER's own codes, as the exports write them: the same words in every language.
      h('span.etype', { 'data-content': true }, story.type),
      story.mode ? h('span.muted.small', { 'data-content': true }, story.mode) : null,
      story.timing && story.timing !== 'past' ? h('span.pill.pill-none', null, t(story.timing)) : null,
      h('span.pill.pill-sources', { title: t('documents that report this event') }, plural(sources, 'source')),
    ),
    story.participants.length
      ? h('p.muted.small', { 'data-content': true }, story.participants.map(nameOf).join(', '))
      : null,
    h(
      'ul.story-reports',
      null,
      ...story.reports.map((report) =>
        h(
          'li',
          null,
          h('p', { 'data-content': true }, report.text),
          h(
            'p.muted.small',
            null,
            h(
              'a',
              { href: documentHref(report.document, report), 'data-content': true },
              report.documentTitle ?? report.document,
            ),
            report.date ? ` · ${formatDate(report.date)}` : ` · ${t('no date given')}`,
          ),
        ),
      ),
    ),
  );
}
