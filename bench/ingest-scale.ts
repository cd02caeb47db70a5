/**
 * npm run bench:ingest: ingests generated articles into a store that holds an agreement (the
 * bundled example), in 10 batches, as `puente ingest FOLDER` does (files read, analysed in the
 * worker pool, stored, then evidence proposed), and prints each batch's documents per second and the
 * store's bytes per document. The last batch is also ingested with one thread into a copy of the
 * store as it was before it, to compare --jobs 1 with --jobs N on the same batch. A document that
 * fails is named under its batch's line with its one-line reason and the load average (the analysis
 * budget is wall-clock time), and the run goes on. Figures go in notes, never in test asserts.
 * Quick by default (10 × 200 articles); the first argument or BENCH_INGEST_DOCS sets the size
 * (`node dist/bench/ingest-scale.js 100000`: 10 × 10,000, hours on a loaded machine),
 * BENCH_INGEST_JOBS the pool size (default one per core).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sql } from 'kysely';
import { packageRoot } from '../src/cli/package-root.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { defaultJobs } from '../src/services/analysis-pool.js';
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
 * Writes what the bench has just written (a batch's files, a copy of the store) to disk before a
 * run is timed: left dirty, the kernel writes it back during the run, and the run that follows a
 * 3 GB copy pays for it (measured: a batch run straight after writing its files took 149 s against
 * 122–126 s once they were on disk).
 */
function flushToDisk(): void {
  spawnSync('sync', { stdio: 'ignore' });
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
): Promise<{ seconds: number; proposeSeconds: number; documents: number; bytes: number; failures: string[] }> {
  const db = await openDatabase({ dialect: 'sqlite', path });
  try {
    const began = performance.now();
    const { summary, problems } = await new IngestService(db).ingestPaths(
      [folder],
      defaultReadLimits,
      undefined,
      threads,
    );
    const proposing = performance.now();
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
      documents: Number(n),
      bytes: statSync(path).size,
      failures,
    };
  } finally {
    await db.destroy();
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
    flushToDisk();
    const single = await ingestInto(copy, folder, 1);
    console.log(
      `  batch ${b + 1} with --jobs 1: ${(perBatch / single.seconds).toFixed(1)} documents/s (${single.seconds.toFixed(1)} s, proposing ${single.proposeSeconds.toFixed(1)} s; ${load()})`,
    );
    singleSeconds = single.seconds;
    reportFailures(single.failures);
    rmSync(copy, { force: true });
  }
  flushToDisk();
  const run = await ingestInto(storePath, folder, jobs);
  const line = `batch ${String(b + 1).padStart(2)}${b === batches - 1 ? ` with --jobs ${jobs}` : ''}: ${(perBatch / run.seconds).toFixed(1).padStart(6)} documents/s (${run.seconds.toFixed(1)} s, proposing ${run.proposeSeconds.toFixed(1)} s)`;
  console.log(
    `${line}  store ${run.documents} documents, ${(run.bytes / run.documents / 1024).toFixed(1)} KiB a document (input ${(bytes / perBatch / 1024).toFixed(1)} KiB); ${load()}`,
  );
  if (b === batches - 1)
    console.log(`  --jobs ${jobs} against --jobs 1 on batch ${b + 1}: ${(singleSeconds / run.seconds).toFixed(2)}×`);
  reportFailures(run.failures);
  rmSync(folder, { recursive: true, force: true });
}
rmSync(dir, { recursive: true, force: true });
