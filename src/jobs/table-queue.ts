import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { JobsRepository, type JobRow } from '../store/repositories/jobs.repository.js';
import { isJobName, type JobName, type JobPayload } from './job-map.js';
import { defaultRetryPolicy, inLanes, waitForWork } from './job-queue.js';
import type {
  JobHandler,
  JobOverview,
  JobQueue,
  JobView,
  PollingOptions,
  RetryPolicy,
  WorkOptions,
} from './job-queue.js';

/** How a table queue polls and when it takes a running job back. */
export interface TableQueueOptions extends PollingOptions {
  /** A job running longer than this is taken to be abandoned when a worker starts. Default 1 h. */
  readonly leaseSeconds?: number;
  readonly now?: () => Date;
}

/**
 * The job queue of an embedded SQLite store, on the `jobs` table: the same interface as the pg-boss
 * queue, for one worker process (SQLite has one writer at a time, so more would only wait).
 */
export class TableQueue implements JobQueue {
  readonly engine = 'sqlite' as const;
  private readonly jobs: JobsRepository;
  private readonly retry: RetryPolicy;
  private readonly now: () => Date;

  constructor(
    db: Kysely<Database>,
    private readonly options: TableQueueOptions = {},
  ) {
    this.jobs = new JobsRepository(db);
    this.retry = options.retry ?? defaultRetryPolicy;
    this.now = options.now ?? (() => new Date());
  }

  async send<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options: { singletonKey?: string } = {},
  ): Promise<string | null> {
    const id = randomUUID();
    const added = await this.jobs.add({
      id,
      name,
      payload: JSON.stringify(payload),
      maxAttempts: this.retry.attempts,
      singletonKey: options.singletonKey ?? null,
      at: this.now().toISOString(),
    });
    return added ? id : null;
  }

  async work(handler: JobHandler, options: WorkOptions = {}): Promise<void> {
    const lease = (this.options.leaseSeconds ?? 3600) * 1000;
    await this.jobs.requeueAbandoned(new Date(this.now().getTime() - lease).toISOString());
    await inLanes(options, () => this.lane(handler, options));
  }

  /** One lane of work: take a due job, run it, record how it ended; repeat. */
  private async lane(handler: JobHandler, options: WorkOptions): Promise<void> {
    while (!options.signal?.aborted) {
      const row = await this.jobs.claim(this.now().toISOString());
      if (!row) {
        if (!(await waitForWork(options, this.options.pollMs, () => this.jobs.counts()))) return;
        continue;
      }
      await this.run(row, handler);
    }
  }

  private async run(row: JobRow, handler: JobHandler): Promise<void> {
    try {
      if (!isJobName(row.name)) throw new Error(`job ${row.id}: unknown kind "${row.name}"`);
      await handler({ id: row.id, name: row.name, payload: JSON.parse(row.payload) as unknown, attempt: row.attempts });
      await this.jobs.complete(row.id, this.now().toISOString());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = this.now();
      const retry =
        row.attempts < row.max_attempts
          ? new Date(at.getTime() + this.retry.delaySeconds * 1000 * 2 ** (row.attempts - 1)).toISOString()
          : null;
      await this.jobs.fail(row.id, message, at.toISOString(), retry);
    }
  }

  async overview(limit = 50): Promise<JobOverview> {
    const [counts, running, failed] = await Promise.all([
      this.jobs.counts(),
      this.jobs.list('running', limit),
      this.jobs.list('failed', limit),
    ]);
    return { engine: this.engine, counts, running: running.map(viewOf), failed: failed.map(viewOf) };
  }

  async close(): Promise<void> {}
}

function viewOf(row: JobRow): JobView {
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    payload: JSON.parse(row.payload) as unknown,
    attempts: row.attempts,
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}
