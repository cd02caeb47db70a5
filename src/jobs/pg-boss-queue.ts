import PgBoss from 'pg-boss';
import { jobNames, type JobName, type JobPayload } from './job-map.js';
import { defaultRetryPolicy, inLanes, waitForWork } from './job-queue.js';
import type { JobHandler, JobOverview, JobQueue, JobView, PollingOptions, WorkOptions } from './job-queue.js';

/** Kinds of job of which one waiting is enough: a second request while one waits adds nothing. */
const oneAtATime: ReadonlySet<JobName> = new Set(['propose', 'poll-feeds']);

/** How a pg-boss queue retries and polls. */
export interface PgBossQueueOptions extends PollingOptions {
  /** Whether this process runs pg-boss's maintenance (expiring stuck jobs, dropping old ones). Default true. */
  readonly supervise?: boolean;
}

/**
 * The job queue of a PostgreSQL store, kept by pg-boss in its own schema (`pgboss`) of the same
 * database: workers in any number of processes and machines take jobs with `FOR UPDATE SKIP
 * LOCKED`, and pg-boss retries failed ones with backoff and keeps them with their error.
 */
export class PgBossQueue implements JobQueue {
  readonly engine = 'pg-boss' as const;

  private constructor(
    private readonly boss: PgBoss,
    private readonly options: PgBossQueueOptions,
  ) {}

  /** Connects, creates pg-boss's schema and one queue per kind of job when missing. */
  static async open(connectionString: string, options: PgBossQueueOptions = {}): Promise<PgBossQueue> {
    const boss = new PgBoss({
      connectionString,
      max: 4,
      schedule: false,
      supervise: options.supervise ?? true,
      application_name: 'puente-jobs',
    });
    // pg-boss reports trouble in its background loops as events; without a listener Node would throw.
    boss.on('error', (error: Error) => process.stderr.write(`puente jobs: ${error.message}\n`));
    await boss.start();
    const retry = options.retry ?? defaultRetryPolicy;
    for (const name of jobNames) {
      await boss.createQueue(name, {
        name,
        policy: oneAtATime.has(name) ? 'stately' : 'standard',
        retryLimit: Math.max(0, retry.attempts - 1),
        retryDelay: retry.delaySeconds,
        retryBackoff: true,
      });
    }
    return new PgBossQueue(boss, options);
  }

  async send<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options: { singletonKey?: string } = {},
  ): Promise<string | null> {
    return this.boss.send(name, payload as object, options.singletonKey ? { singletonKey: options.singletonKey } : {});
  }

  async work(handler: JobHandler, options: WorkOptions = {}): Promise<void> {
    await inLanes(options, (i) => this.lane(handler, options, i));
  }

  /** One lane: look through the kinds of job (from a different one in each lane), run one, repeat. */
  private async lane(handler: JobHandler, options: WorkOptions, offset: number): Promise<void> {
    while (!options.signal?.aborted) {
      let ran = false;
      for (let i = 0; i < jobNames.length && !options.signal?.aborted; i++) {
        const name = jobNames[(i + offset) % jobNames.length]!;
        const [job] = await this.boss.fetch<object>(name, { batchSize: 1, includeMetadata: true });
        if (!job) continue;
        ran = true;
        try {
          await handler({ id: job.id, name, payload: job.data, attempt: job.retryCount + 1 });
          await this.boss.complete(name, job.id);
        } catch (error) {
          await this.boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
        break;
      }
      if (ran) continue;
      if (!(await waitForWork(options, this.options.pollMs, async () => (await this.overview(0)).counts))) return;
    }
  }

  async overview(limit = 50): Promise<JobOverview> {
    const db = this.boss.getDb();
    const { rows } = await db.executeSql(`SELECT state, count(*)::int AS n FROM pgboss.job GROUP BY state`, []);
    const counts = { queued: 0, running: 0, completed: 0, failed: 0 };
    for (const row of rows as Array<{ state: string; n: number }>) {
      // A job waiting out its retry delay is queued; a cancelled one counts with the failed.
      if (row.state === 'created' || row.state === 'retry') counts.queued += row.n;
      else if (row.state === 'active') counts.running += row.n;
      else if (row.state === 'completed') counts.completed += row.n;
      else counts.failed += row.n;
    }
    const list = async (states: string[]): Promise<JobView[]> => {
      if (limit <= 0) return [];
      const { rows: jobs } = await db.executeSql(
        `SELECT id, name, state, data, retry_count, output, created_on, completed_on FROM pgboss.job WHERE state = ANY($1::pgboss.job_state[]) ORDER BY created_on DESC, id DESC LIMIT $2`,
        [states, limit],
      );
      return (jobs as PgBossRow[]).map(viewOf);
    };
    return {
      engine: this.engine,
      counts,
      running: await list(['active']),
      failed: await list(['failed', 'cancelled']),
    };
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}

interface PgBossRow {
  id: string;
  name: string;
  state: string;
  data: unknown;
  retry_count: number;
  output: { message?: unknown } | null;
  created_on: Date;
  completed_on: Date | null;
}

function viewOf(row: PgBossRow): JobView {
  const state =
    row.state === 'active'
      ? 'running'
      : row.state === 'completed'
        ? 'completed'
        : row.state === 'created' || row.state === 'retry'
          ? 'queued'
          : 'failed';
  const error = row.output && typeof row.output.message === 'string' ? row.output.message : null;
  return {
    id: row.id,
    name: row.name,
    state,
    payload: row.data,
    attempts: row.retry_count + 1,
    error,
    createdAt: row.created_on.toISOString(),
    finishedAt: row.completed_on?.toISOString() ?? null,
  };
}
