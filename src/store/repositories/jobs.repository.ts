import type { Kysely, Selectable } from 'kysely';
import type { Database, JobsTable } from '../schema.js';
import { writeTransaction } from '../write-transaction.js';

/** A row of the jobs table. */
export type JobRow = Selectable<JobsTable>;

/** The embedded store's job queue table: add, claim, finish, count. */
export class JobsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds a queued job, unless `singletonKey` is given and a job with it is still queued; true when added. */
  async add(job: {
    id: string;
    name: string;
    payload: string;
    maxAttempts: number;
    singletonKey: string | null;
    at: string;
  }): Promise<boolean> {
    return writeTransaction(this.db, async (trx) => {
      if (job.singletonKey !== null) {
        const waiting = await trx
          .selectFrom('jobs')
          .select('id')
          .where('singleton_key', '=', job.singletonKey)
          .where('state', '=', 'queued')
          .executeTakeFirst();
        if (waiting) return false;
      }
      await trx
        .insertInto('jobs')
        .values({
          id: job.id,
          name: job.name,
          payload: job.payload,
          state: 'queued',
          max_attempts: job.maxAttempts,
          singleton_key: job.singletonKey,
          run_after: job.at,
          created_at: job.at,
        })
        .execute();
      return true;
    });
  }

  /** Marks the oldest due job running and returns it (its attempt counted), or null when none is due. */
  async claim(at: string): Promise<JobRow | null> {
    return writeTransaction(this.db, async (trx) => {
      const due = await trx
        .selectFrom('jobs')
        .selectAll()
        .where('state', '=', 'queued')
        .where('run_after', '<=', at)
        .orderBy('run_after')
        .orderBy('created_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (!due) return null;
      const claimed = await trx
        .updateTable('jobs')
        .set({ state: 'running', attempts: due.attempts + 1, started_at: at })
        .where('id', '=', due.id)
        .where('state', '=', 'queued')
        .executeTakeFirst();
      return claimed.numUpdatedRows === 1n
        ? { ...due, state: 'running', attempts: due.attempts + 1, started_at: at }
        : null;
    });
  }

  async complete(id: string, at: string): Promise<void> {
    await writeTransaction(this.db, (trx) =>
      trx.updateTable('jobs').set({ state: 'completed', finished_at: at, error: null }).where('id', '=', id).execute(),
    );
  }

  /** Records a failure: back to the queue until `runAfter`, or failed for good when `runAfter` is null. */
  async fail(id: string, error: string, at: string, runAfter: string | null): Promise<void> {
    await writeTransaction(this.db, (trx) =>
      trx
        .updateTable('jobs')
        .set(
          runAfter === null
            ? { state: 'failed', error, finished_at: at }
            : { state: 'queued', error, run_after: runAfter },
        )
        .where('id', '=', id)
        .execute(),
    );
  }

  /** Puts back jobs left running since before `startedBefore` (their worker stopped without finishing them). */
  async requeueAbandoned(startedBefore: string): Promise<number> {
    const result = await writeTransaction(this.db, (trx) =>
      trx
        .updateTable('jobs')
        .set({ state: 'queued' })
        .where('state', '=', 'running')
        .where('started_at', '<', startedBefore)
        .executeTakeFirst(),
    );
    return Number(result.numUpdatedRows);
  }

  /** How many jobs are in each state. */
  async counts(): Promise<Record<JobRow['state'], number>> {
    const rows = await this.db
      .selectFrom('jobs')
      .select(['state', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy('state')
      .execute();
    const counts = { queued: 0, running: 0, completed: 0, failed: 0 };
    for (const row of rows) counts[row.state] = Number(row.n);
    return counts;
  }

  /** Jobs in a state, newest first. */
  list(state: JobRow['state'], limit: number): Promise<JobRow[]> {
    return this.db
      .selectFrom('jobs')
      .selectAll()
      .where('state', '=', state)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }
}
