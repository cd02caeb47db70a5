/**
 * Parallel analysis gives what one thread gives, byte for byte; the streamed JSON is the contract's
 * JSON; the pool keeps order and survives a worker that dies. Needs `npm run build` (the workers run
 * the compiled pipeline).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { toContract, type ContractAnalysis } from '../src/export/contract-json.js';
import { contractJsonLines } from '../src/export/contract-stream.js';
import { createAnalysisPool, POOL_WORKER_NICENESS } from '../src/services/analysis-pool.js';
import { loadDocument } from '../src/services/load-document.js';
import { analyzePaths, analyzePathsAsCollection } from '../src/services/analysis.service.js';
import { mapInOrder, WorkerPool } from '../src/services/worker-pool.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { analyzeCollection } from '../src/pipeline/index.js';
import { defaultSettings, InputError, type SourceDocument } from '../src/core/index.js';
import { documentIdOf } from '../src/text/document-id.js';
import { captureIo } from './helpers/capture-io.js';
import { repoRoot } from './helpers/shared.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'puente-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function sourceOf(name: string, text: string): SourceDocument {
  return { id: documentIdOf(text), text, format: 'text', encoding: 'utf-8', hints: {}, source: { name } };
}

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  const io = captureIo();
  const code = await main(['analyze', fixtures, ...args], io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr };
}

describe('puente analyze --jobs', () => {
  it('prints the same JSON with two worker threads as with one thread', async () => {
    const single = await analyze('--format', 'json', '--jobs', '1');
    const parallel = await analyze('--format', 'json', '--jobs', '2');
    expect(single.code).toBe(0);
    expect(JSON.parse(single.stdout).documents.length).toBeGreaterThan(40);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toEqual(single.stderr);
  }, 300_000);

  it('uses worker threads when asked for more than one job', async () => {
    const pool = createAnalysisPool(2);
    try {
      expect(pool.jobs).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it.skipIf(process.platform !== 'linux')(
    'runs its workers below the storing thread, and leaves that thread as it was (Linux)',
    async () => {
      const niceOfThreads = () =>
        new Map(
          readdirSync('/proc/self/task').map((tid) => [
            Number(tid),
            // Field 19 of a thread's stat line, counted after the name in brackets (which may hold spaces).
            Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]),
          ]),
        );
      const before = niceOfThreads();
      const pool = createAnalysisPool(2);
      try {
        const [first] = await Promise.all([
          pool.analyze(sourceOf('nice-1.txt', 'The ministers met in Washington on Monday.')),
          pool.analyze(sourceOf('nice-2.txt', 'The delegations met again in Mexico City.')),
        ]);
        expect('layers' in first!).toBe(true);
        const after = niceOfThreads();
        const started = [...after].filter(([tid]) => !before.has(tid));
        expect(started.filter(([, nice]) => nice === POOL_WORKER_NICENESS + before.get(process.pid)!)).toHaveLength(2);
        expect(after.get(process.pid)).toBe(before.get(process.pid));
      } finally {
        await pool.close();
      }
    },
  );

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const io = captureIo();
      expect(await main(['analyze', fixtures, '--jobs', jobs], io)).toBe(2);
      expect(io.stderr.join('\n')).toContain(`--jobs "${jobs}"`);
    }
  });
});

describe('reading files in the pool', () => {
  const page = join(fixtures, 'furniture', 'security-group-meeting.html');

  it('reads a file in a worker into the document this thread reads, and refuses what this thread refuses', async () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    const pool = createAnalysisPool(2);
    try {
      expect(await pool.load(page, defaultReadLimits)).toEqual(await loadDocument(page, defaultReadLimits));
      const here = await loadDocument(empty, defaultReadLimits).catch((error: unknown) => error);
      const there = await pool.load(empty, defaultReadLimits).catch((error: unknown) => error);
      expect(here).toBeInstanceOf(InputError);
      expect(there).toBeInstanceOf(InputError);
      expect((there as InputError).message).toBe((here as InputError).message);
    } finally {
      await pool.close();
    }
  });

  it('reads within the budget of the worker, which refuses a file that takes longer', async () => {
    // A budget of one millisecond: no page is read in time, which only a budgeted worker can tell.
    const pool = createAnalysisPool(2, defaultSettings, { baseMs: 1, msPerMegabyte: 0, memoryMb: 512 });
    try {
      const refused = await pool.load(page, defaultReadLimits).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(InputError);
      expect((refused as InputError).message).toMatch(
        /security-group-meeting\.html: took over 0\.0 s to read; refused$/,
      );
    } finally {
      await pool.close();
    }
  });
});

describe('puente ingest --jobs', () => {
  /** What a store holds that analysis made: each document's row fields and stored layers and messages. */
  function contents(file: string): unknown[] {
    const db = new Database(file, { readonly: true });
    try {
      return db
        .prepare(
          `SELECT d.id, d.text, d.body, d.title, d.published, d.language, a.layers, a.messages, a.failure, v.locator, v.version
                  FROM documents d JOIN document_analyses a ON a.document_id = d.id JOIN document_versions v ON v.document_id = d.id ORDER BY v.locator, v.version`,
        )
        .all();
    } finally {
      db.close();
    }
  }

  it('stores the same documents and analyses with two worker threads as with one thread', async () => {
    const stores = ['one', 'two'].map((name) => join(scratch, `${name}.db`));
    const outputs: string[][] = [];
    for (const [i, jobs] of ['1', '2'].entries()) {
      const io = captureIo();
      expect(
        await main(
          ['ingest', join(fixtures, 'compare'), join(fixtures, 'reference'), '--db', stores[i]!, '--jobs', jobs],
          io,
        ),
      ).toBe(0);
      outputs.push(io.stdout);
    }
    expect(outputs[1]).toEqual(outputs[0]);
    const single = contents(stores[0]!);
    expect(single.length).toBeGreaterThan(20);
    expect(contents(stores[1]!)).toEqual(single);
  }, 300_000);
});

