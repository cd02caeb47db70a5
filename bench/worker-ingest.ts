/**
 * `npm run bench:workers` (`node dist/bench/worker-ingest.js [N] [WORKERS...]`, also the last part of
 * `npm run bench`): ingests N generated
 * documents (default 10,000) into a fresh PostgreSQL database through the job queue, once with each
 * number of `puente worker` processes (default 1 and 2), and prints documents per second for each
 * and their ratio. The clock runs from starting the workers to the last one leaving an empty
 * queue; queueing the jobs is timed apart. No agreement is imported, so proposing evidence costs
 * next to nothing and the figure is that of reading, analysing and storing.
 *
 * Where the time goes, per run: the workers' start-up, the time inside ingest jobs (reading,
 * analysis, storing: from each worker's closing summary line), the time between jobs (taking and
 * completing them in pg-boss, and the last worker's wait), the workers' CPU time and that of their
 * PostgreSQL backends (sampled from /proc each second), and the machine's load average before and
 * after. PUENTE_BENCH_PG_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres).
 * Figures go in notes, never in test asserts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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

// `npm run bench` runs this last: on a machine without a PostgreSQL server it says so and stops.
try {
  const probe = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await probe.connect();
  await probe.end();
} catch (error) {
  console.log(`bench:workers skipped: no PostgreSQL server at ${adminUrl} (${(error as Error).message})`);
  process.exit(0);
}

const fileOf = (i: number) => join(dir, 'corpus', `${String(i).padStart(6, '0')}.txt`);

const dir = mkdtempSync(join(tmpdir(), 'puente-bench-workers-'));
const texts = generateDistinctCorpus([join(root, 'example', 'documents')], count, 3000);
mkdirSync(join(dir, 'corpus'));
texts.forEach((text, i) => writeFileSync(fileOf(i), text));
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 ** 2;
console.log(
  `${count} documents, ${megabytes.toFixed(1)} MB, on ${cpus().length} cores (${process.env.BENCH_NOTE ?? 'shared with whatever else runs'})`,
);

const load = () => loadavg()[0]!.toFixed(1);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

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

/** What a worker's closing line says (see WorkerTally): seconds in each phase. */
interface WorkerSummary {
  wallS: number;
  ingest: { count: number; s: number; readS: number; analysisS: number; storeS: number };
  otherJobs: { count: number; s: number };
  startupS: number;
  cpuS: number;
}

function parseSummary(line: string): WorkerSummary {
  const number = (pattern: RegExp) => Number(pattern.exec(line)?.[1] ?? 0);
  const others = [...line.matchAll(/(?:propose|analyse|poll-feeds) (\d+) in ([\d.]+) s/g)];
  return {
    wallS: number(/ran \d+ jobs? in ([\d.]+) s/),
    ingest: {
      count: number(/ingest (\d+) in/),
      s: number(/ingest \d+ in ([\d.]+) s/),
      readS: number(/reading ([\d.]+) s/),
      analysisS: number(/analysis ([\d.]+) s/),
      storeS: number(/storing ([\d.]+) s/),
    },
    otherJobs: {
      count: others.reduce((sum, match) => sum + Number(match[1]), 0),
      s: others.reduce((sum, match) => sum + Number(match[2]), 0),
    },
    startupS: number(/started in ([\d.]+) s/),
    cpuS: number(/CPU ([\d.]+) s/),
  };
}

/** Starts one `puente worker --until-empty`, as a team would (one process each), and returns its closing summary. */
function runWorker(url: string): Promise<WorkerSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'puente.js'), 'worker', '--until-empty', '--db', url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tail = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (tail = (tail + chunk).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = tail.split('\n').findLast((text) => text.startsWith('puente worker: ran'));
      if (code !== 0 || !line)
        reject(new Error(`puente worker exited with ${code}${line ? '' : ', without its summary'}`));
      else resolve(parseSummary(line));
    });
  });
}

/**
 * CPU seconds of the PostgreSQL backends serving one database, sampled from /proc each second (a
 * backend's last second before it closes is lost). Null where /proc is not there to read.
 */
