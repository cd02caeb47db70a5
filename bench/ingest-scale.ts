/**
 * npm run bench:ingest: ingests generated articles into a store that holds an agreement (the
 * bundled example), in 10 batches, as `puente ingest FOLDER` does (files read, analysed in the
 * worker pool, stored, then evidence proposed), and prints each batch's documents per second and the
 * store's bytes per document, and how many cores the ingest kept busy (its CPU time, every thread,
 * over its wall time). The last batch is also ingested with `--jobs 1` (one analysis worker ahead of
 * the storing thread) into a copy of the store as it was before it, to compare --jobs 1 with --jobs N
 * on the same batch, and its first files analysed alone by one thread and by N (`analysisAlone`),
 * the machine's ceiling for that ratio. A document that fails is named under its batch's line with
 * its one-line reason and the load average (the analysis budget is wall-clock time), and the run
 * goes on. Figures go in notes, never in test asserts.
 * Quick by default (10 × 200 articles); the first argument or BENCH_INGEST_DOCS sets the size
 * (`node dist/bench/ingest-scale.js 100000`: 10 × 10,000, hours on a loaded machine),
 * BENCH_INGEST_JOBS the pool size (default one per core).
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sql } from 'kysely';
import { packageRoot } from '../src/cli/package-root.js';
import type { SourceDocument } from '../src/core/index.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { BudgetedAnalyzer, workerFile } from '../src/services/analysis-budget.js';
import { createAnalysisPool, defaultJobs } from '../src/services/analysis-pool.js';
import { loadDocument } from '../src/services/load-document.js';
import { mapInOrder } from '../src/services/worker-pool.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { IngestService } from '../src/services/ingest.service.js';
import { ProposalService } from '../src/services/proposal.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import { openDatabase } from '../src/store/database.js';
import { distinctArticles } from './corpus.js';

const root = packageRoot();
const total = Number(process.argv[2] ?? process.env.BENCH_INGEST_DOCS ?? 2000);
const batches = 10;
const perBatch = Math.ceil(total / batches);
const jobs = Number(process.env.BENCH_INGEST_JOBS ?? defaultJobs());
const sources = [
  join(root, 'example', 'documents'),
  join(root, 'test', 'fixtures'),
  join(root, '..', 'shared', 'seeds'),
].filter(existsSync);
const dir = mkdtempSync(join(tmpdir(), 'puente-bench-ingest-'));
const storePath = join(dir, 'bench.db');
const load = () => `load average ${loadavg()[0]!.toFixed(1)}`;

/**
 * Writes what the bench has just written (a batch's files, a copy of the store) to disk and reads a
 * run's store and files once, before the run is timed, so that each run starts with them in memory.
 * Left dirty, they are written back during the run that follows (measured: a batch run straight
 * after writing its files took 149 s against 122–126 s once they were on disk). And a kernel may page
 * out what no one touched lately, the page cache included: the machine this bench was measured on
 * pages out memory idle for a minute (DAMON's pageout scheme), so after the 3–4 minutes of the last
 * batch's `--jobs 1` run, on a fresh copy of the store, the `--jobs N` run found the store and the
 * batch's files on disk.
 */
function readyForRun(store: string, folder: string): void {
  spawnSync('sync', { stdio: 'ignore' });
  const buffer = Buffer.allocUnsafe(8 << 20);
  const files = [store, `${store}-wal`, ...readdirSync(folder).map((name) => join(folder, name))];
  for (const file of files.filter(existsSync)) {
    const fd = openSync(file, 'r');
    try {
      while (readSync(fd, buffer, 0, buffer.length, null) > 0);
    } finally {
      closeSync(fd);
    }
  }
}

