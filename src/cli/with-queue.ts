import type { Kysely } from 'kysely';
import type { JobQueue } from '../jobs/job-queue.js';
import { openJobQueue, type JobQueueOptions } from '../jobs/open-job-queue.js';
import { storeConfigFrom } from '../store/database.js';
import type { Database } from '../store/schema.js';
import type { CommandIo } from './commands/command-io.js';
import { databasePathFrom } from './options.js';
import { withStore } from './with-store.js';

/** Opens the store and its job queue for one command, runs it, and always closes both. */
export async function withQueue(dbOption: string | undefined, io: CommandIo, run: (db: Kysely<Database>, queue: JobQueue) => Promise<number>, options: JobQueueOptions = {}): Promise<number> {
  const config = storeConfigFrom(databasePathFrom(dbOption));
  return withStore(dbOption, io, async (db) => {
    const queue = await openJobQueue(config, db, options);
    try {
      return await run(db, queue);
    } finally {
      await queue.close();
    }
  });
}
