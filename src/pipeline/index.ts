/**
 * The pipeline, in order. Read this file first: each stage may only need layers produced above it,
 * and `createPipeline` checks that at startup.
 */
import { defaultSettings, type EventStory, type Finding, type Settings, type SourceDocument } from '../core/index.js';
import { createPipeline } from './create-pipeline.js';
import { isFailedAnalysis, runDocument, type DocumentAnalysis, type FailedAnalysis, type Trace } from './run.js';
import { clean } from './stages/clean/index.js';
import { languageDetector } from './stages/clean/language.js';
import { sentences } from './stages/sentences.js';
import { mentions } from './stages/mentions/index.js';
import { dates } from './stages/dates/index.js';
import { figures } from './stages/figures/index.js';
import { quotes } from './stages/quotes/index.js';
import { events } from './stages/events/index.js';
import { commitments } from './stages/commitments/index.js';
import type { Resolution } from './collection/resolve-entities/index.js';
import type { CopyGroup } from '../text/near-copies.js';
import { resolution } from './collection/resolution.js';
import { copies } from './collection/copies.js';
import { comparison } from './collection/comparison.js';
import { createCollectionPipeline, runCollection } from './collection/run-collection.js';
import { collectionInputOf, type AnalysedDocument } from './collection/collection-stage.js';
import { PIPELINE_REVISION, pipelineVersion } from './version.js';

/** Per-document stages, in order. */
export const documentStages = [clean, sentences, mentions, dates, figures, quotes, events, commitments] as const;

/** The validated document pipeline. */
export const documentPipeline = createPipeline(documentStages);

/**
 * The version of the standard document stages, stored with every analysis they make (see
 * version.ts for when to bump it).
 */
export const PIPELINE_VERSION = pipelineVersion(
  PIPELINE_REVISION,
  documentStages.map((stage) => stage.name),
);

/** What analysing one document yields with the standard stages. */
export type StandardAnalysis = DocumentAnalysis<typeof documentStages>;

/** Runs the standard stages on one document. */
export function analyzeDocument(
  document: SourceDocument,
  options: { settings?: Settings; trace?: Trace; freeze?: boolean } = {},
): StandardAnalysis | FailedAnalysis {
  return runDocument(documentPipeline, document, {
    settings: options.settings ?? defaultSettings,
    trace: options.trace,
    freeze: options.freeze,
  });
}

export { isFailedAnalysis, collectionInputOf, languageDetector };
export type { DocumentAnalysis, FailedAnalysis, Trace, Resolution, CopyGroup, AnalysedDocument };

/** What the collection stages learn over all documents of one analysis. */
export interface CollectionAnalysis {
  readonly resolution: Resolution;
  readonly findings: readonly Finding[];
  /** Every event as a story: the reports of one real-world event across the documents. */
  readonly stories: readonly EventStory[];
  /** Documents that are copies of one story (syndicated, edited, cut short): the story and each copy. */
  readonly copies: readonly CopyGroup[];
}

/**
 * Collection stages, in order: entity resolution across documents, the copies of one story, then
 * the comparison of sources, which needs both (see each stage's header for why).
 */
export const collectionStages = [resolution, copies, comparison] as const;

/** The validated collection pipeline. */
export const collectionPipeline = createCollectionPipeline(collectionStages);

/** Runs the collection stages over analysed documents and gathers what they found. */
export function analyzeCollection(
  analyses: readonly AnalysedDocument[],
  settings: Settings = defaultSettings,
): CollectionAnalysis {
  const layers = runCollection(collectionPipeline, analyses, settings);
  return {
    resolution: layers.resolution,
    findings: [...layers.resolution.findings, ...layers.comparison.findings],
    stories: layers.comparison.stories,
    copies: layers.copies,
  };
}