/** Writes one batch of articles as files in a folder of its own. */
function writeBatch(b: number): { folder: string; bytes: number } {
  const folder = join(dir, `batch-${b}`);
  mkdirSync(folder);
  let bytes = 0;
  for (const [k, text] of distinctArticles(sources, b * perBatch, perBatch).entries()) {
    writeFileSync(join(folder, `article-${String(b * perBatch + k).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { folder, bytes };
}

/**
 * Ingests a folder into a store and proposes from it, as `puente ingest` does; seconds taken, the
 * part proposing, and the one-line problem of each document that failed (file name and reason), so
 * that a long run reports a failure and goes on rather than losing hours of batches to it.
 */
async function ingestInto(
  path: string,
  folder: string,
  threads: number,
): Promise<{
  seconds: number;
  proposeSeconds: number;
  coresBusy: number;
  documents: number;
  bytes: number;
  failures: string[];
}> {
  const db = await openDatabase({ dialect: 'sqlite', path });
  try {
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    const { summary, problems } = await new IngestService(db).ingestPaths(
      [folder],
      defaultReadLimits,
      undefined,
      threads,
    );
    const proposing = performance.now();
    // Every thread of the process, workers that have ended included.
    const cpu = process.cpuUsage(cpuBefore);
    await new ProposalService(db).proposePending();
    const ended = performance.now();
    const failures = problems
      .filter((problem) => problem.fatal)
      .map((problem) => `${basename(problem.input)}: ${problem.message.replace(`${problem.input}: `, '')}`);
    // Every generated article is distinct and readable: anything but new is a finding to report.
    if (summary.new + summary.failed !== perBatch)
      failures.push(`${basename(folder)}: not all new: ${JSON.stringify(summary)}`);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    const { n } = await db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      seconds: (ended - began) / 1000,
      proposeSeconds: (ended - proposing) / 1000,
      coresBusy: (cpu.user + cpu.system) / 1000 / (proposing - began),
      documents: Number(n),
      bytes: statSync(path).size,
      failures,
    };
  } finally {
    await db.destroy();
  }
}

/** Files of the last batch analysed alone, to measure what more threads gain on this machine. */
const CEILING_FILES = 2000;

/**
 * Seconds to analyse and prepare for storing (serialised, deflated, shingled: what an ingest's
 * workers do) the first files of a folder, with nothing stored: by one worker thread, then by a
 * pool of `threads`. Their ratio is what parallel analysis gains on this machine: the ceiling of the
 * ingest's `--jobs` ratio, where the storing thread wants a core of its own beside the workers.
 */
async function analysisAlone(folder: string, threads: number): Promise<{ one: number; many: number }> {
  // One file at a time: 2,000 opened at once would pass the usual limit of 1,024 open files.
  const documents: SourceDocument[] = [];
  for (const name of readdirSync(folder).sort().slice(0, CEILING_FILES))
    documents.push((await loadDocument(join(folder, name), defaultReadLimits)).document);
  const file = workerFile();
  if (!file) throw new Error('the analysis worker is not built (npm run build)');
  const timed = async (prepare: (document: SourceDocument) => Promise<unknown>, window: number) => {
    const began = performance.now();
    for await (const prepared of mapInOrder(documents, prepare, window)) void prepared;
    return (performance.now() - began) / 1000;
  };
  const single = new BudgetedAnalyzer(file, undefined, 2);
  const pool = createAnalysisPool(threads);
  try {
    return {
      one: await timed((document) => single.prepare(document), 2),
      many: await timed((document) => pool.prepare(document), threads * 4),
    };
  } finally {
    await single.close();
    await pool.close();
  }
}

/** Prints each failed document of a batch under its line, with the load average at the time (a budget is wall-clock time). */
function reportFailures(failures: readonly string[]): void {
  for (const failure of failures) console.log(`    failed: ${failure} (${load()})`);
}

{
  const db = await openDatabase({ dialect: 'sqlite', path: storePath });
  const agreement = parseAgreementFile(readFileSync(join(root, 'example', 'agreement.yaml'), 'utf8'), 'agreement.yaml');
  await new TrackingService(db).importAgreement(agreement, { name: 'bench', party: null, role: 'admin' });
  await db.destroy();
}

console.log(
  `ingest of ${batches} batches of ${perBatch} generated articles into a store with an agreement, node ${process.version}, --jobs ${jobs} (${defaultJobs()} cores)`,
);
let singleSeconds = 0;
for (let b = 0; b < batches; b++) {
  const { folder, bytes } = writeBatch(b);
  if (b === batches - 1) {
    // The same batch on one thread, into a copy of the store as it is now.
    const copy = join(dir, 'one-thread.db');
    copyFileSync(storePath, copy);
    readyForRun(copy, folder);
    const single = await ingestInto(copy, folder, 1);
    console.log(
      `  batch ${b + 1} with --jobs 1: ${(perBatch / single.seconds).toFixed(1)} documents/s (${single.seconds.toFixed(1)} s, proposing ${single.proposeSeconds.toFixed(1)} s; ${single.coresBusy.toFixed(2)} cores busy ingesting; ${load()})`,
    );
    singleSeconds = single.seconds;
    reportFailures(single.failures);
    rmSync(copy, { force: true });
  }
  readyForRun(storePath, folder);
  const run = await ingestInto(storePath, folder, jobs);
  const line = `batch ${String(b + 1).padStart(2)}${b === batches - 1 ? ` with --jobs ${jobs}` : ''}: ${(perBatch / run.seconds).toFixed(1).padStart(6)} documents/s (${run.seconds.toFixed(1)} s, proposing ${run.proposeSeconds.toFixed(1)} s; ${run.coresBusy.toFixed(2)} cores busy ingesting)`;
  console.log(
    `${line}  store ${run.documents} documents, ${(run.bytes / run.documents / 1024).toFixed(1)} KiB a document (input ${(bytes / perBatch / 1024).toFixed(1)} KiB); ${load()}`,
  );
  if (b === batches - 1) {
    console.log(`  --jobs ${jobs} against --jobs 1 on batch ${b + 1}: ${(singleSeconds / run.seconds).toFixed(2)}×`);
    if (jobs > 1) {
      const alone = await analysisAlone(folder, jobs);
      console.log(
        `  analysis alone (nothing stored), the batch's first ${Math.min(perBatch, CEILING_FILES)} files: 1 thread ${alone.one.toFixed(1)} s, ${jobs} threads ${alone.many.toFixed(1)} s: ${(alone.one / alone.many).toFixed(2)}× (what ${jobs} analysis threads gain on this machine)`,
      );
    }
  }
  reportFailures(run.failures);
  rmSync(folder, { recursive: true, force: true });
}
rmSync(dir, { recursive: true, force: true });
