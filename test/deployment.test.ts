/**
 * A team's deployment, as the README describes it, against the machine's PostgreSQL: work queued
 * with `puente jobs add`, run by two `puente worker` processes at once, and `puente serve` on the
 * shared store, which lets nobody in before the first administrator and shows the queue to users.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { JobOverview } from '../src/jobs/job-queue.js';
import type { StoreConfig } from '../src/store/database.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import type { Database } from '../src/store/schema.js';
import { bundleCli } from './helpers/cli-process.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';
import { addUsers, storeHolder, testUsers } from './helpers/users.js';

forEachDialect(['postgres'], (dialect) => {
  let store: { db: Kysely<Database>; config: StoreConfig; close: () => Promise<void> };
  let cli: Awaited<ReturnType<typeof bundleCli>>;
  let url = '';
  beforeAll(async () => {
    store = await newTestStore(dialect);
    url = store.config.dialect === 'postgres' ? store.config.connectionString : '';
    cli = await bundleCli();
  });
  afterAll(async () => {
    cli?.close();
    await store?.close();
  });

  it('queues a folder as one job per file, and two workers store each document once', async () => {
    const folder = join(repoRoot, 'example', 'documents');
    const files = readdirSync(folder).length;
    const queued = await cli.run(['jobs', 'add', 'ingest', folder, '--db', url]);
    expect(queued.stdout).toContain(`queued ${files} ingest jobs`);
    expect(queued.code).toBe(0);
    const workers = await Promise.all([
      cli.run(['worker', '--until-empty', '--db', url]),
      cli.run(['worker', '--until-empty', '--concurrency', '2', '--db', url]),
    ]);
    for (const worker of workers) expect([worker.code, worker.stderr]).toEqual([0, '']);
    const reports = workers.flatMap((worker) => worker.stdout.split('\n').filter((line) => line.startsWith('ingest ')));
    expect(reports).toHaveLength(files);
    // Each worker ends with where its time went; together they account for every ingest job.
    const summaries = workers.map((worker) => /^puente worker: ran \d+ jobs? in .*$/m.exec(worker.stdout)?.[0] ?? '');
    const ingested = summaries.map((line) => Number(/\bingest (\d+) in /.exec(line)?.[1] ?? 0));
    expect(ingested.reduce((sum, n) => sum + n, 0)).toBe(files);
    for (const line of summaries.filter((_, i) => ingested[i]! > 0))
      expect(line).toMatch(/reading [\d.]+ s, analysis [\d.]+ s, storing [\d.]+ s\b.*; CPU [\d.]+ s/);
    expect(await new DocumentsRepository(store.db).count()).toBe(files);
    const listing = await cli.run(['jobs', 'list'], { PUENTE_DB: url });
    expect(listing.stdout).toMatch(/^jobs \(pg-boss\): 0 queued, 0 running, \d+ completed, 0 failed$/m);
    // Three processes start one after another and two of them load the pipeline: on two shared
    // cores under a load of 20 that took 84 s, past the suite's 60 s.
  }, 240_000);

  it('serves the shared store only to users: first the way to make an administrator, then the queue to a token', async () => {
    const server = spawn(process.execPath, [cli.script, 'serve', '--port', '0'], {
      env: { ...process.env, PUENTE_DB: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let printed = '';
      server.stdout.on('data', (chunk: Buffer) => void (printed += chunk.toString()));
      const started = Date.now();
      while (!/create the first administrator/i.test(printed) && Date.now() - started < 60_000)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(printed).toContain('puente user add NAME --role admin');
      // A PostgreSQL store is shared: never the local single-user mode, even on 127.0.0.1.
      expect(printed).not.toMatch(/Local single-user mode/);
      const address = /Puente is serving on (http:\/\/[^/ ]+)\//.exec(printed)?.[1];
      expect(address).toBeDefined();
      expect((await fetch(`${address}/api/jobs`)).status).toBe(401);
      await addUsers(store.db, [{ name: 'Ana Admin', party: null, role: 'admin' }]);
      const { token } = await testUsers(store.db).issueToken(storeHolder, 'Ana Admin', 'test');
      const response = await fetch(`${address}/api/jobs`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      const { overview } = (await response.json()) as { overview: JobOverview };
      expect(overview.engine).toBe('pg-boss');
      expect(overview.counts).toMatchObject({ queued: 0, running: 0, failed: 0 });
      expect(overview.counts.completed).toBeGreaterThan(0);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('close', resolve));
    }
  });
});
