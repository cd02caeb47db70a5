/**
 * Times each hostile kind (bench/hostile-inputs.ts) at a size N and at 4N, read and analysed in
 * this thread: linear cost means a ratio of about 4. The slowest reader or stage at 4N is named, so
 * a kind that is not linear points at where to look.
 */
import { basename } from 'node:path';
import { InputError, type SourceDocument } from '../src/core/index.js';
import { analyzeDocument, isFailedAnalysis } from '../src/pipeline/index.js';
import { defaultReadLimits, readerFor } from '../src/readers/index.js';
import { documentIdOf } from '../src/text/document-id.js';
import { hostileKinds, type HostileKind } from './hostile-inputs.js';

/** One kind's timing: milliseconds at N and at 4N, and where the time went at 4N. */
export interface HostileTiming {
  readonly kind: string;
  readonly n: number;
  readonly bytes: number;
  readonly ms: number;
  readonly ms4: number;
  readonly slowest: string;
  readonly outcome: string;
}

/** Reads and analyses one input, timing the reader and each stage. */
async function timeOnce(
  name: string,
  bytes: Buffer,
): Promise<{ ms: number; parts: Map<string, number>; outcome: string }> {
  const parts = new Map<string, number>();
  const began = performance.now();
  let outcome = 'analysed';
  try {
    const reader = readerFor(name)!;
    const read = await reader.read(bytes, name, defaultReadLimits);
    parts.set('reader', performance.now() - began);
    const document: SourceDocument = {
      id: documentIdOf(read.text),
      text: read.text,
      format: read.format,
      encoding: read.encoding,
      hints: read.hints,
      source: { name: basename(name) },
    };
    const result = analyzeDocument(document, { trace: ({ stage, ms }) => parts.set(stage, ms) });
    if (isFailedAnalysis(result)) outcome = `refused: ${result.failure.reason}`;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    outcome = `refused: ${error.message}`;
  }
  return { ms: performance.now() - began, parts, outcome };
}

/** Times one kind at `n` and `4n`. */
export async function timeHostileKind(kind: HostileKind, n = kind.benchSize): Promise<HostileTiming> {
  const name = `${kind.kind}${kind.extension}`;
  // One untimed small run, so that the first kind does not pay for compiling the pipeline.
  await timeOnce(name, kind.make(Math.max(1, Math.floor(n / 8))));
  const small = await timeOnce(name, kind.make(n));
  const large4 = kind.make(n * 4);
  const large = await timeOnce(name, large4);
  const [slowest, slowestMs] = [...large.parts].sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
  return {
    kind: kind.kind,
    n,
    bytes: large4.length,
    ms: small.ms,
    ms4: large.ms,
    slowest: `${slowest} ${slowestMs.toFixed(0)} ms`,
    outcome: large.outcome,
  };
}

/** Times every kind that grows with its size (the single-shape kinds have nothing to scale). */
export async function benchHostile(
  print: (line: string) => void,
  only?: ReadonlySet<string>,
  scale = Number(process.env.BENCH_HOSTILE_SCALE ?? 1),
): Promise<HostileTiming[]> {
  const timings: HostileTiming[] = [];
  print(`hostile inputs: read and analysed in one thread at N and 4N (linear ≈ 4)`);
  for (const kind of hostileKinds) {
    if (kind.benchSize === 1 || (only && !only.has(kind.kind))) continue;
    const t = await timeHostileKind(kind, Math.max(2, Math.round(kind.benchSize * scale)));
    timings.push(t);
    const refused = t.outcome.startsWith('refused') ? `  (${t.outcome.slice(0, 70)})` : '';
    print(
      `  ${t.kind.padEnd(20)} N=${String(t.n).padStart(6)}  ${t.ms.toFixed(0).padStart(6)} ms  4N (${(t.bytes / 1024).toFixed(0).padStart(5)} KB) ${t.ms4.toFixed(0).padStart(7)} ms  ratio ${(t.ms4 / Math.max(t.ms, 0.5)).toFixed(1).padStart(5)}  slowest at 4N: ${t.slowest}${refused}`,
    );
  }
  return timings;
}

// `node dist/bench/hostile-speed.js [KIND...]` runs it alone.
if (process.argv[1]?.endsWith('hostile-speed.js')) {
  const only = process.argv.slice(2);
  await benchHostile((line) => console.log(line), only.length ? new Set(only) : undefined);
}
