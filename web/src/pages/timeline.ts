// Timeline: events across documents as stories (one row for each real-world event, with every source
// that reports it), by date, filtered by type, actor and dates.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { downloads, empty, formatDate, h, pageHeader, plural, fill } from '../dom.js';
import type { Route } from '../main.js';
import { moreButton } from '../more.js';
import type { Story } from '../types.js';
import { storyItem } from './stories.js';

export async function timelinePage(outlet: HTMLElement, route: Route): Promise<void> {
  const filters = {
    type: route.query.get('type') ?? '',
    actor: route.query.get('actor') ?? '',
    from: route.query.get('from') ?? '',
    to: route.query.get('to') ?? '',
  };
  const [first, entities] = await Promise.all([api.stories(filters), api.entityMap().catch(() => new Map())]);
  const { total, types, items: stories } = first;
  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  const actors = [...entities.values()].sort((a, b) => a.name.localeCompare(b.name));
  const form = h(
    'form.card.tl-filters',
    { 'aria-label': t('Filter the timeline') },
    h(
      'label',
      null,
      `${t('Type')} `,
      h(
        'select',
        { name: 'type' },
        h('option', { value: '' }, t('All types')),
        ...types.map((t) => h('option', { value: t, selected: t === filters.type, 'data-content': true }, t)),
      ),
    ),
    h(
      'label',
      null,
      `${t('Actor')} `,
      h(
        'select',
        { name: 'actor' },
        h('option', { value: '' }, t('Anyone')),
        ...actors.map((e) =>
          h('option', { value: e.id, selected: e.id === filters.actor, 'data-content': true }, e.name),
        ),
      ),
    ),
    h('label', null, `${t('From')} `, h('input', { type: 'date', name: 'from', value: filters.from })),
    h('label', null, `${t('To')} `, h('input', { type: 'date', name: 'to', value: filters.to })),
    h('button.btn', { type: 'submit' }, t('Filter')),
    Object.values(filters).some(Boolean) ? h('a.btn', { href: '#/timeline' }, t('Clear')) : null,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const params = new URLSearchParams(
      [...data.entries()].filter(([, v]) => typeof v === 'string' && v) as [string, string][],
    );
    location.hash = `#/timeline${params.size ? `?${params}` : ''}`;
  });
  // Stories come by date a page at a time: a page may go on with the month the one before ended in.
  const timeline = h('div.timeline');
  const months = new Map<string, HTMLElement>();
  const show = (items: readonly Story[]) => {
    for (const story of items) {
      const month = story.firstDate ? story.firstDate.slice(0, 7) : 'undated';
      let list = months.get(month);
      if (!list) {
        list = h('ol.tl-list');
        months.set(month, list);
        timeline.append(
          h(
            'section.tl-group',
            null,
            h('h2.tl-month', null, month === 'undated' ? t('Undated') : formatDate(month)),
            list,
          ),
        );
      }
      list.append(storyItem(story, nameOf));
    }
  };
  show(stories);
  const shown = plural(total, 'event');
  fill(
    outlet,
    pageHeader(
      'Timeline',
      `${shown} ${t('reported in the stored documents, by date; reports of one event from several sources are one row')}`,
      // The download holds every report of the events the filters keep, one row each (not one per story).
      downloads('Download these events', 'events', filters),
    ),
    form,
    stories.length ? timeline : null,
    stories.length ? moreButton(first, (cursor) => api.stories(filters, { cursor }), show) : null,
    stories.length
      ? null
      : types.length
        ? empty('No event matches these filters.', 'Clear the filters to see every event.')
        : empty(
            'No events extracted yet.',
            'Events appear here as the extraction finds meetings, arrests, seizures and agreements in the documents.',
          ),
  );
}
