import type { CollectionAnalysis, StandardAnalysis } from '../pipeline/index.js';
import { contractFindingOf, textsOf, toContractDocument, type ContractAnalysis } from './contract-json.js';

/**
 * Document analyses in order, read once each: an array, or analyses kept elsewhere and read back one
 * at a time, with a document's text by id for the findings' evidence.
 */
export type AnalysisSequence =
  | readonly StandardAnalysis[]
  | (Iterable<StandardAnalysis> & {
      readonly length: number;
      readonly textOf: (id: string) => string | undefined;
    });

const textLookup = (analyses: AnalysisSequence) => ('textOf' in analyses ? analyses.textOf : textsOf(analyses));

/** A value printed alone by `JSON.stringify(value, null, 2)`, indented for depth `depth` of a larger value. */
// A printed string never holds a raw newline, so every newline begins an indented line.
const nested = (value: unknown, depth: number) =>
  JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

/** Whether `JSON.stringify` prints an object's property of this value (it leaves out the rest). */
const printed = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/**
 * The lines of an object printed as `JSON.stringify(value, null, 2)` prints it at `depth`, after
 * `lead` (the key, or nothing) and before `trail` (a comma, or nothing): a property at a time, so
 * that no piece is longer than one of its values printed.
 */
function* objectLines(value: object, depth: number, lead: string, trail: string): Generator<string> {
  const pad = '  '.repeat(depth);
  const entries = Object.entries(value).filter(([, v]) => printed(v));
  if (!entries.length) {
    yield `${pad}${lead}{}${trail}`;
    return;
  }
  yield `${pad}${lead}{`;
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `${pad}  ${JSON.stringify(key)}: ${nested(v, depth + 1)}${i < entries.length - 1 ? ',' : ''}`;
  }
  yield `${pad}}${trail}`;
}

/** The lines of an array printed at depth 1 under `key`, an element at a time (`JSON.stringify` prints `null` for what it cannot). */
function* arrayLines(key: string, items: Iterable<unknown>, count: number, last = false): Generator<string> {
  const trail = last ? '' : ',';
  if (!count) {
    yield `  ${JSON.stringify(key)}: []${trail}`;
    return;
  }
  yield `  ${JSON.stringify(key)}: [`;
  let i = 0;
  for (const item of items) yield `    ${printed(item) ? nested(item, 2) : 'null'}${++i < count ? ',' : ''}`;
  yield `  ]${trail}`;
}

function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/**
 * The contract's JSON, exactly as `JSON.stringify(toContract(...), null, 2)` prints it, in pieces
 * that each hold whole lines: joined by newlines they are that text. Each document is built in turn
 * and printed a property at a time, and every list an element at a time, so neither the whole
 * contract nor its text is ever held at once (a collection of thousands of documents would pass
 * V8's longest string), and no piece is so long that only a full collection of the heap frees it.
 */
export function* contractJsonLines(analyses: AnalysisSequence, collection: CollectionAnalysis): Generator<string> {
  const { entities } = collection.resolution;
  const keys: Record<keyof ContractAnalysis, string> = {
    entities: 'entities',
    documents: 'documents',
    findings: 'findings',
    stories: 'stories',
    copies: 'copies',
  };
  yield '{';
  yield* arrayLines(keys.entities, entities, entities.length);
  if (!analyses.length) yield `  ${JSON.stringify(keys.documents)}: [],`;
  else {
    yield `  ${JSON.stringify(keys.documents)}: [`;
    let i = 0;
    for (const analysis of analyses)
      yield* objectLines(toContractDocument(analysis, collection), 2, '', ++i < analyses.length ? ',' : '');
    yield '  ],';
  }
  const { findings, stories, copies } = collection;
  yield* arrayLines(keys.findings, mapped(findings, contractFindingOf(textLookup(analyses))), findings.length);
  yield* arrayLines(keys.stories, stories, stories.length);
  yield* arrayLines(keys.copies, copies, copies.length, true);
  yield '}';
}

/**
 * The contract as JSON Lines: one object a line, each with one key naming what it holds —
 * `entity`, `document`, `finding`, `story` or `copy` — in the contract's order.
 */
export function* contractJsonlLines(analyses: AnalysisSequence, collection: CollectionAnalysis): Generator<string> {
  for (const entity of collection.resolution.entities) yield JSON.stringify({ entity });
  for (const analysis of analyses) yield JSON.stringify({ document: toContractDocument(analysis, collection) });
  const findingOf = contractFindingOf(textLookup(analyses));
  for (const finding of collection.findings) yield JSON.stringify({ finding: findingOf(finding) });
  for (const story of collection.stories) yield JSON.stringify({ story });
  for (const copy of collection.copies) yield JSON.stringify({ copy });
}
