// Background work: the jobs `puente worker` runs (ingesting, analysing, proposing evidence,
// reading feeds), how many wait, run and failed, and each failed job's error.
import { api } from '../api.js';
import { t, tf } from '../i18n.js';
import { empty, formatTime, h, pageHeader } from '../dom.js';
import type { JobOverview, JobView } from '../types.js';

function jobTable(caption: string, jobs: readonly JobView[]): HTMLElement {
  return h(
    'table.data',
    null,
    h('caption', null, t(caption)),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t('Job')),
        h('th', { scope: 'col' }, t('What')),
        h('th', { scope: 'col' }, t('Tries')),
        h('th', { scope: 'col' }, t('Queued')),
        h('th', { scope: 'col' }, t('Error')),
      ),
    ),
    h(
      'tbody',
      null,
      ...jobs.map((job) =>
        h(
          'tr',
          null,
          h('td', null, job.name),
          h(
            'td.small',
            { 'data-content': true },
            Object.values(job.payload ?? {})
              .map(String)
              .join(' '),
          ),
          h('td', null, String(job.attempts)),
          h('td.small', null, formatTime(job.createdAt)),
          h('td.small', { 'data-content': true }, job.error ?? ''),
        ),
      ),
    ),
  );
}

export async function jobsPage(outlet: HTMLElement): Promise<void> {
  const overview: JobOverview | null = await api.jobs();
  const header = pageHeader(
    'Background work',
    'Jobs that `puente worker` runs: ingesting, analysing, proposing evidence, reading feeds. A failed job is tried again after a growing delay, then kept here with its error.',
  );
  if (!overview) {
    outlet.replaceChildren(header, empty('This server has no job queue.'));
    return;
  }
  const { queued, running, completed, failed } = overview.counts;
  outlet.replaceChildren(
    ...[
      header,
      h(
        'p.notice',
        { role: 'status' },
        tf('{queued} queued, {running} running, {completed} completed, {failed} failed ({engine}).', {
          queued: queued,
          running,
          completed,
          failed,
          engine: overview.engine === 'pg-boss' ? 'PostgreSQL, pg-boss' : 'SQLite',
        }),
      ),
      overview.running.length ? jobTable('Running', overview.running) : null,
      overview.failed.length ? jobTable('Failed', overview.failed) : empty('No failed jobs.'),
    ].filter((node): node is HTMLElement => node !== null),
  );
}
