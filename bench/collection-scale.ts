/**
 * npm run bench:collection: what `puente analyze FOLDER --format json` costs as collections grow.
 * For each size, generated articles with a cast that grows with the size (bench/cast.ts: thousands
 * of people and organisations at 16,000 articles, shared across articles, and events several
 * articles report) are written to a folder, and the CLI analyses it in a child process, as a user
 * runs it, its JSON going to a file. Printed: wall time, the child's CPU time (every thread), its
 * peak resident memory (every thread: the worker threads' too), the entities it found, and the
 * ratio of time to the size before; linear growth shows as a ratio near the ratio of sizes.
 * BENCH_COLLECTION_SIZES (default 1000,4000,16000) changes the sizes, BENCH_COLLECTION_ARGS adds
 * arguments to `analyze` (e.g. `--jobs 1`).
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { packageRoot } from '../src/cli/package-root.js';
import { castCorpus } from './corpus.js';

const root = packageRoot();
const sizes = (process.env.BENCH_COLLECTION_SIZES ?? '1000,4000,16000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const extraArgs = (process.env.BENCH_COLLECTION_ARGS ?? '').split(/\s+/).filter(Boolean);
const sources = [
  join(root, 'example', 'documents'),
  join(root, 'test', 'fixtures'),
  join(root, '..', 'shared', 'seeds'),
].filter(existsSync);

/** The entities of a printed contract by kind, read from its head: the file may be too long for one string. */
async function entityKinds(file: string): Promise<Map<string, number>> {
  const kinds = new Map<string, number>();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.startsWith('  "documents"')) break;
    // An entity's own id, at the depth of the entities' fields.
    const id = /^ {6}"id": "([a-z]+):/.exec(line);
    if (id) kinds.set(id[1]!, (kinds.get(id[1]!) ?? 0) + 1);
  }
  lines.close();
  return kinds;
}

console.log(`puente analyze FOLDER --format json ${extraArgs.join(' ')}, node ${process.version}`);
let previous: { size: number; seconds: number } | null = null;
for (const size of sizes) {
  const folder = mkdtempSync(join(tmpdir(), 'puente-collection-'));
  try {
    const documents = join(folder, 'documents');
    mkdirSync(documents);
    castCorpus(sources, size).forEach((text, i) =>
      writeFileSync(join(documents, `article-${String(i).padStart(6, '0')}.txt`), text),
    );
    const output = join(folder, 'analysis.json');
    const usageFile = join(folder, 'usage.json');
    const out = openSync(output, 'w');
    const began = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        join(root, 'dist', 'bench', 'peak-report.js'),
        join(root, 'bin', 'puente.js'),
        'analyze',
        documents,
        '--format',
        'json',
        ...extraArgs,
      ],
      { stdio: ['ignore', out, 'pipe'], env: { ...process.env, PUENTE_BENCH_USAGE: usageFile }, maxBuffer: 1 << 26 },
    );
    const wall = (performance.now() - began) / 1000;
    closeSync(out);
    if (child.status !== 0)
      throw new Error(
        `analyze of ${size} documents exited with ${child.status}: ${child.stderr.toString().slice(0, 2000)}`,
      );
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuSeconds: number };
    const kinds = await entityKinds(output);
    const ratio = previous
      ? `  ×${(usage.cpuSeconds / previous.seconds).toFixed(1)} the CPU time for ×${(size / previous.size).toFixed(0)} the documents`
      : '';
    const entities = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
    console.log(
      `${String(size).padStart(7)} documents  ${wall.toFixed(1).padStart(6)} s wall  ${usage.cpuSeconds.toFixed(1).padStart(6)} s CPU  peak ${(usage.maxRssKb / 1024).toFixed(0)} MB  entities: ${entities}${ratio}`,
    );
    previous = { size, seconds: usage.cpuSeconds };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
