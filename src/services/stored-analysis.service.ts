import { SqliteAdapter, type Kysely } from 'kysely';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { NotFoundError } from '../core/index.js';
import { toContract, type ContractAnalysis, type ContractDocument } from '../export/contract-json.js';
import { analyzeCollection } from '../pipeline/index.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import type { Database } from '../store/schema.js';
import { AnalysesRepository } from '../store/repositories/analyses.repository.js';
import { createCollectionRunner, type CollectionRunner } from './collection-runner.js';
import { DocumentAnalyses, type Analyzer } from './document-analyses.js';
import { TextSearchRepository } from '../store/repositories/text-search.repository.js';
import { Fts5Search } from './fts5-search.js';
import {
  SearchIndex,
  type PassageSearch,
  type SearchableDocument,
  type SearchFilters,
  type SearchHit,
} from './search-index.js';

/** Options of the stored-analysis service. */
export interface StoredAnalysisOptions {
  /** Analyses documents whose stored analysis an older pipeline made. Default `analyzeWithinBudget`. */
  readonly analyze?: Analyzer;
  /** Runs the collection stages. Default: a worker thread (in-process where it cannot start). */
  readonly runner?: CollectionRunner;
  /** Supplies timestamps. Default: the clock. */
  readonly now?: () => Date;
}

/** What the background work is doing, for /api/status and the web app. */
export interface AnalysisStatus {
  /** The collection being served: how many documents it covers, and whether a newer one is being computed. */
  readonly collection: {
    readonly ready: boolean;
    readonly documents: number;
    readonly updating: boolean;
    readonly error: string | null;
  };
  /** Documents analysed again because an older pipeline version (or none) made their stored analysis. */
  readonly reanalysis: {
    readonly done: number;
    readonly total: number;
    /** Documents whose analysis threw (a bug): left as they were, tried again on the next start. */
    readonly failed: number;
    readonly running: boolean;
    readonly error: string | null;
  };
}

/** Told when a collection run ends and its result is served: how many documents, and how long it took. */
export type CollectedListener = (event: { readonly documents: number; readonly ms: number }) => void;

// Stored analyses are read and handed to the runner this many documents at a time, with a turn of
// the event loop between, so that reading thousands never holds the main thread.
const LOAD_CHUNK = 50;

interface Snapshot {
  readonly analysis: ContractAnalysis;
  readonly byId: ReadonlyMap<string, ContractDocument>;
  search?: Promise<PassageSearch>;
}

/**
 * The analysis of every stored document, in the contract's shape, for the API and the web app.
 * Each document's layers are read from the store as they were stored when it was ingested; only the
 * collection stages (entity resolution, source comparison) run here, over those, in the background.
 * When documents are added the previous collection is served until the new one is ready, so a new
 * document never blocks reads. `start()` also re-analyses, in the background, the documents that an
 * older pipeline version analysed.
 */
export class StoredAnalysisService {
  private readonly analyses: AnalysesRepository;
  private readonly stored: DocumentAnalyses;
  private readonly runner: CollectionRunner;
  private snapshot: Snapshot | null = null;
  /** The analysed-at mark of each document the runner holds. */
  private readonly handedOver = new Map<string, string>();
  private seenMark: string | null = null;
  private refreshing: Promise<void> | null = null;
  private again = false;
  private error: string | null = null;
  private waiting: Array<{ resolve: (snapshot: Snapshot) => void; reject: (error: unknown) => void }> = [];
  private readonly listeners = new Set<CollectedListener>();
  private reanalysis: { done: number; total: number; failed: number; running: boolean; error: string | null } = {
    done: 0,
    total: 0,
    failed: 0,
    running: false,
    error: null,
  };
  private closed = false;
  private reanalysing: Promise<void> | null = null;

  private readonly textSearch: TextSearchRepository;

