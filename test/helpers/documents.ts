import { isFailedAnalysis, analyzeDocument, type StandardAnalysis, type Trace } from '../../src/pipeline/index.js';
import type { SourceDocument, SourceFormat } from '../../src/core/index.js';
import { documentIdOf } from '../../src/text/document-id.js';

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
