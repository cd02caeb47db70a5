import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { jobHandlers } from '../src/jobs/job-handlers.js';
import type { JobOverview, JobQueue, QueuedJob } from '../src/jobs/job-queue.js';
import { createApp } from '../src/server/app.js';
import { createServices } from '../src/services/create-services.js';
import { openJobQueue } from '../src/jobs/open-job-queue.js';
import { readAgreementFile } from '../src/services/agreement-file.js';
import { TrackingService } from '../src/services/tracking.service.js';
import type { StoreConfig } from '../src/store/database.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import { ProposalsRepository } from '../src/store/repositories/proposals.repository.js';
import type { Database } from '../src/store/schema.js';
import { goodArticle } from './helpers/bad-inputs.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

// Short waits, so retries and empty polls take a test seconds, not minutes.
const quick = { retry: { attempts: 3, delaySeconds: 1 }, pollMs: 200 };

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; config: StoreConfig; close: () => Promise<void> };
  let queues: JobQueue[];
  let dir: string;
  const open = async () => {
    const queue = await openJobQueue(store.config, store.db, quick);
    queues.push(queue);
    return queue;
  };
  beforeEach(async () => {
    store = await newTestStore(dialect);
    queues = [];
    dir = mkdtempSync(join(tmpdir(), 'puente-jobs-'));
  });
  afterEach(async () => {
    for (const queue of queues) await queue.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs each queued job once, and counts it completed', async () => {
    const queue = await open();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await queue.send('analyse', { document: `doc-${i}` }));
    const seen: string[] = [];
    await queue.work(async (job) => void seen.push((job.payload as { document: string }).document), {
      concurrency: 2,
      untilEmpty: true,
    });
    expect(seen.sort()).toEqual(['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4']);
    expect(new Set(ids).size).toBe(5);
    const { counts } = await queue.overview();
    expect(counts).toEqual({ queued: 0, running: 0, completed: 5, failed: 0 });
  });

  it('retries a failing job after a growing delay, then keeps it as failed with its error', async () => {
    const queue = await open();
    await queue.send('ingest', { input: '/nowhere/at/all.txt' });
    const tries: Array<{ attempt: number; at: number }> = [];
    await queue.work(
      async (job: QueuedJob) => {
        tries.push({ attempt: job.attempt, at: Date.now() });
        throw new Error(`attempt ${job.attempt} could not read /nowhere/at/all.txt`);
      },
      { untilEmpty: true },
    );
    expect(tries.map((t) => t.attempt)).toEqual([1, 2, 3]);
    // The first retry waits the delay (1 s) at least; the next waits again.
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(900);
    expect(tries[2]!.at - tries[1]!.at).toBeGreaterThanOrEqual(900);
    const overview = await queue.overview();
    expect(overview.counts).toMatchObject({ queued: 0, running: 0, failed: 1 });
    expect(overview.failed).toHaveLength(1);
    expect(overview.failed[0]).toMatchObject({
      name: 'ingest',
      state: 'failed',
      attempts: 3,
      error: 'attempt 3 could not read /nowhere/at/all.txt',
      payload: { input: '/nowhere/at/all.txt' },
    });
  });

  it('shows queued and failed work at GET /api/jobs, each failed job with its error', async () => {
    const queue = await open();
    await queue.send('ingest', { input: '/nowhere/at/all.txt' });
    await queue.work(jobHandlers(store.db, queue), { untilEmpty: true });
    await queue.send('poll-feeds', {}, { singletonKey: 'poll-feeds' });
    const app = createApp({ ...createServices(store.db, { localMode: true }), jobs: queue });
    const response = await app.request('/api/jobs', { headers: { host: 'localhost' } });
    expect(response.status).toBe(200);
    const { overview } = (await response.json()) as { overview: JobOverview };
    expect(overview.engine).toBe(dialect === 'postgres' ? 'pg-boss' : 'sqlite');
    expect(overview.counts).toMatchObject({ queued: 1, running: 0, failed: 1 });
    expect(overview.failed[0]).toMatchObject({ name: 'ingest', attempts: 3 });
    expect(overview.failed[0]!.error).toContain('/nowhere/at/all.txt');
  });

  it('keeps one proposal job waiting however often it is asked for', async () => {
    const queue = await open();
    expect(await queue.send('propose', {}, { singletonKey: 'propose' })).not.toBeNull();
    expect(await queue.send('propose', {}, { singletonKey: 'propose' })).toBeNull();
    expect((await queue.overview()).counts.queued).toBe(1);
  });

  it('ingests through jobs: the document is stored, a proposal job follows and proposes evidence', async () => {
    const agreement = await readAgreementFile(join(import.meta.dirname, '..', 'example', 'agreement.yaml'));
    await new TrackingService(store.db).importAgreement(agreement, { name: 'test', party: null, role: 'local' });
    const queue = await open();
    const path = join(dir, 'article.txt');
    writeFileSync(path, goodArticle);
    const folder = join(import.meta.dirname, '..', 'example', 'documents');
    await queue.send('ingest', { input: path });
    await queue.send('ingest', { input: folder });
    const lines: string[] = [];
    await queue.work(jobHandlers(store.db, queue, { report: (line) => lines.push(line) }), { untilEmpty: true });
    const documents = await new DocumentsRepository(store.db).count();
    expect(documents).toBeGreaterThanOrEqual(4);
    expect(lines.filter((line) => line.startsWith('propose '))).toHaveLength(1);
    expect((await new ProposalsRepository(store.db).list({ state: 'pending' })).length).toBeGreaterThan(0);
    expect((await queue.overview()).counts).toMatchObject({ queued: 0, running: 0, completed: 3, failed: 0 });
  });
});

forEachDialect(['postgres'], (dialect) => {
  it('shares the work between workers of separate queues, each job run once', async () => {
    const store = await newTestStore(dialect);
    const [a, b] = [
      await openJobQueue(store.config, store.db, quick),
      await openJobQueue(store.config, store.db, quick),
    ];
    try {
      for (let i = 0; i < 30; i++) await a.send('analyse', { document: `doc-${i}` });
      const ran: Record<string, string[]> = { a: [], b: [] };
      const slow = (who: 'a' | 'b') => async (job: QueuedJob) => {
        ran[who]!.push((job.payload as { document: string }).document);
        await new Promise((resolve) => setTimeout(resolve, 20));
      };
      await Promise.all([a.work(slow('a'), { untilEmpty: true }), b.work(slow('b'), { untilEmpty: true })]);
      const all = [...ran.a!, ...ran.b!];
      expect(all).toHaveLength(30);
      expect(new Set(all).size).toBe(30);
      expect(ran.a!.length).toBeGreaterThan(0);
      expect(ran.b!.length).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
      await store.close();
    }
  });
});
