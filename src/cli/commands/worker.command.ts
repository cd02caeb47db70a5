import { parseArgs } from 'node:util';
import { z } from 'zod';
import { jobHandlers } from '../../jobs/job-handlers.js';
import { WorkerTally } from '../../jobs/worker-tally.js';
import { ExitCode } from '../exit-codes.js';
import { hostPolicyFrom, readLimitsFrom, timeoutFrom } from '../options.js';
import { printable } from '../printable.js';
import { UsageError } from '../usage-error.js';
import { withQueue } from '../with-queue.js';
import type { CommandIo } from './command-io.js';

const concurrencySchema = z.coerce.number().int().min(1).max(64);

/**
 * `puente worker [--concurrency N] [--until-empty] [--db FILE|URL]`: takes queued jobs (ingest,
 * analyse, propose, poll-feeds) and runs them until stopped; start as many as the store allows
 * (any number on PostgreSQL, one on SQLite).
 */
export async function workerCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      concurrency: { type: 'string' },
      'until-empty': { type: 'boolean', default: false },
      'allow-host': { type: 'string', multiple: true },
      timeout: { type: 'string' },
      'max-size': { type: 'string' },
    },
  });
  const concurrency = concurrencySchema.safeParse(values.concurrency ?? '1');
  if (!concurrency.success)
    throw new UsageError(`--concurrency ${values.concurrency}: expected a whole number from 1 to 64`);
  const web = {
    limits: readLimitsFrom(values['max-size']),
    timeoutMs: timeoutFrom(values.timeout),
    maxRedirects: 5,
    policy: hostPolicyFrom(values['allow-host']),
  };
  return withQueue(values.db, io, async (db, queue) => {
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    io.out(
      `puente worker: taking jobs from ${queue.engine === 'pg-boss' ? 'PostgreSQL (pg-boss)' : 'the SQLite store'}, ${concurrency.data} at a time${values['until-empty'] ? ', until none is left' : '; Ctrl+C stops it'}`,
    );
    const tally = new WorkerTally();
    try {
      const handler = jobHandlers(db, queue, {
        web,
        report: (line) => io.out(printable(line)),
        onIngestTimings: (timings) => tally.addIngest(timings),
        concurrency: concurrency.data,
      });
      await queue.work(
        async (job) => {
          const began = performance.now();
          try {
            await handler(job);
          } catch (error) {
            io.error(
              printable(
                `${job.name} job ${job.id} (attempt ${job.attempt}) failed: ${error instanceof Error ? error.message : String(error)}`,
              ),
            );
            throw error;
          } finally {
            tally.addJob(job.name, performance.now() - began);
          }
        },
        { concurrency: concurrency.data, signal: stop.signal, untilEmpty: values['until-empty'] },
      );
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // Where this worker's time went, for whoever sizes the deployment (and npm run bench:workers).
      io.out(tally.summary());
    }
    return ExitCode.ok;
  });
}
