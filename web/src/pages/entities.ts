// People and organisations: who the documents name, with role, country and mention count; and one
// entity's quotes, events and mentions.
import { api } from '../api.js';
import { empty, formatDate, h, pageHeader, plural, fill } from '../dom.js';
import { kindText, t } from '../i18n.js';
import type { Route } from '../main.js';
import { moreButton } from '../more.js';
import { documentHref } from './document.js';
import { storyList } from './stories.js';

export async function entitiesPage(outlet: HTMLElement, route: Route): Promise<void> {
  const kind = route.query.get('kind') ?? '';
  // Most mentioned first, a page at a time; the filter box narrows the entities loaded so far.
  const first = await api.entities(kind ? { kind } : {});
  const entities = [...first.items];
  const filter = h('input.filter', {
    type: 'search',
    placeholder: t('Filter by name, role or country'),
    'aria-label': t('Filter by name, role or country'),
  });
  const body = h('tbody');
  const render = () => {
    const q = filter.value.trim().toLowerCase();
    const shown = entities.filter(
      (e) =>
        !q || [e.name, e.role ?? '', e.country ?? '', ...(e.aliases ?? [])].some((s) => s.toLowerCase().includes(q)),
    );
    body.replaceChildren(
      ...shown.map((e) =>
        h(
          'tr',
          null,
          h(
            'td',
            null,
            h('a', { href: `#/entity/${encodeURIComponent(e.id)}`, 'data-content': true }, e.name),
            h(
              'div.muted.small.show-sm.entity-kind-role',
              null,
              kindText(e.kind),
              e.role ? h('span', { 'data-content': true }, ` · ${e.role}`) : null,
            ),
            e.aliases?.length
              ? h('div.muted.small', null, `${t('also')} `, h('span', { 'data-content': true }, e.aliases.join(', ')))
              : null,
          ),
          h('td.hide-sm', null, kindText(e.kind)),
          h('td.hide-sm', { 'data-content': true }, e.role ?? '—'),
          h('td', { 'data-content': true }, e.country ?? '—'),
          h('td.num', null, String(e.mentions ?? 0)),
        ),
      ),
    );
    if (!shown.length) body.append(h('tr', null, h('td.muted', { colspan: 5 }, t('Nothing matches.'))));
  };
  filter.addEventListener('input', render);
  render();
  const tabs = h(
    'nav.tabs',
    { 'aria-label': t('Kind') },
    ...['', 'person', 'organization', 'place', 'country'].map((k) =>
      h(
        'a',
        { href: `#/entities${k ? `?kind=${k}` : ''}`, 'aria-current': k === kind ? 'page' : null },
        k ? kindText(k, true) : t('All'),
      ),
    ),
  );
  fill(
    outlet,
    pageHeader(
      'People & organisations',
      `${plural(first.total, 'entity', 'entities')} ${t('across the stored documents')}`,
    ),
    tabs,
    entities.length
      ? h(
          'div.card.table-wrap',
          null,
          filter,
          h(
            'table.data',
            null,
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', null, t('Name')),
                h('th.hide-sm', null, t('Kind')),
                h('th.hide-sm', null, t('Role')),
                h('th', null, t('Country')),
                h('th.num', null, t('Mentions')),
              ),
            ),
            body,
          ),
          moreButton(
            first,
            (cursor) => api.entities({ cursor, ...(kind ? { kind } : {}) }),
            (items) => {
              entities.push(...items);
              render();
            },
          ),
        )
      : empty('No people or organisations extracted yet.'),
  );
}

export async function entityPage(outlet: HTMLElement, route: Route): Promise<void> {
  const { entity, mentions, quotes, stories } = await api.entity(route.parts.slice(1).join('/'));
  const names = await api.entityMap().catch(() => new Map());
  const nameOf = (id: string) => names.get(id)?.name ?? id;
  fill(
    outlet,
    h('nav.crumbs', null, h('a', { href: '#/entities' }, t('People & organisations'))),
    pageHeader(
      { content: entity.name },
      h(
        'span',
        null,
        kindText(entity.kind),
        h(
          'span',
          { 'data-content': true },
          [entity.role, entity.country]
            .filter(Boolean)
            .map((s) => ` · ${s}`)
            .join(''),
        ),
      ),
    ),
    entity.aliases?.length
      ? h('p.muted', null, t('Also named: '), h('span', { 'data-content': true }, entity.aliases.join(', ')))
      : null,
    h(
      'div.two-col',
      null,
      h(
        'section.card',
        null,
        h('h2', null, `${t('Quotes')} (${quotes.length})`),
        quotes.length
          ? h(
              'ol.evidence-list',
              null,
              ...quotes.map((q) =>
                h(
                  'li.evidence',
                  null,
                  h('blockquote', { 'data-content': true }, q.text ?? ''),
                  h(
                    'div.evidence-meta',
                    null,
                    h('span.pill.pill-none', null, t(q.kind)),
                    ' ',
                    h('a', { href: documentHref(q.document, q), 'data-content': true }, q.documentTitle ?? q.document),
                    h('span.muted', null, ` · ${formatDate(q.published)}`),
                  ),
                ),
              ),
            )
          : empty('No quotes attributed yet.'),
      ),
      h(
        'section.card',
        null,
        h('h2', null, `${t('Events')} (${stories.length})`),
        stories.length ? storyList(stories, nameOf) : empty('No events involving them extracted yet.'),
      ),
    ),
    h(
      'section.card',
      null,
      h('h2', null, `${t('Mentions')} (${mentions.length})`),
      mentions.length
        ? h(
            'ul.mention-list',
            null,
            ...mentions.map((m) =>
              h(
                'li',
                null,
                h('a', { href: documentHref(m.document, m), 'data-content': true }, `“${m.text ?? ''}”`),
                h(
                  'span.muted.small',
                  null,
                  ` ${t('in')} `,
                  h('span', { 'data-content': true }, m.documentTitle ?? m.document),
                ),
              ),
            ),
          )
        : empty('Not mentioned.'),
    ),
  );
}