describe('streamed contract JSON', () => {
  it('is, line for line, the contract printed whole from analyses held in memory', async () => {
    // The streamed path keeps the analyses on disk and runs the collection stages on the part they
    // read; the plain path holds every whole analysis and runs the stages on them.
    const spilled = await analyzePathsAsCollection([fixtures], defaultReadLimits);
    let streamed: string;
    try {
      streamed = [...contractJsonLines(spilled.analyses, spilled.collection)].join('\n');
    } finally {
      spilled.analyses.close();
    }
    const plain = await analyzePaths([fixtures], defaultReadLimits);
    expect(plain.analyses.length).toBeGreaterThan(40);
    const whole = JSON.stringify(toContract(plain.analyses, analyzeCollection(plain.analyses)), null, 2);
    expect(streamed).toBe(whole);
    expect([...contractJsonLines(plain.analyses, analyzeCollection(plain.analyses))].join('\n')).toBe(whole);
    expect([...contractJsonLines([], analyzeCollection([]))].join('\n')).toBe(
      JSON.stringify(toContract([], analyzeCollection([])), null, 2),
    );
  }, 120_000);

  it('as JSON Lines holds the same entities, documents, findings, stories and copies', async () => {
    const json = JSON.parse((await analyze('--format', 'json', '--jobs', '1')).stdout) as ContractAnalysis;
    const lines = (await analyze('--format', 'jsonl', '--jobs', '2')).stdout
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const of = (key: string) => lines.filter((line) => key in line).map((line) => line[key]);
    expect(lines.every((line) => Object.keys(line).length === 1)).toBe(true);
    expect({
      entities: of('entity'),
      documents: of('document'),
      findings: of('finding'),
      stories: of('story'),
      copies: of('copy'),
    }).toEqual(json);
  }, 300_000);
});

describe('WorkerPool', () => {
  // A worker of our own for the pool alone: it echoes after a delay, and dies when told to.
  const workerPath = join(scratch, 'echo.worker.mjs');
  writeFileSync(
    workerPath,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, input }) => {
  if (input.die) process.exit(7);
  if (input.fail) return parentPort.postMessage({ id, error: 'failed on purpose' });
  setTimeout(() => parentPort.postMessage({ id, output: input.value * 10 }), input.delay);
});`,
  );

  it('gives results in the order of the inputs, however long each takes', async () => {
    const pool = new WorkerPool<{ value: number; delay: number }, number>(pathToFileURL(workerPath), 3);
    try {
      const inputs = [40, 5, 30, 1, 20, 0, 10].map((delay, value) => ({ value, delay }));
      const results: number[] = [];
      for await (const result of mapInOrder(inputs, (input) => pool.run(input), 4)) results.push(result);
      expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
    } finally {
      await pool.close();
    }
  });

  it('rejects the task of a worker that dies or fails, and goes on with a new worker', async () => {
    const pool = new WorkerPool<{ value?: number; delay?: number; die?: boolean; fail?: boolean }, number>(
      pathToFileURL(workerPath),
      1,
    );
    try {
      await expect(pool.run({ die: true })).rejects.toThrow(/exit code 7/);
      await expect(pool.run({ fail: true })).rejects.toThrow('failed on purpose');
      expect(await pool.run({ value: 4, delay: 0 })).toBe(40);
    } finally {
      await pool.close();
    }
  });
});
