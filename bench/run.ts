/**
 * npm run bench: throughput of each stage and of the whole pipeline on a generated corpus, in one
 * JavaScript thread, with peak memory. Figures go in notes, never in test asserts. After 300 untimed
 * articles, three rounds of 1,000 new articles each are timed and the median round is printed, with
 * every round's throughput beside it. V8's collector and compiler run beside that thread and use a
 * second core if there is one: the wall-clock line counts the thread alone, the CPU line counts every
 * thread, which is the cost on one core (run `taskset -c 0 npm run bench` to see it as wall time).
 * BENCH_ARTICLES, BENCH_ROUNDS and BENCH_WARM_UP change the sizes. Last, each hostile input of
 * bench/hostile-inputs.ts is timed at a size N and at 4N, with the ratio (linear ≈ 4);
 * BENCH_HOSTILE_SCALE scales N (`node dist/bench/hostile-speed.js [KIND...]` runs that part alone).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../src/core/index.js';
import { analyzeCollection, analyzeDocument, isFailedAnalysis, type StandardAnalysis } from '../src/pipeline/index.js';
import { documentIdOf } from '../src/text/document-id.js';
import { packageRoot } from '../src/cli/package-root.js';
import { generateCorpus } from './corpus.js';
import { benchHtmlReader, describeHtmlReaderTimes } from './html-reader-speed.js';
import { benchHostile } from './hostile-speed.js';

const root = packageRoot();
const count = Number(process.env.BENCH_ARTICLES ?? 1000);
// Rounds of `count` new articles each; the median round is reported. One round on a shared machine
// can land on a busy spell: single runs here vary by a fifth.
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
// Articles analysed before timing starts, apart from the timed ones (see below).
const warmUp = Number(process.env.BENCH_WARM_UP ?? 300);
const sources = [
  join(root, 'example', 'documents'),
  join(root, 'test', 'fixtures'),
  join(root, '..', 'shared', 'seeds'),
].filter(existsSync);
const generated = generateCorpus(sources, warmUp + rounds * count);
const toDocument = (text: string, i: number): SourceDocument => ({
  id: documentIdOf(text),
  text,
  format: 'text',
  encoding: 'utf-8',
  hints: {},
  source: { name: `bench-${i}.txt` },
});

// Untimed articles first, as a long-running server has seen before: they load the lexicons and let
// V8 finish compiling the pipeline (its optimising compiler runs beside the main thread and, while it
// is still at work, costs a core as much as the pipeline itself), over documents and collections.
const warmed = generated
  .slice(0, warmUp)
  .map((text, i) => analyzeDocument(toDocument(text, -1 - i)))
  .filter((a): a is StandardAnalysis => !isFailedAnalysis(a));
for (let k = 0; k < warmed.length; k += 25) analyzeCollection(warmed.slice(k, k + 25));

interface Round {
  readonly megabytes: number;
  /** Milliseconds per stage, and for the whole pipeline in wall-clock and CPU time. */
  readonly ms: ReadonlyMap<string, number>;
}

let peakRss = process.memoryUsage().rss;

/** Analyses `texts` one by one, then their collections in sets of 25, as one analysis each. */
function runRound(texts: readonly string[], first: number): Round {
  const documents = texts.map((text, i) => toDocument(text, first + i));
  const ms = new Map<string, number>();
  const analyses: StandardAnalysis[] = [];
  const began = performance.now();
  // CPU time of the whole process (every thread, the collector's too): on a shared, busy machine wall
  // time also counts other programs' turns, so both are printed.
  const cpuBegan = process.cpuUsage();
  documents.forEach((document, i) => {
    const result = analyzeDocument(document, {
      trace: ({ stage, ms: took }) => ms.set(stage, (ms.get(stage) ?? 0) + took),
    });
    if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
    analyses.push(result);
    if (i % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  });
  const collectionBegan = performance.now();
  for (let k = 0; k < analyses.length; k += 25) analyzeCollection(analyses.slice(k, k + 25));
  ms.set('collection', performance.now() - collectionBegan);
  ms.set('pipeline (wall)', performance.now() - began);
  const cpu = process.cpuUsage(cpuBegan);
  ms.set('pipeline (cpu)', (cpu.user + cpu.system) / 1000);
  return { megabytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 / 1024, ms };
}

const results: Round[] = [];
// Peak memory after the first round, a 1,000-article analysis, and over all rounds: V8 lets garbage
// pile up in its old generation before it collects it, so a longer run reaches a higher peak.
let firstRoundPeak = 0;
for (let r = 0; r < rounds; r++) {
  results.push(runRound(generated.slice(warmUp + r * count, warmUp + (r + 1) * count), r * count));
  if (r === 0) firstRoundPeak = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
}
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const megabytes = median(results.map((r) => r.megabytes));
const line = (label: string, ms: number) =>
  `${label.padEnd(15)} ${(ms / count).toFixed(3).padStart(8)} ms/article ${((count * 1000) / ms).toFixed(0).padStart(8)} articles/s ${((megabytes * 1000) / ms).toFixed(2).padStart(7)} MB/s`;
console.log(
  `corpus: ${rounds} rounds of ${count} articles, ${megabytes.toFixed(2)} MB (${((megabytes * 1024 * 1024) / count / 1024).toFixed(1)} KB each), node ${process.version}, one JavaScript thread; median round per line`,
);
for (const label of results[0]!.ms.keys()) console.log(line(label, median(results.map((r) => r.ms.get(label)!))));
console.log(
  `rounds (wall):  ${results.map((r) => ((count * 1000) / r.ms.get('pipeline (wall)')!).toFixed(0)).join(', ')} articles/s`,
);
console.log(
  `peak memory (RSS): ${(firstRoundPeak / 1024 / 1024).toFixed(0)} MB in the first round, ${(peakRss / 1024 / 1024).toFixed(0)} MB over all`,
);

// The HTML reader on real pages, beside the library it builds on (skipped without ../shared/html-pages).
const html = benchHtmlReader(join(root, '..', 'shared', 'html-pages', 'pages'));
if (html) console.log(describeHtmlReaderTimes(html));

await benchHostile((line) => console.log(line));
