/**
 * The pipeline, in order. Read this file first: each stage may only need layers produced above it,
 * and `createPipeline` checks that at startup.
 */
import { defaultSettings, type Settings, type SourceDocument } from '../core/index.js';
import { createPipeline } from './create-pipeline.js';
import { isFailedAnalysis, runDocument, type DocumentAnalysis, type FailedAnalysis, type Trace } from './run.js';
import { clean } from './stages/clean/index.js';
import { sentences } from './stages/sentences.js';

/** Per-document stages, in order. */
export const documentStages = [clean, sentences] as const;

/** The validated document pipeline. */
export const documentPipeline = createPipeline(documentStages);

/** What analysing one document yields with the standard stages. */
export type StandardAnalysis = DocumentAnalysis<typeof documentStages>;

/** Runs the standard stages on one document. */
export function analyzeDocument(
  document: SourceDocument,
  options: { settings?: Settings; trace?: Trace; freeze?: boolean } = {},
): StandardAnalysis | FailedAnalysis {
  return runDocument(documentPipeline, document, { settings: options.settings ?? defaultSettings, trace: options.trace, freeze: options.freeze });
}

export { isFailedAnalysis };
export type { DocumentAnalysis, FailedAnalysis, Trace };
