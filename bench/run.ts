/**
 * npm run bench: throughput of each stage and of the whole pipeline on a generated corpus, in one
 * JavaScript thread, with peak memory. Figures go in notes, never in test asserts. V8's collector
 * and compiler run beside that thread and use a second core if there is one: the wall-clock line
 * counts the thread alone, the CPU line counts every thread, which is the cost on one core (run
 * `taskset -c 0 npm run bench` to see it as wall time).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../src/core/index.js';
import { analyzeCollection, analyzeDocument, isFailedAnalysis, type StandardAnalysis } from '../src/pipeline/index.js';
import { documentIdOf } from '../src/text/document-id.js';
import { packageRoot } from '../src/cli/package-root.js';
import { generateCorpus } from './corpus.js';

const root = packageRoot();
const count = Number(process.env.BENCH_ARTICLES ?? 1000);
// Articles analysed before timing starts, apart from the timed ones (see below).
const warmUp = Number(process.env.BENCH_WARM_UP ?? 300);
const sources = [join(root, 'example', 'documents'), join(root, 'test', 'fixtures'), join(root, '..', 'shared', 'seeds')].filter(existsSync);
const generated = generateCorpus(sources, warmUp + count);
const corpus = generated.slice(warmUp);
const toDocument = (text: string, i: number): SourceDocument => ({
  id: documentIdOf(text), text, format: 'text', encoding: 'utf-8', hints: {}, source: { name: `bench-${i}.txt` },
});
const documents = corpus.map(toDocument);
const megabytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 / 1024;

// Untimed articles first, as a long-running server has seen before: they load the lexicons and let
// V8 finish compiling the pipeline (its optimising compiler runs beside the main thread and, while it
// is still at work, costs a core as much as the pipeline itself), over documents and collections.
const warmed = generated.slice(0, warmUp).map((text, i) => analyzeDocument(toDocument(text, -1 - i))).filter((a): a is StandardAnalysis => !isFailedAnalysis(a));
for (let k = 0; k < warmed.length; k += 25) analyzeCollection(warmed.slice(k, k + 25));

const perStage = new Map<string, number>();
let peakRss = process.memoryUsage().rss;
const analyses: StandardAnalysis[] = [];
const began = performance.now();
// CPU time of the whole process (every thread, the collector's too): on a shared, busy machine wall
// time also counts other programs' turns, so both are printed.
const cpuBegan = process.cpuUsage();
documents.forEach((document, i) => {
  const result = analyzeDocument(document, { trace: ({ stage, ms }) => perStage.set(stage, (perStage.get(stage) ?? 0) + ms) });
  if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
  analyses.push(result);
  if (i % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
});
// Collection stages (entity resolution, source comparison) over sets of 25 documents, as one analysis.
const collectionBegan = performance.now();
for (let k = 0; k < analyses.length; k += 25) analyzeCollection(analyses.slice(k, k + 25));
const collectionMs = performance.now() - collectionBegan;
perStage.set('collection', collectionMs);
const seconds = (performance.now() - began) / 1000;
const cpu = process.cpuUsage(cpuBegan);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

const line = (label: string, ms: number) =>
  `${label.padEnd(15)} ${(ms / documents.length).toFixed(3).padStart(8)} ms/article ${((documents.length * 1000) / ms).toFixed(0).padStart(8)} articles/s ${((megabytes * 1000) / ms).toFixed(2).padStart(7)} MB/s`;
console.log(`corpus: ${documents.length} articles, ${megabytes.toFixed(2)} MB (${((megabytes * 1024 * 1024) / documents.length / 1024).toFixed(1)} KB each), node ${process.version}, one JavaScript thread`);
for (const [stage, ms] of perStage) console.log(line(stage, ms));
console.log(line('pipeline (wall)', seconds * 1000));
console.log(line('pipeline (cpu)', cpuSeconds * 1000));
console.log(`peak memory (RSS): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