  constructor(
    private readonly db: Kysely<Database>,
    options: StoredAnalysisOptions = {},
  ) {
    this.analyses = new AnalysesRepository(db);
    this.textSearch = new TextSearchRepository(db);
    this.stored = new DocumentAnalyses(db, options.analyze ?? analyzeWithinBudget, options.now);
    this.runner = options.runner ?? createCollectionRunner();
  }

  /** Starts the background work: re-analysing what an older pipeline analysed, and the first collection. */
  start(): void {
    this.changed();
    this.reanalyzeStale().catch((error: unknown) => {
      this.reanalysis.error = error instanceof Error ? error.message : String(error);
    });
  }

  /** Stops the background work (the re-analysis after its current document) and its thread. */
  async close(): Promise<void> {
    this.closed = true;
    await this.reanalysing?.catch(() => {});
    await this.runner.close();
  }

  /** The analysis being served: the last finished collection (the first call waits for one). */
  async analysis(): Promise<ContractAnalysis> {
    return (await this.current()).analysis;
  }

  /**
   * One stored document in the contract's shape. Its entity ids are the served collection's; a
   * document the collection does not cover yet gets those of its own entities alone.
   */
  async document(id: string): Promise<ContractDocument> {
    await this.noticeChanges();
    const served = this.snapshot?.byId.get(id);
    if (served) return served;
    const [analysis] = await this.stored.load([id]);
    if (!analysis) throw new NotFoundError('document analysis', id);
    return toContract([analysis], analyzeCollection([analysis])).documents[0]!;
  }

  /**
   * What comparing the chosen documents finds, the stories they share, and the documents: computed
   * between those documents alone, never over the whole store, so a finding never names a document
   * the user did not choose.
   */
  async compare(ids: readonly string[]): Promise<Pick<ContractAnalysis, 'findings' | 'stories' | 'documents'>> {
    const unique = [...new Set(ids)];
    const chosen = await this.stored.load(unique);
    const missing = unique.find((id) => !chosen.some((analysis) => analysis.document.id === id));
    if (missing !== undefined) throw new NotFoundError('document', missing);
    const { findings, stories, documents } = toContract(chosen, analyzeCollection(chosen));
    return { findings, stories: stories.filter((story) => story.documents.length > 1), documents };
  }

  /**
   * Searches the served documents' article text. On PostgreSQL the store's own full-text search
   * (tsvector, its Spanish and English stemming, unaccent) picks the documents, and the in-memory
   * index finds the passages in them and ranks those; on SQLite the store's FTS5 index does both.
   */
  async search(
    query: string,
    filters: SearchFilters = {},
    limit?: number,
  ): Promise<{ total: number; hits: SearchHit[] }> {
    const [index, matched] = await Promise.all([this.searchIndex(), this.textSearch.matching(query)]);
    return index.search(query, matched ? { ...filters, documents: new Set(matched) } : filters, limit);
  }

  /**
   * Search over the served documents' article text, once per collection: on SQLite the store's FTS5
   * index, brought up to date with the documents it lacks; elsewhere an index in memory. Either is
   * built a few documents per turn.
   */
  async searchIndex(): Promise<PassageSearch> {
    const snapshot = await this.current();
    const documents: SearchableDocument[] = snapshot.analysis.documents.map((d) => ({
      id: d.id,
      text: d.text,
      title: d.title,
      published: d.published,
      language: d.language,
      source: d.source.url ?? d.source.name ?? d.source.path ?? null,
      chrome: d.chrome,
      entities: new Set(d.mentions.map((m) => m.entity)),
    }));
    snapshot.search ??=
      this.db.getExecutor().adapter instanceof SqliteAdapter
        ? Fts5Search.sync(this.db, documents, nextTurn)
        : SearchIndex.build(documents, nextTurn);
    return snapshot.search;
  }

  /** What the background work is doing. */
  status(): AnalysisStatus {
    return {
      collection: {
        ready: this.snapshot !== null,
        documents: this.snapshot?.analysis.documents.length ?? 0,
        updating: this.refreshing !== null,
        error: this.error,
      },
      reanalysis: { ...this.reanalysis },
    };
  }

