/**
 * An analysis thread reads thousands of documents (a pool's worker in a 10,000-file ingest, a
 * `puente worker` for days) within a memory cap: nothing of a document may stay behind once it is
 * analysed. Two ways it did: the mentions lookups were rebuilt and kept for every document (its
 * settings arrive as a copy), which took a thread to its 1 GB cap after some 1,700 documents and
 * refused the document it was on; and the furniture checks' cache of lines kept, through each
 * line, the whole text it was cut from. Memory is measured after a full collection, never time.
 * Needs `npm run build` (the analysis thread runs the compiled pipeline).
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { shortDistinctArticles } from '../bench/corpus.js';
import { defaultSettings } from '../src/core/index.js';
import { isFailedAnalysis } from '../src/pipeline/index.js';
import { isListHeading, isPrompt, isWidgetName } from '../src/pipeline/stages/clean/line-shape.js';
import { BudgetedAnalyzer, workerFile } from '../src/services/analysis-budget.js';
import { pastedDocument } from '../src/services/pasted-document.js';
import { repoRoot } from './helpers/shared.js';

/** A full garbage collection, from a flag set at run time (the test process is not started with --expose-gc). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const megabytes = (bytes: number) => bytes / (1024 * 1024);

it('the furniture checks keep nothing of a document’s text once it is gone', () => {
  const gc = collector();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 40; i++) {
    // About a megabyte each; the two short lines are the document's own (its headline, and a line
    // that folding leaves as it is, so that the cached value is the line itself).
    const text = `Security Talks Continue in Round ${i}\nround ${i} of the security talks\n${'The convoy reached the border checkpoint at noon. '.repeat(20_000)}`;
    for (const line of text.split('\n').slice(0, 2)) {
      isPrompt(line);
      isListHeading(line);
      isWidgetName(line);
    }
  }
  gc();
  // Forty megabytes of text were read; what is kept is the lines, a few kilobytes.
  expect(megabytes(process.memoryUsage().heapUsed - before)).toBeLessThan(8);
});

it('one analysis thread analyses 400 documents in a row under a 128 MB cap without refusing any', async () => {
  const file = workerFile();
  expect(file, 'the compiled worker (npm run build)').not.toBeNull();
  const analyzer = new BudgetedAnalyzer(file!, { baseMs: 120_000, msPerMegabyte: 30_000, memoryMb: 128 });
  try {
    const texts = shortDistinctArticles([join(repoRoot, 'example', 'documents')], 400);
    const refused: string[] = [];
    for (const [i, text] of texts.entries()) {
      const document = await pastedDocument({ name: `article-${i}.txt`, text, format: 'text' });
      const analysis = await analyzer.analyze(document, defaultSettings);
      if (isFailedAnalysis(analysis)) refused.push(`${document.source.name}: ${analysis.failure.reason}`);
    }
    expect(refused).toEqual([]);
  } finally {
    await analyzer.close();
  }
});
