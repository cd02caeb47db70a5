import { isFailedAnalysis, PIPELINE_VERSION, type FailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import type { PackedAnalysisEntry } from '../store/repositories/analyses.repository.js';
import type { NewDocument } from '../store/repositories/documents.repository.js';
import { packJson } from '../store/packed-json.js';
import { bandKeysOf, shinglesOf } from '../text/near-copies.js';
import { bodyOf } from '../export/contract-json.js';
import { passagesOf, type PassageSet } from './proposal-passages.js';

/** The fields of a document's row that its analysis gives (the rest come from the document itself). */
export type DerivedFields = Pick<
  NewDocument,
  'bodySpans' | 'title' | 'subtitle' | 'published' | 'authors' | 'language' | 'chrome' | 'messages'
>;

/** The fields of a document's row that its analysis gives: body spans, title, date, authors, language, furniture. */
export function derivedFieldsOf(analysis: StandardAnalysis): DerivedFields {
  const clean = analysis.layers.clean;
  return {
    bodySpans: clean.paragraphs,
    title: clean.title?.value ?? null,
    subtitle: clean.subtitle?.value ?? null,
    published: clean.published?.value ?? null,
    authors: clean.authors.map((author) => author.value),
    language: clean.language,
    chrome: clean.chrome,
    messages: analysis.messages,
  };
}

/**
 * An analysis in the form the store keeps it: the row's derived fields, the layers and messages as
 * packed JSON, the body's band keys and the passages proposals score. Made where the analysis is
 * made (a worker thread, during a parallel ingest), so that the thread that stores only writes: it
 * neither receives the layers as objects nor serialises, deflates or shingles them. Everything here
 * is a pure function of the analysis, so it is the same wherever it is made.
 */
export interface PreparedAnalysis {
  readonly documentId: string;
  readonly derived: DerivedFields;
  /** The layers' JSON, packed as the store keeps it. */
  readonly layers: string;
  /** The messages' JSON, packed as the store keeps it. */
  readonly messages: string;
  /** The body's shingles (see `shinglesOf`): what a copy check compares, made once here. */
  readonly shingles: Uint32Array;
  readonly bands: readonly string[];
  readonly passages: PassageSet;
}

/** Prepares an analysis for storing (see `PreparedAnalysis`). */
export function prepareAnalysis(analysis: StandardAnalysis): PreparedAnalysis {
  const { document, layers, messages } = analysis;
  const shingles = shinglesOf(bodyOf(document.text, layers.clean.paragraphs));
  return {
    documentId: document.id,
    derived: derivedFieldsOf(analysis),
    layers: packJson(JSON.stringify(layers)),
    messages: packJson(JSON.stringify(messages)),
    shingles,
    bands: bandKeysOf(shingles),
    passages: passagesOf(analysis),
  };
}

/** A prepared analysis, or the pipeline's (or the budget's) refusal of the document. */
export type PreparedResult = PreparedAnalysis | FailedAnalysis;

/** Prepares an analysis, or passes a refusal on. */
export function prepareResult(result: StandardAnalysis | FailedAnalysis): PreparedResult {
  return isFailedAnalysis(result) ? result : prepareAnalysis(result);
}

/** Whether a prepared result is a refusal. */
export function isRefused(result: PreparedResult): result is FailedAnalysis {
  return 'failure' in result;
}

/** The document row for a prepared analysis of a document. */
export function preparedRow(
  document: Pick<NewDocument, 'id' | 'text' | 'format' | 'encoding' | 'hints'>,
  prepared: PreparedAnalysis,
): NewDocument {
  return {
    id: document.id,
    text: document.text,
    format: document.format,
    encoding: document.encoding,
    hints: document.hints,
    byteSize: Buffer.byteLength(document.text),
    // The body is stored as its spans; it is joined only where a copy check needs it (`bodyOf`).
    body: '',
    ...prepared.derived,
  };
}

/** What to store as the analysis of a prepared result made now by this pipeline version. */
export function packedEntry(prepared: PreparedAnalysis, analysedAt: string): PackedAnalysisEntry {
  return {
    documentId: prepared.documentId,
    pipelineVersion: PIPELINE_VERSION,
    analysedAt,
    layers: prepared.layers,
    messages: prepared.messages,
    failure: null,
  };
}
