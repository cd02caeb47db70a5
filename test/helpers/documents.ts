import { isFailedAnalysis, analyzeDocument, type StandardAnalysis, type Trace } from '../../src/pipeline/index.js';
import type { Pipeline } from '../../src/pipeline/create-pipeline.js';
import { runDocument, type DocumentAnalysis } from '../../src/pipeline/run.js';
import {
  defaultSettings,
  type AnyStage,
  type Settings,
  type SourceDocument,
  type SourceFormat,
} from '../../src/core/index.js';
import { documentIdOf } from '../../src/text/document-id.js';
import { documentOf, type ReadResult } from '../../src/readers/reader.js';

/** A SourceDocument made from an inline string, as stage tests need. */
export function documentFromText(
  text: string,
  options: { format?: SourceFormat; published?: string | null; name?: string } = {},
): SourceDocument {
  return {
    id: documentIdOf(text),
    text,
    format: options.format ?? 'text',
    encoding: 'utf-8',
    source: { name: options.name ?? 'inline.txt' },
    hints: options.published === undefined ? {} : { published: options.published },
  };
}

/** Runs the whole document pipeline on a string; prints the stage trace only if it fails. */
export function analyzeText(text: string, options: { published?: string | null } = {}): StandardAnalysis {
  const trace: Array<Parameters<Trace>[0]> = [];
  const result = analyzeDocument(documentFromText(text, options), {
    trace: (event) => trace.push(event),
    freeze: true,
  });
  if (isFailedAnalysis(result)) {
    throw new Error(
      `analysis failed: ${result.failure.reason}\ntrace:\n${trace.map((t) => `  ${t.stage} ${t.ms.toFixed(1)} ms`).join('\n')}`,
    );
  }
  return result;
}

/**
 * Runs a stage test's own stage list on a string, frozen so that a stage that changes its input
 * fails; throws when the analysis fails.
 */
export function runText<Stages extends readonly AnyStage[]>(
  pipeline: Pipeline<Stages>,
  text: string,
  options: { published?: string | null; settings?: Settings } = {},
): DocumentAnalysis<Stages> {
  const result = runDocument(pipeline, documentFromText(text, { published: options.published }), {
    settings: options.settings ?? defaultSettings,
    freeze: true,
  });
  if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
  return result;
}

/** Runs the whole document pipeline on what a reader read, as ingest does; throws when the analysis fails. */
export function analyzeRead(read: ReadResult, source: SourceDocument['source']): StandardAnalysis {
  const result = analyzeDocument(documentOf(read, source));
  if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
  return result;
}
