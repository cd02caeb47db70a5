/**
 * npm run bench:collection: how the collection stages (entity resolution, copies, comparison of
 * sources) grow with the number of documents. Generated articles, with many shared actors and
 * events, are analysed one by one; then the collection stages run over the first N of them for each
 * size, and the CPU time and the process's peak memory are printed with the ratio to the size before.
 * Linear growth shows as a ratio near the ratio of sizes. BENCH_COLLECTION_SIZES (default
 * 1000,4000,16000) changes the sizes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../src/core/index.js';
import { analyzeCollection, analyzeDocument, isFailedAnalysis, type StandardAnalysis } from '../src/pipeline/index.js';
import { documentIdOf } from '../src/text/document-id.js';
import { packageRoot } from '../src/cli/package-root.js';
import { generateCorpus } from './corpus.js';

const root = packageRoot();
const sizes = (process.env.BENCH_COLLECTION_SIZES ?? '1000,4000,16000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const sources = [
  join(root, 'example', 'documents'),
  join(root, 'test', 'fixtures'),
  join(root, '..', 'shared', 'seeds'),
].filter(existsSync);
const largest = sizes.at(-1) ?? 0;
const toDocument = (text: string, i: number): SourceDocument => ({
  id: documentIdOf(text),
  text,
  format: 'text',
  encoding: 'utf-8',
  hints: {},
  source: { name: `bench-${i}.txt` },
});

const analyses: StandardAnalysis[] = [];
generateCorpus(sources, largest).forEach((text, i) => {
  const result = analyzeDocument(toDocument(text, i));
  if (!isFailedAnalysis(result)) analyses.push(result);
});
// The first run of the collection stages compiles them; it is not timed.
analyzeCollection(analyses.slice(0, 50));

console.log(`collection stages over generated articles, node ${process.version}, one thread`);
let previous: { size: number; seconds: number } | null = null;
for (const size of sizes) {
  const began = process.cpuUsage();
  const result = analyzeCollection(analyses.slice(0, size));
  const used = process.cpuUsage(began);
  const seconds = (used.user + used.system) / 1e6;
  const peak = process.resourceUsage().maxRSS / 1024;
  const ratio = previous
    ? `  ×${(seconds / previous.seconds).toFixed(1)} the time for ×${(size / previous.size).toFixed(0)} the documents`
    : '';
  console.log(
    `${String(size).padStart(7)} documents  ${seconds.toFixed(2).padStart(7)} s CPU  peak ${peak.toFixed(0)} MB  ${result.stories.length} stories, ${result.findings.length} findings${ratio}`,
  );
  previous = { size, seconds };
}
