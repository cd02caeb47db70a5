import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** How often and how long a write transaction is retried when another writer holds the store. */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 12. */
  readonly attempts: number;
  /** Wait before the first retry, doubled each time up to 1 s, with jitter. Default 20 ms. */
  readonly firstDelayMs: number;
}

const defaults: RetryOptions = { attempts: 12, firstDelayMs: 20 };

/**
 * Whether an error means another writer got there first, so running the whole transaction again
 * (reading afresh) will succeed: SQLite's busy and snapshot errors (a writer committed after this
 * transaction started reading), PostgreSQL's serialization failures and deadlocks, and a unique
 * key another transaction inserted meanwhile (PostgreSQL's READ COMMITTED lets both read "absent").
 */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    code.startsWith('SQLITE_BUSY') ||
    code.startsWith('SQLITE_LOCKED') ||
    code === '40001' ||
    code === '40P01' ||
    code === '23505'
  );
}

/**
 * Runs `work` in a transaction, and again from the start when it loses a race with another writer
 * (another process ingesting, the server recording an assessment). The work must only write
 * through `trx`, so a retry starts from a clean slate.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
  options: RetryOptions = defaults,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= options.attempts) throw error;
      const delay = Math.min(1000, options.firstDelayMs * 2 ** (attempt - 1));
      await sleep(delay / 2 + Math.random() * delay);
    }
  }
}
