import { parseArgs } from 'node:util';
import type { JobOverview, JobQueue, JobView } from '../../jobs/job-queue.js';
import { DocumentAnalyses } from '../../services/document-analyses.js';
import { collectInputFiles } from '../../services/input-files.js';
import { ExitCode } from '../exit-codes.js';
import { isUrlArgument } from '../options.js';
import { printable } from '../printable.js';
import { UsageError } from '../usage-error.js';
import { withQueue } from '../with-queue.js';
import type { CommandIo } from './command-io.js';

/**
 * `puente jobs [list]` shows queued, running and failed work; `puente jobs add ingest PATH|URL...`,
 * `add analyse DOC...|--stale`, `add propose [--agreement ID]` and `add poll-feeds` queue jobs
 * for `puente worker`.
 */
export async function jobsCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { db: { type: 'string' }, stale: { type: 'boolean', default: false }, agreement: { type: 'string' } },
  });
  const [verb = 'list', kind, ...inputs] = positionals;
  if (verb === 'list')
    return withQueue(
      values.db,
      io,
      async (_db, queue) => {
        for (const line of overviewLines(await queue.overview(20))) io.out(line);
        return ExitCode.ok;
      },
      { supervise: false },
    );
  if (verb !== 'add') throw new UsageError(`jobs ${verb}: expected list or add`);
  if (kind === 'ingest') {
    if (!inputs.length) throw new UsageError('jobs add ingest needs at least one file, folder or URL');
    return withQueue(values.db, io, (_db, queue) => queueIngests(queue, inputs, io), { supervise: false });
  }
  if (kind === 'analyse') {
    if (!values.stale && !inputs.length) throw new UsageError('jobs add analyse needs document ids, or --stale');
    return withQueue(
      values.db,
      io,
      async (db, queue) => {
        const ids = values.stale ? await new DocumentAnalyses(db).staleIds() : inputs;
        for (const document of ids) await queue.send('analyse', { document });
        io.out(`queued ${ids.length} analyse job${ids.length === 1 ? '' : 's'}`);
        return ExitCode.ok;
      },
      { supervise: false },
    );
  }
  if (kind === 'propose' || kind === 'poll-feeds') {
    return withQueue(
      values.db,
      io,
      async (_db, queue) => {
        const id =
          kind === 'propose'
            ? await queue.send(
                'propose',
                values.agreement ? { agreement: values.agreement } : {},
                values.agreement ? {} : { singletonKey: 'propose' },
              )
            : await queue.send('poll-feeds', {}, { singletonKey: 'poll-feeds' });
        io.out(id ? `queued ${kind} job ${id}` : `a ${kind} job is already waiting`);
        return ExitCode.ok;
      },
      { supervise: false },
    );
  }
  throw new UsageError(
    `jobs add ${kind ?? ''}: expected ingest, analyse, propose or poll-feeds`.replace('add :', 'add:'),
  );
}

/** One ingest job per file (folders are walked here, so workers share them), manifest or URL. */
async function queueIngests(queue: JobQueue, inputs: readonly string[], io: CommandIo): Promise<number> {
  const urls = inputs.filter(isUrlArgument);
  const files = await collectInputFiles(inputs.filter((input) => !isUrlArgument(input)));
  let queued = 0;
  let failed = 0;
  for (const file of files) {
    if (file.error) {
      io.error(printable(`${file.path}: ${file.error}`));
      failed++;
    } else if (!file.skipped) {
      await queue.send('ingest', { input: file.path });
      queued++;
    }
  }
  for (const url of urls) {
    await queue.send('ingest', { input: url });
    queued++;
  }
  io.out(`queued ${queued} ingest job${queued === 1 ? '' : 's'} (puente worker runs them)`);
  return failed ? ExitCode.someInputsFailed : ExitCode.ok;
}

/** The listing: counts, then the running and the failed jobs with their errors. */
export function overviewLines(overview: JobOverview): string[] {
  const { queued, running, completed, failed } = overview.counts;
  const lines = [
    `jobs (${overview.engine}): ${queued} queued, ${running} running, ${completed} completed, ${failed} failed`,
  ];
  const describe = (job: JobView) =>
    `  ${job.name} ${printable(JSON.stringify(job.payload))} — attempt ${job.attempts}, queued ${job.createdAt}${job.error ? `: ${printable(job.error)}` : ''}`;
  if (overview.running.length) lines.push('running:', ...overview.running.map(describe));
  if (overview.failed.length) lines.push('failed:', ...overview.failed.map(describe));
  return lines;
}
