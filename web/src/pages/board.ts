// The board: every commitment's joint status beside each party's own assessment, what is overdue,
// and progress per issue area.
import { evidenceChoice, evidenceSwitch, indicatorChart } from '../indicator-chart.js';
import { api } from '../api.js';
import { empty, formatDate, h, pageHeader, plural, statusPill, fill } from '../dom.js';
import { t, tf } from '../i18n.js';
import type { Route } from '../main.js';
import type { Assessment, Board, Commitment, Party } from '../types.js';

/** How far along each status is, for the progress bars. */
const progress: Record<string, number> = {
  not_started: 0,
  no_evidence: 0,
  stalled: 0,
  disputed: 0,
  minimal: 1 / 3,
  intermediate: 2 / 3,
  complete: 1,
};

export const commitmentHref = (id: string) => `#/commitment/${id.split('/').map(encodeURIComponent).join('/')}`;

export async function boardPage(outlet: HTMLElement, route: Route): Promise<void> {
  const agreements = await api.agreements();
  if (!agreements.length) {
    fill(
      outlet,
      pageHeader('Board'),
      empty('No agreement has been imported yet.', 'Import one with: puente agreement import example/agreement.yaml'),
    );
    return;
  }
  const chosen = agreements.find((a) => a.id === route.query.get('agreement')) ?? agreements[0]!;
  const [board, pending] = await Promise.all([
    api.board(chosen.id),
    api.proposals({}, { limit: 1 }).catch(() => ({ total: 0 })),
  ]);
  const overdue = board.commitments.filter((c) => c.overdue).length;
  const assessed = board.commitments.filter((c) => c.assessments.length > 0).length;
  const agreed = board.commitments.filter((c) =>
    board.parties.every((p) => c.assessments.find((a) => a.party === p.code)?.status === c.jointStatus),
  ).length;

  const picker =
    agreements.length > 1
      ? h(
          'select',
          {
            'aria-label': t('Agreement'),
            onchange: (e: Event) => {
              location.hash = `#/board?agreement=${encodeURIComponent((e.target as HTMLSelectElement).value)}`;
            },
          },
          ...agreements.map((a) => h('option', { value: a.id, selected: a.id === chosen.id }, a.title)),
        )
      : null;
  fill(
    outlet,
    pageHeader(
      { content: board.title },
      h(
        'span',
        null,
        `${t('Signed')} ${formatDate(board.date)}`,
        board.factsAsOf ? ` · ${t('facts as of')} ${formatDate(board.factsAsOf)}` : '',
        board.illustrative ? ` · ${t('illustrative summary')}` : '',
      ),
      picker,
    ),
    h(
      'section.stats',
      { 'aria-label': t('Summary') },
      stat(String(board.commitments.length), t('commitments')),
      stat(String(overdue), overdueLabel(board), overdue ? 'stat-alert' : null),
      stat(`${assessed}/${board.commitments.length}`, t('assessed by a party')),
      stat(String(pending.total), t('proposals to review'), null, '#/review'),
    ),
    board.illustrative ? illustrativeNote() : null,
    h(
      'div.board-grid',
      null,
      h(
        'section.card.board-table-card',
        { 'aria-labelledby': 'commitments-heading' },
        h('h2', { id: 'commitments-heading' }, t('Commitments')),
        commitmentTable(board),
      ),
      h(
        'aside.board-side',
        null,
        h(
          'section.card',
          { 'aria-labelledby': 'areas-heading' },
          h('h2', { id: 'areas-heading' }, t('Progress by issue area')),
          areaChart(board),
        ),
        indicatorsCard(board),
        lastMeeting(board),
        h(
          'section.card.note',
          null,
          h('h2', null, t('How the joint status moves')),
          h(
            'p',
            null,
            tf(
              "Each party keeps its own assessment; neither can overwrite the other's. The joint status changes only when every party's assessment agrees — {n} agree now.",
              { n: plural(agreed, 'commitment') },
            ),
          ),
        ),
      ),
    ),
  );
}

/** "overdue", or "overdue as of 15 Oct 2025" when counted on the facts-as-of date of an illustrative agreement. */
function overdueLabel(board: Board): string {
  const today = new Date().toISOString().slice(0, 10);
  return board.overdueAsOf && board.overdueAsOf !== today
    ? `${t('overdue as of')} ${formatDate(board.overdueAsOf)}`
    : t('overdue');
}

/** What is made up in an illustrative agreement: its summary and the parties' assessments. */
export function illustrativeNote(): HTMLElement {
  return h(
    'p.illustrative-note',
    { role: 'note' },
    h('strong', null, t('Illustrative example. ')),
    t(
      "The agreement is summarised in our own words from public reporting, and the assessments were written by the Puente team to show how each party's view sits beside the other's; no government made them. Overdue items are counted as of the facts-as-of date.",
    ),
  );
}

function stat(value: string, label: string, className: string | null = null, href?: string): HTMLElement {
  const body = [h('span.stat-value', null, value), h('span.stat-label', null, label)];
  return href ? h('a.stat', { href, class: className }, ...body) : h('div.stat', { class: className }, ...body);
}

