import type { CollectionAnalysis, StandardAnalysis } from '../pipeline/index.js';
import { toContractDocument, toContractFindings, type ContractAnalysis } from './contract-json.js';

/**
 * The contract's JSON, exactly as `JSON.stringify(toContract(...), null, 2)` prints it, in pieces
 * that each hold whole lines: joined by newlines they are that text. Each document is built and
 * printed in turn, so neither the whole contract nor its text is ever held at once (a collection of
 * thousands of documents would pass V8's longest string).
 */
export function* contractJsonLines(
  analyses: readonly StandardAnalysis[],
  collection: CollectionAnalysis,
): Generator<string> {
  // A value at depth d of the whole object is indented by 2·d more spaces than printed alone; a
  // printed string never holds a raw newline, so every newline begins an indented line.
  const nested = (value: unknown, depth: number) =>
    JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
  const field = (key: keyof ContractAnalysis, value: unknown, last = false) =>
    `  ${JSON.stringify(key)}: ${nested(value, 1)}${last ? '' : ','}`;
  yield '{';
  yield field('entities', collection.resolution.entities);
  if (!analyses.length) yield field('documents', []);
  else {
    yield '  "documents": [';
    for (let i = 0; i < analyses.length; i++)
      yield `    ${nested(toContractDocument(analyses[i]!, collection), 2)}${i < analyses.length - 1 ? ',' : ''}`;
    yield '  ],';
  }
  yield field('findings', toContractFindings(analyses, collection));
  yield field('stories', collection.stories);
  yield field('copies', collection.copies, true);
  yield '}';
}

/**
 * The contract as JSON Lines: one object a line, each with one key naming what it holds —
 * `entity`, `document`, `finding`, `story` or `copy` — in the contract's order.
 */
export function* contractJsonlLines(
  analyses: readonly StandardAnalysis[],
  collection: CollectionAnalysis,
): Generator<string> {
  for (const entity of collection.resolution.entities) yield JSON.stringify({ entity });
  for (const analysis of analyses) yield JSON.stringify({ document: toContractDocument(analysis, collection) });
  for (const finding of toContractFindings(analyses, collection)) yield JSON.stringify({ finding });
  for (const story of collection.stories) yield JSON.stringify({ story });
  for (const copy of collection.copies) yield JSON.stringify({ copy });
}
