import type { Kysely, Transaction } from 'kysely';
import type { Message, SourceDocument } from '../core/index.js';
import { bodyOf } from '../export/contract-json.js';
import { isFailedAnalysis, PIPELINE_VERSION, type FailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import type { Database } from '../store/schema.js';
import {
  AnalysesRepository,
  type AnalysisEntry,
  type SerializedAnalysis,
} from '../store/repositories/analyses.repository.js';
import { DocumentsRepository, type NewDocument } from '../store/repositories/documents.repository.js';
import { writeTransaction } from '../store/write-transaction.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import { passageCacheOf } from './passage-cache.js';
import {
  derivedFieldsOf,
  packedEntry,
  prepareAnalysis,
  preparedRow,
  type PreparedAnalysis,
} from './prepared-analysis.js';

/**
 * Analyses one document with the document stages. Services take it as a parameter (default:
 * `analyzeWithinBudget`, a worker thread with a time and memory budget per document), so tests can
 * count the analyses a use case makes, and a pool of worker threads could stand in for it.
 */
export type Analyzer = (
  document: SourceDocument,
) => StandardAnalysis | FailedAnalysis | Promise<StandardAnalysis | FailedAnalysis>;

/** What to store for an analysis made now by this pipeline version. */
export function analysisEntry(result: StandardAnalysis | FailedAnalysis, analysedAt: string): AnalysisEntry {
  const failed = isFailedAnalysis(result);
  return {
    documentId: result.document.id,
    pipelineVersion: PIPELINE_VERSION,
    analysedAt,
    layers: failed ? null : JSON.stringify(result.layers),
    messages: failed ? [] : result.messages,
    failure: failed ? result.failure : null,
  };
}

/** A stored analysis, parsed back into what the pipeline returned. */
export function parseAnalysis(stored: SerializedAnalysis): StandardAnalysis {
  return {
    document: stored.document,
    layers: JSON.parse(stored.layers) as StandardAnalysis['layers'],
    messages: JSON.parse(stored.messages) as Message[],
  };
}

/** The document row's fields that come from its analysis: body, title, date, authors, language, furniture. */
export function documentRowOf(document: SourceDocument, analysis: StandardAnalysis): NewDocument {
  const clean = analysis.layers.clean;
  return {
    id: document.id,
    text: document.text,
    format: document.format,
    encoding: document.encoding,
    body: bodyOf(document.text, clean.paragraphs),
    byteSize: Buffer.byteLength(document.text),
    hints: document.hints,
    ...derivedFieldsOf(analysis),
  };
}

/**
 * The stored analysis of each document: made once, when the document is stored, and read back
 * after that. Only a new pipeline version analyses a stored document again.
 */
export class DocumentAnalyses {
  private readonly analyses: AnalysesRepository;
  private readonly documents: DocumentsRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly analyze: Analyzer = analyzeWithinBudget,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.analyses = new AnalysesRepository(db);
    this.documents = new DocumentsRepository(db);
  }

  /** Writes a fresh analysis, and (replacing) what the document row derives from it, inside a write transaction. */
  static async write(
    trx: Transaction<Database>,
    analysis: StandardAnalysis,
    at: string,
    options: { replaceDerived: boolean },
  ): Promise<void> {
    await DocumentAnalyses.writePrepared(trx, analysis.document, prepareAnalysis(analysis), at, options);
  }

  /** `write` for an analysis prepared for storing already (by the worker that made it). */
  static async writePrepared(
    trx: Transaction<Database>,
    document: SourceDocument,
    prepared: PreparedAnalysis,
    at: string,
    options: { replaceDerived: boolean },
  ): Promise<void> {
    await new AnalysesRepository(trx).putPacked(packedEntry(prepared, at));
    if (!options.replaceDerived) return;
    const documents = new DocumentsRepository(trx);
    await documents.replaceDerived(preparedRow(document, prepared));
    await documents.addBands(document.id, prepared.bands);
  }

  /** Whether a document has an analysis by this pipeline version (a failed one counts: trying again fails alike). */
  async isCurrent(id: string): Promise<boolean> {
    return (await this.analyses.versionOf(id))?.pipelineVersion === PIPELINE_VERSION;
  }

  /**
   * The stored analyses of these documents, in the order asked, whatever version made them.
   * A document stored before analyses were kept has none: it is analysed now, once, and stored.
   * Documents the pipeline could not analyse are left out.
   */
  async load(ids: readonly string[]): Promise<StandardAnalysis[]> {
    const found = new Map(
      (await this.analyses.serialized(ids)).map((stored) => [stored.document.id, parseAnalysis(stored)]),
    );
    const loaded: StandardAnalysis[] = [];
    for (const id of ids) {
      const stored = found.get(id);
      if (stored) loaded.push(stored);
      else if (!(await this.analyses.versionOf(id))) {
        const analysed = await this.reanalyze(id);
        if (analysed) loaded.push(analysed);
      }
    }
    return loaded;
  }

  /**
   * Analyses a stored document again with this pipeline version and stores the result, with what
   * its row derives from it. Returns the analysis, or null when the document is gone or the
   * pipeline cannot analyse it (its failure is stored, so it is not tried again).
   */
  async reanalyze(id: string): Promise<StandardAnalysis | null> {
    const document = await this.documents.sourceDocument(id);
    if (!document) return null;
    const result = await this.analyze(document);
    const at = this.now().toISOString();
    await writeTransaction(this.db, async (trx) => {
      if (isFailedAnalysis(result)) await new AnalysesRepository(trx).put(analysisEntry(result, at));
      else await DocumentAnalyses.write(trx, result, at, { replaceDerived: true });
    });
    passageCacheOf(this.db).forget([id]);
    return isFailedAnalysis(result) ? null : result;
  }

  /** Documents whose stored analysis another pipeline version made, or that have none; oldest first. */
  staleIds(): Promise<string[]> {
    return this.analyses.staleIds(PIPELINE_VERSION);
  }
}