function assessmentCell(party: Party, assessment: Assessment | undefined): HTMLElement {
  return h(
    'div.cell.cell-party',
    { 'data-party': party.code },
    h('span.cell-label', null, party.code),
    statusPill(assessment?.status),
    assessment?.narrative
      ? h('p.narrative', { title: assessment.narrative, 'data-content': true }, assessment.narrative)
      : null,
    assessment
      ? h(
          'span.byline',
          null,
          h('span', { 'data-content': true }, assessment.updatedBy),
          ` · ${formatDate(assessment.updatedAt.slice(0, 10))}`,
        )
      : null,
  );
}

function commitmentTable(board: Board): HTMLElement {
  if (!board.commitments.length) return empty('This agreement lists no commitments.');
  const head = h(
    'div.ctable-head',
    { role: 'row' },
    h('span', { role: 'columnheader' }, t('Commitment')),
    h('span', { role: 'columnheader' }, t('Joint status')),
    ...board.parties.map((p) => h('span', { role: 'columnheader' }, `${p.code} ${t('assessment')}`)),
  );
  const rows = board.commitments.map((c) => commitmentRow(board, c));
  const table = h(
    'div.ctable',
    {
      role: 'table',
      'aria-label': t("Commitments with joint status and each party's assessment"),
      style: `--parties:${board.parties.length}`,
    },
    head,
    ...rows,
  );
  return table;
}

function commitmentRow(board: Board, c: Commitment): HTMLElement {
  const due = c.due
    ? `${t('due')} ${formatDate(c.due)}`
    : c.cadence
      ? h('span', { 'data-content': true }, c.cadence)
      : t('no due date');
  return h(
    'div.ctable-row',
    { role: 'row', class: c.overdue ? 'is-overdue' : null, 'data-commitment': c.id },
    h(
      'div.cell.cell-title',
      { role: 'cell' },
      h('a.ctitle', { href: commitmentHref(c.id), 'data-content': true }, c.title),
      h(
        'div.cmeta',
        null,
        h('span.area', { 'data-content': true }, c.area),
        h('span', null, due),
        c.overdue
          ? h('span.overdue', { title: t('A due date or milestone has passed without completion') }, t('Overdue'))
          : null,
      ),
    ),
    h('div.cell.cell-joint', { role: 'cell' }, h('span.cell-label', null, t('Joint')), statusPill(c.jointStatus)),
    ...board.parties.map((p) => {
      const cell = assessmentCell(
        p,
        c.assessments.find((a) => a.party === p.code),
      );
      cell.setAttribute('role', 'cell');
      return cell;
    }),
  );
}

/** Per issue area: how far along its commitments are, jointly and in each party's own view. */
function areaChart(board: Board): HTMLElement {
  const areas = new Map<string, Commitment[]>();
  for (const c of board.commitments) areas.set(c.area, [...(areas.get(c.area) ?? []), c]);
  const share = (items: readonly Commitment[], status: (c: Commitment) => string | undefined) =>
    items.reduce((sum, c) => sum + (progress[status(c) ?? ''] ?? 0), 0) / items.length;
  const bar = (label: string, value: number, scope: string, area: string) =>
    h(
      'div.pbar-row',
      null,
      h('span.pbar-label', null, label),
      h(
        'span.pbar',
        // The label names the issue area, the agreement's own words.
        { role: 'img', 'aria-label': `${area}, ${label}: ${Math.round(value * 100)}%`, 'data-content': true },
        h('span.pbar-fill', { class: `fill-${scope}`, style: `width:${Math.round(value * 100)}%` }),
      ),
      h('span.pbar-value', null, `${Math.round(value * 100)}%`),
    );
  const rows = [...areas]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([area, items]) =>
      h(
        'div.area-row',
        null,
        h(
          'div.area-head',
          null,
          h('span.area-name', { 'data-content': true }, area),
          h('span.area-count', null, plural(items.length, 'commitment')),
        ),
        bar(
          t('Joint'),
          share(items, (c) => c.jointStatus),
          'joint',
          area,
        ),
        ...board.parties.map((p) =>
          bar(
            p.code,
            share(items, (c) => c.assessments.find((a) => a.party === p.code)?.status),
            p.code,
            area,
          ),
        ),
      ),
    );
  return h(
    'div.area-chart',
    null,
    ...rows,
    h(
      'p.chart-note',
      null,
      t(
        'Minimal counts a third, intermediate two thirds, complete in full; a party that has not assessed counts nothing.',
      ),
    ),
  );
}

/** Every indicator the commitments name, each over time against its target. */
function indicatorsCard(board: Board): HTMLElement | null {
  const named = board.commitments.flatMap((c) => (c.indicators ?? []).map((series) => ({ commitment: c, series })));
  if (!named.length) return null;
  return h(
    'section.card.indicators',
    { 'aria-labelledby': 'board-indicators-heading' },
    h('h2', { id: 'board-indicators-heading' }, t('Indicators')),
    evidenceSwitch(),
    ...named.map(({ commitment, series }) =>
      h(
        'div.board-indicator',
        null,
        h('a.small', { href: commitmentHref(commitment.id), 'data-content': true }, commitment.title),
        indicatorChart(series, evidenceChoice()),
      ),
    ),
  );
}

function lastMeeting(board: Board): HTMLElement | null {
  const meeting = [...(board.meetings ?? [])].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!meeting) return null;
  return h(
    'section.card',
    null,
    h('h2', null, t('Last group meeting')),
    h('p.meeting-when', null, `${formatDate(meeting.date)} · `, h('span', { 'data-content': true }, meeting.place)),
    h('p.muted.small', { 'data-content': true }, meeting.summary),
  );
}
