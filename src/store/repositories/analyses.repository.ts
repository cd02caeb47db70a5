import type { Kysely, Transaction } from 'kysely';
import type { DocumentHints, Message, SourceDocument, SourceFormat } from '../../core/index.js';
import type { Database } from '../schema.js';
import { sourceOf } from './documents.repository.js';
import { packJson, unpackJson } from '../packed-json.js';

/**
 * A document's stored analysis with the document it was made from. Layers and messages stay JSON
 * text, so that they can be handed to a worker thread as they are, or parsed only when needed.
 */
export interface SerializedAnalysis {
  readonly document: SourceDocument;
  readonly pipelineVersion: string;
  readonly analysedAt: string;
  /** JSON of the layers. */
  readonly layers: string;
  /** JSON of the messages. */
  readonly messages: string;
}

/** What to store for one analysed document: layers and messages, or the failure that stopped it. */
export interface AnalysisEntry {
  readonly documentId: string;
  readonly pipelineVersion: string;
  readonly analysedAt: string;
  /** The layers, as JSON; null when the document could not be analysed. */
  readonly layers: string | null;
  readonly messages: readonly Message[];
  readonly failure: Message | null;
}

/** An `AnalysisEntry` with its layers and messages packed as stored (see packed-json.ts), by whoever made it. */
export interface PackedAnalysisEntry {
  readonly documentId: string;
  readonly pipelineVersion: string;
  readonly analysedAt: string;
  readonly layers: string | null;
  readonly messages: string;
  readonly failure: Message | null;
}

/** Which version analysed a document, and whether it failed. */
export interface AnalysisVersion {
  readonly pipelineVersion: string;
  readonly failed: boolean;
}

type Executor = Kysely<Database> | Transaction<Database>;

// Both dialects cap the bound parameters of one statement.
const CHUNK = 500;

/** Reads and writes the stored analysis of each document. */
export class AnalysesRepository {
  constructor(private readonly db: Executor) {}

  /** The same repository bound to a transaction. */
  within(trx: Transaction<Database>): AnalysesRepository {
    return new AnalysesRepository(trx);
  }

  /** Stores a document's analysis, replacing the one it had. */
  async put(entry: AnalysisEntry): Promise<void> {
    await this.putPacked({
      ...entry,
      layers: entry.layers === null ? null : packJson(entry.layers),
      messages: packJson(JSON.stringify(entry.messages)),
    });
  }

  /** Stores a document's analysis packed already, replacing the one it had. */
  async putPacked(entry: PackedAnalysisEntry): Promise<void> {
    const row = {
      pipeline_version: entry.pipelineVersion,
      layers: entry.layers,
      messages: entry.messages,
      failure: entry.failure ? JSON.stringify(entry.failure) : null,
      analysed_at: entry.analysedAt,
    };
    await this.db
      .insertInto('document_analyses')
      .values({ document_id: entry.documentId, ...row })
      .onConflict((conflict) => conflict.column('document_id').doUpdateSet(row))
      .execute();
  }

  /** The version that analysed a document; null when it has no stored analysis. */
  async versionOf(documentId: string): Promise<AnalysisVersion | null> {
    const row = await this.db
      .selectFrom('document_analyses')
      .select(['pipeline_version', 'failure'])
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    return row ? { pipelineVersion: row.pipeline_version, failed: row.failure !== null } : null;
  }

  /** Every document with stored layers and when they were made, in document order (oldest first). */
  async marks(): Promise<Array<{ documentId: string; analysedAt: string }>> {
    const rows = await this.db
      .selectFrom('document_analyses')
      .innerJoin('documents', 'documents.id', 'document_analyses.document_id')
      .select(['document_analyses.document_id', 'document_analyses.analysed_at'])
      .where('document_analyses.layers', 'is not', null)
      .orderBy('documents.created_at')
      .orderBy('documents.id')
      .execute();
    return rows.map((row) => ({ documentId: row.document_id, analysedAt: row.analysed_at }));
  }

  /** The stored analyses of these documents with their documents, in the order asked; those without layers are left out. */
  async serialized(ids: readonly string[]): Promise<SerializedAnalysis[]> {
    const found = new Map<string, SerializedAnalysis>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const rows = await this.db
        .selectFrom('document_analyses')
        .innerJoin('documents', 'documents.id', 'document_analyses.document_id')
        .select([
          'documents.id',
          'documents.text',
          'documents.format',
          'documents.encoding',
          'documents.hints',
          'document_analyses.pipeline_version',
          'document_analyses.analysed_at',
          'document_analyses.layers',
          'document_analyses.messages',
        ])
        .where('documents.id', 'in', chunk)
        .where('document_analyses.layers', 'is not', null)
        .execute();
      const locators = await this.db
        .selectFrom('document_versions')
        .select(['document_id', 'locator'])
        .where('document_id', 'in', chunk)
        .orderBy('locator')
        .execute();
      const first = new Map<string, string>();
      for (const { document_id, locator } of locators) if (!first.has(document_id)) first.set(document_id, locator);
      for (const row of rows) {
        const hints = JSON.parse(row.hints) as DocumentHints;
        const document: SourceDocument = {
          id: row.id,
          text: row.text,
          format: row.format as SourceFormat,
          encoding: row.encoding,
          hints,
          source: sourceOf(first.get(row.id), hints),
        };
        found.set(row.id, {
          document,
          pipelineVersion: row.pipeline_version,
          analysedAt: row.analysed_at,
          layers: unpackJson(row.layers!),
          messages: unpackJson(row.messages),
        });
      }
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** Documents without an analysis by this pipeline version, oldest first: the re-analysis to do. */
  async staleIds(pipelineVersion: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('documents')
      .leftJoin('document_analyses', 'document_analyses.document_id', 'documents.id')
      .select('documents.id')
      .where((eb) =>
        eb.or([
          eb('document_analyses.pipeline_version', 'is', null),
          eb('document_analyses.pipeline_version', '!=', pipelineVersion),
        ]),
      )
      .orderBy('documents.created_at')
      .orderBy('documents.id')
      .execute();
    return rows.map((row) => row.id);
  }

  /**
   * A value that changes whenever an analysis is stored or replaced (by this process or another),
   * cheap enough to read on every request.
   */
  async changeMark(): Promise<string> {
    const row = await this.db
      .selectFrom('document_analyses')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('analysed_at').as('latest')])
      .executeTakeFirstOrThrow();
    return `${Number(row.n)}|${row.latest ?? ''}`;
  }
}
