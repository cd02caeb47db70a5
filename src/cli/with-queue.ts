import type { JobQueue } from '../jobs/job-queue.js';
import { openJobQueue, type JobQueueOptions } from '../jobs/open-job-queue.js';
import { openStore, storeConfigFrom, type Store } from '../services/open-store.js';
import type { CommandIo } from './commands/command-io.js';
import { ExitCode } from './exit-codes.js';
import { databasePathFrom } from './options.js';

/**
 * Opens the store and its job queue for one command, runs it, and always closes both. Jobs run over
 * the store itself (the handlers build their services on it), so the command gets the store as well.
 */
export async function withQueue(
  dbOption: string | undefined,
  io: CommandIo,
  run: (store: Store, queue: JobQueue) => Promise<number>,
  options: JobQueueOptions = {},
): Promise<number> {
  const location = databasePathFrom(dbOption);
  const store = await openStore(location, io);
  if (!store) return ExitCode.store;
  try {
    const queue = await openJobQueue(storeConfigFrom(location), store, options);
    try {
      return await run(store, queue);
    } finally {
      await queue.close();
    }
  } finally {
    await store.destroy();
  }
}
