import { parseArgs } from 'node:util';
import type { InputProblem } from '../../services/analysis.service.js';
import type { IngestProgress, IngestSummary } from '../../services/ingest.service.js';
import { createServices } from '../../services/create-services.js';
import { openStore } from '../../services/open-store.js';
import { summaryOf } from '../../services/web-intake.service.js';
import { ExitCode } from '../exit-codes.js';
import { databasePathFrom, hostPolicyFrom, jobsFrom, isUrlArgument, readLimitsFrom, timeoutFrom } from '../options.js';
import { printable } from '../printable.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';

const BAR_WIDTH = 28;

/**
 * `puente ingest PATH|URL... [--db FILE] [--jobs N] [--max-size SIZE] [--allow-host HOST]... [--timeout SECONDS]`:
 * read documents into the store; a URL is fetched (a feed has each of its items read once).
 */
export async function ingestCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      jobs: { type: 'string' },
      'max-size': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      timeout: { type: 'string' },
    },
  });
  if (!positionals.length) throw new UsageError('ingest needs at least one file, folder or URL');
  const limits = readLimitsFrom(values['max-size']);
  const jobs = jobsFrom(values.jobs);
  const urls = positionals.filter(isUrlArgument);
  const paths = positionals.filter((input) => !isUrlArgument(input));
  const web = {
    limits,
    timeoutMs: timeoutFrom(values.timeout),
    maxRedirects: 5,
    policy: hostPolicyFrom(values['allow-host']),
  };
  const store = await openStore(databasePathFrom(values.db), io);
  if (!store) return ExitCode.store;
  try {
    const services = createServices(store, { web });
    const service = services.ingest;
    const onProgress = io.progress ? (p: IngestProgress) => io.progress!(progressLine(p)) : undefined;
    const { summary, problems } = paths.length
      ? await service.ingestPaths(paths, limits, onProgress, jobs)
      : { summary: summaryOf([]), problems: [] as InputProblem[] };
    if (urls.length) {
      const fetched = await services.intake.ingestUrls(urls, onProgress);
      for (const key of Object.keys(summary) as Array<keyof IngestSummary>) summary[key] += fetched.summary[key];
      problems.push(...fetched.problems);
      for (const feed of fetched.feeds)
        io.out(
          `${printable(feed.url)}: feed${feed.title ? ` "${printable(feed.title)}"` : ''} with ${feed.items} item${feed.items === 1 ? '' : 's'}`,
        );
    }
    if (io.progress) io.progress('');
    for (const problem of problems) io.error(printable(problem.message));
    io.out(summaryLine(summary));
    // Not only this run's new documents: an earlier run killed before its proposals left work too.
    for (const { agreementId, proposed, pending } of await services.proposals.proposePending()) {
      io.out(`${agreementId}: ${proposed} new evidence proposals; ${pending} await review (puente review)`);
    }
    return summary.failed > 0 ? ExitCode.someInputsFailed : ExitCode.ok;
  } finally {
    await store.destroy();
  }
}

function progressLine({ done, total, path }: IngestProgress): string {
  const filled = total ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
  const shown = printable(path);
  const name = shown.length > 40 ? `…${shown.slice(-39)}` : shown;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}`;
}

/** The end-of-run summary, e.g. "read 12: 9 new, 2 unchanged, 1 new version, 0 failed; 3 skipped". */
export function summaryLine(summary: IngestSummary): string {
  const versions = `${summary.versions} new version${summary.versions === 1 ? '' : 's'}`;
  const skipped = summary.skipped ? `; ${summary.skipped} skipped (a file type Puente does not read)` : '';
  const copies = summary.copies
    ? `${summary.copies} ${summary.copies === 1 ? 'copy' : 'copies'} of a stored story, `
    : '';
  return `read ${summary.read}: ${summary.new} new, ${summary.unchanged} unchanged, ${versions}, ${copies}${summary.failed} failed${skipped}`;
}
