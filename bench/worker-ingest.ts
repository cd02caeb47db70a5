/**
 * `npm run bench:workers` (`node dist/bench/worker-ingest.js [N] [WORKERS...]`): ingests N generated
 * documents (default 10,000) into a fresh PostgreSQL database through the job queue, once with each
 * number of `puente worker` processes (default 1 and 2), and prints documents per second for each
 * and their ratio. The clock runs from starting the workers to the last one leaving an empty
 * queue; queueing the jobs is timed apart. No agreement is imported, so proposing evidence costs
 * next to nothing and the figure is that of reading, analysing and storing. PUENTE_BENCH_PG_URL
 * names the server (default postgres://postgres@127.0.0.1:5432/postgres). Figures go in notes,
 * never in test asserts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { packageRoot } from '../src/cli/package-root.js';
import { openJobQueue } from '../src/jobs/open-job-queue.js';
import { openDatabase, type StoreConfig } from '../src/store/database.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import { generateDistinctCorpus } from './corpus.js';

const count = Number(process.argv[2] ?? 10_000);
const workerCounts = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [1, 2];
const adminUrl = process.env.PUENTE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const root = packageRoot();

const dir = mkdtempSync(join(tmpdir(), 'puente-bench-workers-'));
const texts = generateDistinctCorpus([join(root, 'example', 'documents')], count, 3000);
mkdirSync(join(dir, 'corpus'));
texts.forEach((text, i) => writeFileSync(join(dir, 'corpus', `${String(i).padStart(6, '0')}.txt`), text));
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 ** 2;
console.log(
  `${count} documents, ${megabytes.toFixed(1)} MB, on ${cpus().length} cores (${process.env.BENCH_NOTE ?? 'shared with whatever else runs'})`,
);

async function recreate(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function runWorker(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'puente.js'), 'worker', '--until-empty', '--db', url], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`puente worker exited with ${code}`))));
  });
}

const results: Array<{ workers: number; perSecond: number }> = [];
for (const workers of workerCounts) {
  const url = await recreate(`puente_bench_workers_${workers}`);
  const config: StoreConfig = { dialect: 'postgres', connectionString: url };
  const db = await openDatabase(config);
  const queue = await openJobQueue(config, db);
  let began = performance.now();
  for (let i = 0; i < count; i++)
    await queue.send('ingest', { input: join(dir, 'corpus', `${String(i).padStart(6, '0')}.txt`) });
  const queueMs = performance.now() - began;
  await queue.close();
  began = performance.now();
  await Promise.all(Array.from({ length: workers }, () => runWorker(url)));
  const seconds = (performance.now() - began) / 1000;
  const stored = await new DocumentsRepository(db).count();
  await db.destroy();
  const perSecond = stored / seconds;
  results.push({ workers, perSecond });
  console.log(
    `${workers} worker${workers === 1 ? '' : 's'}: ${stored} documents stored in ${seconds.toFixed(1)} s = ${perSecond.toFixed(1)} documents/s (${(megabytes / seconds).toFixed(2)} MB/s); queueing the ${count} jobs took ${(queueMs / 1000).toFixed(1)} s`,
  );
}
if (results.length > 1)
  console.log(
    `ratio ${results.at(-1)!.workers}:${results[0]!.workers} workers = ${(results.at(-1)!.perSecond / results[0]!.perSecond).toFixed(2)}`,
  );
rmSync(dir, { recursive: true, force: true });
