/**
 * The per-document budget holds in the worker pool of `--jobs 2` as with one job: a hostile input
 * (bench/hostile-inputs.ts) over its budget is refused alone, with one line naming the file,
 * the pool replaces the worker it stopped, and the other documents go through. Needs `npm run
 * build` (the workers run the compiled pipeline).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileKinds } from '../bench/hostile-inputs.js';
import { main } from '../src/cli/main.js';
import type { ContractAnalysis } from '../src/export/contract-json.js';
import { goodArticle } from './helpers/bad-inputs.js';
import { captureIo } from './helpers/capture-io.js';

const MEMORY_MB = 128;
let dir: string;
let hostile: string;
const good = ['b-good.txt', 'c-good.txt', 'd-good.txt', 'e-good.txt'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-pool-budget-'));
  // Three and a half megabytes of dense sentences (names, titles, dates): the pipeline needs far
  // more than the cap to analyse them, while an ordinary article needs well under it.
  hostile = join(dir, 'a-one-line-sentences.txt');
  writeFileSync(hostile, hostileKinds.find((kind) => kind.kind === 'one-line-sentences')!.make(50_000));
  for (const [i, name] of good.entries()) writeFileSync(join(dir, name), `${goodArticle}\nReport number ${i + 1}.\n`);
});
afterAll(() => {
  for (const path of [dir, `${dir}.db`, `${dir}.db-wal`, `${dir}.db-shm`])
    rmSync(path, { recursive: true, force: true });
});

/** Runs a command with the analysis memory cap lowered for the pool the command starts. */
async function withMemoryCap(args: string[]) {
  const before = process.env.PUENTE_ANALYSIS_MEMORY_MB;
  process.env.PUENTE_ANALYSIS_MEMORY_MB = String(MEMORY_MB);
  try {
    const io = captureIo();
    const code = await main(args, io);
    return { code, io };
  } finally {
    if (before === undefined) delete process.env.PUENTE_ANALYSIS_MEMORY_MB;
    else process.env.PUENTE_ANALYSIS_MEMORY_MB = before;
  }
}

/**
 * The line for the hostile file: over its memory cap, or, on a machine so busy that the time limit
 * for its length (over a minute) comes first, over its time. Either is the budget refusing it alone.
 */
const refusal = () =>
  new RegExp(
    `^${hostile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (needed over ${MEMORY_MB} MB of memory|took over \\d+ s) to analyse.*; refused$`,
  );

describe('the analysis budget in the pool of `--jobs 2`', () => {
  it('ingest refuses the document over its memory cap with one line naming it, and stores the others', async () => {
    const { code, io } = await withMemoryCap(['ingest', dir, '--db', `${dir}.db`, '--jobs', '2']);
    const lines = io.stderr.filter((line) => line.startsWith(dir));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(refusal());
    expect(io.stdout).toContain('read 5: 4 new, 0 unchanged, 0 new versions, 1 failed');
    expect(code).toBe(1);
  }, 600_000);

  it('analyze refuses it alike and prints the others', async () => {
    const { code, io } = await withMemoryCap(['analyze', dir, '--format', 'json', '--jobs', '2']);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(refusal());
    const analysis = JSON.parse(io.stdout.join('\n')) as ContractAnalysis;
    expect(analysis.documents.map((d) => d.source.name)).toEqual(good);
    expect(code).toBe(1);
  }, 600_000);
});
