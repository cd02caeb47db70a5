import { parseArgs } from 'node:util';
import type { Watch } from '../../core/index.js';
import { DEFAULT_EVERY_SECONDS, formatInterval, parseInterval, type PollResult } from '../../services/watch.service.js';
import { ExitCode } from '../exit-codes.js';
import { hostPolicyFrom, readLimitsFrom, timeoutFrom } from '../options.js';
import { printable } from '../printable.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';
import { summaryLine } from './ingest.command.js';

/**
 * `puente watch add URL [--every 30m] | list | remove URL | run`: feeds read on a schedule. `run`
 * reads the feeds that are due once (for cron); `puente serve` reads them as they fall due.
 */
export async function watchCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      every: { type: 'string' },
      'max-size': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      timeout: { type: 'string' },
    },
  });
  const [action, url, ...extra] = positionals;
  if (extra.length) throw new UsageError(`watch ${action} takes one URL`);
  const needsUrl = action === 'add' || action === 'remove';
  if (!action || !['add', 'list', 'remove', 'run'].includes(action) || needsUrl !== (url !== undefined)) {
    throw new UsageError('use: watch add URL [--every 30m] | watch list | watch remove URL | watch run');
  }
  if (values.every !== undefined && action !== 'add') throw new UsageError('--every goes with watch add');
  const every = values.every === undefined ? DEFAULT_EVERY_SECONDS : parseInterval(values.every, '--every');
  const settings = {
    limits: readLimitsFrom(values['max-size']),
    timeoutMs: timeoutFrom(values.timeout),
    maxRedirects: 5,
    policy: hostPolicyFrom(values['allow-host']),
  };
  return withStore(
    values.db,
    io,
    async ({ watches, proposals }) => {
      if (action === 'list') {
        const list = await watches.list();
        if (!list.length) io.out('No feeds are watched; add one with puente watch add URL [--every 30m]');
        for (const watch of list) io.out(watchLine(watch));
        return ExitCode.ok;
      }
      if (action === 'remove') {
        await watches.remove(url!);
        io.out(`Stopped watching ${printable(url!)}; its documents stay in the store`);
        return ExitCode.ok;
      }
      let results: PollResult[];
      if (action === 'add') {
        const { watch, poll, added } = await watches.add(url!, every);
        if (!added) {
          io.out(`Already watched: ${printable(watch.url)}; now read every ${formatInterval(watch.everySeconds)}`);
          return ExitCode.ok;
        }
        io.out(
          `Watching ${printable(watch.url)}${watch.title ? ` ("${printable(watch.title)}")` : ''} every ${formatInterval(watch.everySeconds)}`,
        );
        results = poll ? [poll] : [];
      } else {
        results = await watches.pollDue();
        if (!results.length) io.out('No watched feed is due');
      }
      for (const result of results) {
        for (const problem of result.problems) io.error(printable(problem.message));
        io.out(pollLine(result));
      }
      for (const { agreementId, proposed, pending } of await proposals.proposePending()) {
        io.out(`${agreementId}: ${proposed} new evidence proposals; ${pending} await review (puente review)`);
      }
      return results.some((r) => r.status === 'failed' || r.summary.failed > 0)
        ? ExitCode.someInputsFailed
        : ExitCode.ok;
    },
    { web: settings },
  );
}

/** One poll, e.g. "https://…/feed.xml: read 4: 3 new, 1 unchanged, 0 new versions, 0 failed; next 14:30Z". */
export function pollLine(result: PollResult): string {
  const next = `next try ${result.nextTryAt.slice(0, 16).replace('T', ' ')} UTC`;
  if (result.status === 'not-modified') return `${printable(result.url)}: not modified since the last read; ${next}`;
  if (result.status === 'failed') return `${printable(result.url)}: failed; ${next}`;
  return `${printable(result.url)}: ${result.items} item${result.items === 1 ? '' : 's'} in the feed, ${summaryLine(result.summary)}; ${next}`;
}

function watchLine(watch: Watch): string {
  const when = (at: string | null) => (at ? at.slice(0, 16).replace('T', ' ') : 'never');
  const parts = [
    printable(watch.url),
    watch.title ? `"${printable(watch.title)}"` : null,
    `every ${formatInterval(watch.everySeconds)}`,
    `last read ${when(watch.lastCheckedAt)}`,
    `next try ${when(watch.nextTryAt)} UTC`,
    watch.lastError ? `last error: ${printable(watch.lastError)}` : null,
  ];
  return parts.filter(Boolean).join('  ');
}