  /** Calls `listener` after each collection run that is then served; returns a function that stops it. */
  onCollected(listener: CollectedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Says that stored analyses changed (a document was stored or re-analysed): a new collection run
   * starts in the background, or after the one going on. Changes made by other processes are
   * noticed on the next read.
   */
  changed(): void {
    if (this.closed) return;
    if (this.refreshing) {
      this.again = true;
      return;
    }
    this.refreshing = this.refresh().finally(() => (this.refreshing = null));
  }

  /** Resolves when no background work is left (for tests and commands that must see the result). */
  async settled(): Promise<void> {
    while (this.refreshing || this.reanalysing) await Promise.all([this.refreshing, this.reanalysing]);
  }

  /**
   * Re-analyses, one document per turn of the event loop, every document whose stored analysis
   * another pipeline version made (or that has none), and has the collection follow. Progress shows
   * in `status().reanalysis`. Calling it while it runs returns the same run.
   */
  reanalyzeStale(): Promise<void> {
    this.reanalysing ??= (async () => {
      const ids = await this.stored.staleIds();
      this.reanalysis = { done: 0, total: ids.length, failed: 0, running: ids.length > 0, error: null };
      try {
        for (const id of ids) {
          await nextTurn();
          if (this.closed) break;
          try {
            await this.stored.reanalyze(id);
          } catch (error) {
            // A stage bug on one document must not stop the others; the document keeps what it had.
            this.reanalysis.failed++;
            this.reanalysis.error = `${id}: ${error instanceof Error ? error.message : String(error)}`;
          }
          this.reanalysis.done++;
          this.changed();
        }
      } finally {
        this.reanalysis.running = false;
        this.reanalysing = null;
      }
    })();
    return this.reanalysing;
  }

  private async current(): Promise<Snapshot> {
    await this.noticeChanges();
    if (this.snapshot) return this.snapshot;
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Starts a collection run when the store's analyses changed since the last look (also by other processes). */
  private async noticeChanges(): Promise<void> {
    const mark = await this.analyses.changeMark();
    if (mark === this.seenMark && (this.snapshot || this.refreshing)) return;
    this.seenMark = mark;
    this.changed();
  }

  private async refresh(): Promise<void> {
    do {
      this.again = false;
      const began = performance.now();
      try {
        // What this run covers; a read that finds the same mark needs no other run.
        this.seenMark = await this.analyses.changeMark();
        const marks = await this.analyses.marks();
        if (!marks.length) {
          this.serve(toContract([], analyzeCollection([])), performance.now() - began);
          continue;
        }
        const fresh = marks
          .filter((mark) => this.handedOver.get(mark.documentId) !== mark.analysedAt)
          .map((mark) => mark.documentId);
        for (let i = 0; i < fresh.length; i += LOAD_CHUNK) {
          await nextTurn();
          const chunk = await this.analyses.serialized(fresh.slice(i, i + LOAD_CHUNK));
          this.runner.put(chunk);
          for (const entry of chunk) this.handedOver.set(entry.document.id, entry.analysedAt);
        }
        const analysis = await this.runner.collect(
          marks.map((mark) => mark.documentId).filter((id) => this.handedOver.has(id)),
        );
        this.serve(analysis, performance.now() - began);
      } catch (error) {
        // The runner may have lost what it held: hand everything over again on the next run.
        this.handedOver.clear();
        this.error = error instanceof Error ? error.message : String(error);
        for (const waiter of this.waiting.splice(0)) waiter.reject(error);
      }
    } while (this.again);
  }

  private serve(analysis: ContractAnalysis, ms: number): void {
    this.snapshot = { analysis, byId: new Map(analysis.documents.map((document) => [document.id, document])) };
    this.error = null;
    for (const waiter of this.waiting.splice(0)) waiter.resolve(this.snapshot);
    for (const listener of this.listeners) listener({ documents: analysis.documents.length, ms });
  }
}
