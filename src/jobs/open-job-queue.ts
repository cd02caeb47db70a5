import type { Kysely } from 'kysely';
import type { StoreConfig } from '../store/database.js';
import type { Database } from '../store/schema.js';
import type { JobQueue, RetryPolicy } from './job-queue.js';
import { PgBossQueue } from './pg-boss-queue.js';
import { TableQueue } from './table-queue.js';

/** How a queue is opened; each default is the queue's own. */
export interface JobQueueOptions {
  readonly retry?: RetryPolicy;
  readonly pollMs?: number;
  /** For pg-boss: whether this process runs its maintenance. A server that only shows the queue need not. */
  readonly supervise?: boolean;
}

/** The store's job queue: pg-boss on a PostgreSQL store, the `jobs` table on an embedded one. */
export async function openJobQueue(
  config: StoreConfig,
  db: Kysely<Database>,
  options: JobQueueOptions = {},
): Promise<JobQueue> {
  if (config.dialect === 'postgres') return PgBossQueue.open(config.connectionString, options);
  return new TableQueue(db, options);
}
