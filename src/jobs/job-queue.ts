import { setTimeout as sleep } from 'node:timers/promises';
import type { JobName, JobPayload } from './job-map.js';

/** A job as a worker receives it. */
export interface QueuedJob {
  readonly id: string;
  readonly name: JobName;
  readonly payload: unknown;
  /** 1 on the first try. */
  readonly attempt: number;
}

/** Where a job stands in its queue. */
export type JobState = 'queued' | 'running' | 'completed' | 'failed';

/** A job as the listings show it. */
export interface JobView {
  readonly id: string;
  readonly name: string;
  readonly state: JobState;
  readonly payload: unknown;
  readonly attempts: number;
  readonly error: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

/** How many jobs are in each state, and the running and failed ones themselves (newest first). */
export interface JobOverview {
  readonly engine: 'pg-boss' | 'sqlite';
  readonly counts: Readonly<Record<JobState, number>>;
  readonly running: readonly JobView[];
  readonly failed: readonly JobView[];
}

/** How workers take jobs. */
export interface WorkOptions {
  /** Jobs this process runs at once. Default 1. */
  readonly concurrency?: number;
  /** Stops taking jobs; the running ones finish. */
  readonly signal?: AbortSignal;
  /** Return once no job is queued or running (for benchmarks and tests), instead of waiting for more. */
  readonly untilEmpty?: boolean;
}

/** Runs one job; throwing fails it (then it is retried with backoff, and kept with its error after the last try). */
export type JobHandler = (job: QueuedJob) => Promise<void>;

/**
 * The queue every shell uses, whichever engine holds it: pg-boss on PostgreSQL, a table on SQLite.
 * Jobs are retried with a doubling delay, then kept as failed with their error.
 */
export interface JobQueue {
  readonly engine: JobOverview['engine'];
  /** Queues a job; with `singletonKey`, not while a job with that key waits (returns null then). */
  send<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options?: { readonly singletonKey?: string },
  ): Promise<string | null>;
  /** Takes and runs jobs until the signal stops it (or, `untilEmpty`, until none is left). */
  work(handler: JobHandler, options?: WorkOptions): Promise<void>;
  overview(limit?: number): Promise<JobOverview>;
  close(): Promise<void>;
}

/** How a queue retries. */
export interface RetryPolicy {
  /** Tries in all, the first included. Default 3. */
  readonly attempts: number;
  /** Wait before the first retry, doubled for each next one. Default 10 s. */
  readonly delaySeconds: number;
}

/** The default retry policy. */
export const defaultRetryPolicy: RetryPolicy = { attempts: 3, delaySeconds: 10 };

/** How a queue retries and polls, whichever engine holds it. */
export interface PollingOptions {
  readonly retry?: RetryPolicy;
  /** Wait between looks at an empty queue. Default 1000 ms. */
  readonly pollMs?: number;
}

/** Runs as many lanes at once as `concurrency` asks (one at least), each told its number, and waits for all. */
export async function inLanes(options: WorkOptions, lane: (index: number) => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, (_, i) => lane(i)));
}

/**
 * What a lane does when it finds no job: false (stop) when working `untilEmpty` and nothing is queued
 * or running; otherwise true, after waiting `pollMs` or until the signal stops the work.
 */
export async function waitForWork(
  options: WorkOptions,
  pollMs: number | undefined,
  counts: () => Promise<{ readonly queued: number; readonly running: number }>,
): Promise<boolean> {
  if (options.untilEmpty) {
    const { queued, running } = await counts();
    if (queued === 0 && running === 0) return false;
  }
  await sleep(pollMs ?? 1000, undefined, { signal: options.signal }).catch(() => undefined);
  return true;
}