function sampleBackends(database: string): { stop: () => Promise<number | null> } {
  if (!existsSync('/proc/self/stat')) return { stop: async () => null };
  const ticks = new Map<number, number>();
  const client = new pg.Client({ connectionString: adminUrl });
  const connected = client.connect();
  const sample = async () => {
    await connected;
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
      database,
    ]);
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        // utime and stime, the 14th and 15th fields of stat (the 12th and 13th after the name).
        ticks.set(pid, Math.max(ticks.get(pid) ?? 0, Number(fields[11]) + Number(fields[12])));
      } catch {
        // The backend closed between the query and the read.
      }
    }
  };
  const timer = setInterval(() => void sample().catch(() => undefined), 1000);
  return {
    stop: async () => {
      clearInterval(timer);
      await sample().catch(() => undefined);
      await client.end();
      // Linux counts in clock ticks of 1/100 s (USER_HZ) on every common platform.
      return [...ticks.values()].reduce((sum, tick) => sum + tick, 0) / 100;
    },
  };
}

const results: Array<{ workers: number; perSecond: number }> = [];
for (const workers of workerCounts) {
  const name = `puente_bench_workers_${workers}`;
  const url = await recreate(name);
  const config: StoreConfig = { dialect: 'postgres', connectionString: url };
  const db = await openDatabase(config);
  const queue = await openJobQueue(config, db);
  let began = performance.now();
  for (let i = 0; i < count; i++) await queue.send('ingest', { input: fileOf(i) });
  const queueMs = performance.now() - began;
  await queue.close();
  const loadBefore = load();
  const backends = sampleBackends(name);
  began = performance.now();
  const summaries = await Promise.all(Array.from({ length: workers }, () => runWorker(url)));
  const wallMs = performance.now() - began;
  const backendCpuS = await backends.stop();
  const stored = await new DocumentsRepository(db).count();
  await db.destroy();
  const perSecond = stored / (wallMs / 1000);
  results.push({ workers, perSecond });
  const sum = (pick: (summary: WorkerSummary) => number) => summaries.reduce((total, one) => total + pick(one), 0);
  const perDocument = (seconds: number) => `${((seconds * 1000) / Math.max(1, stored)).toFixed(0)} ms a document`;
  const ingestS = sum((one) => one.ingest.s);
  const phasesS = sum((one) => one.ingest.readS + one.ingest.analysisS + one.ingest.storeS);
  // Each worker's own clock, from taking jobs to leaving, less the time in jobs: taking and
  // completing jobs in pg-boss, and at the end waiting for the other worker's last job.
  const betweenS = sum((one) => one.wallS - one.ingest.s - one.otherJobs.s);
  console.log(
    `${workers} worker${workers === 1 ? '' : 's'}: ${stored} documents stored in ${s(wallMs)} = ${perSecond.toFixed(1)} documents/s (${(megabytes / (wallMs / 1000)).toFixed(2)} MB/s); load average ${loadBefore} before, ${load()} after`,
  );
  console.log(`  queueing the ${count} jobs (before the clock): ${s(queueMs)}`);
  console.log(
    `  start-up (loading, migrations, pg-boss), each worker: ${summaries.map((one) => `${one.startupS.toFixed(1)} s`).join(', ')}`,
  );
  console.log(
    `  in ${sum((one) => one.ingest.count)} ingest jobs: ${ingestS.toFixed(1)} worker-s = ${perDocument(ingestS)}: reading ${perDocument(sum((one) => one.ingest.readS))}, analysis ${perDocument(sum((one) => one.ingest.analysisS))}, storing ${perDocument(sum((one) => one.ingest.storeS))}, the rest (queueing the proposal job) ${perDocument(ingestS - phasesS)}`,
  );
  console.log(
    `  in ${sum((one) => one.otherJobs.count)} proposal jobs: ${sum((one) => one.otherJobs.s).toFixed(1)} worker-s; between jobs (taking and completing them, waiting for the last): ${betweenS.toFixed(1)} worker-s = ${perDocument(betweenS)}`,
  );
  console.log(
    `  CPU: workers ${sum((one) => one.cpuS).toFixed(1)} s = ${perDocument(sum((one) => one.cpuS))}${backendCpuS === null ? '' : `; their PostgreSQL backends ${backendCpuS.toFixed(1)} s = ${perDocument(backendCpuS)}`}`,
  );
}
if (results.length > 1)
  console.log(
    `ratio ${results.at(-1)!.workers}:${results[0]!.workers} workers = ${(results.at(-1)!.perSecond / results[0]!.perSecond).toFixed(2)}`,
  );
rmSync(dir, { recursive: true, force: true });
