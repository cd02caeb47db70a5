import type { Kysely } from 'kysely';
import { InputError, type SourceDocument } from '../core/index.js';
import { isFailedAnalysis, PIPELINE_VERSION, type FailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import type { ReadLimits } from '../readers/index.js';
import type { Database } from '../store/schema.js';
import { writeTransaction } from '../store/write-transaction.js';
import { AnalysesRepository } from '../store/repositories/analyses.repository.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import type { InputProblem } from './analysis.service.js';
import { bandKeysOf, CANDIDATES_CHECKED, isCopy, MIN_SHARED_BANDS, shinglesOf } from '../text/near-copies.js';
import { DocumentAnalyses, documentRowOf, type Analyzer } from './document-analyses.js';
import { createAnalysisPool, threadsFor, type Jobs } from './analysis-pool.js';
import { collectInputItems, type InputItem } from './input-items.js';
import type { LoadedDocument } from './load-document.js';
import { mapInOrder } from './worker-pool.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import { failureLine } from './input-failure.js';

/** An input read ahead of storing: the document and the analysis it needs, or the problems that stopped it. */
interface ReadItem {
  readonly item: { readonly label: string; readonly locator?: string; readonly problem?: InputProblem };
  readonly problems: readonly InputProblem[];
  readonly document?: SourceDocument;
  readonly analysis?: StandardAnalysis | FailedAnalysis | null;
}

/**
 * What storing one document did. `duplicate`: its content was already stored from elsewhere.
 * `copy`: it is a copy of a stored story (syndicated, edited, cut short), kept as that story.
 */
export type IngestOutcome = 'new' | 'version' | 'unchanged' | 'duplicate' | 'copy';

/**
 * Counts for the end-of-run summary; `read` is every document tried (files, and a manifest's rows),
 * so the next five add up to it. `skipped`: files in folders of a type no reader takes.
 */
export interface IngestSummary {
  read: number;
  new: number;
  unchanged: number;
  versions: number;
  copies: number;
  failed: number;
  skipped: number;
}

/**
 * Where an ingest spent its time, in milliseconds of wall-clock time: reading inputs (and looking up
 * whether their content is stored), analysing them, and storing them. With a pool of threads,
 * reading and analysing overlap storing, so the three can add up to more than the ingest took.
 */
export interface IngestTimings {
  readMs: number;
  analysisMs: number;
  storeMs: number;
}

/** Reported after each file, for progress bars. */
export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
  readonly outcome: IngestOutcome | 'failed';
}

/**
 * Reads documents into the store, one transaction per document. Each document is analysed once,
 * when its content is first stored, and its layers are stored with it; a file whose content is
 * already stored with an analysis by this pipeline version is not analysed again.
 */
export class IngestService {
  private readonly documents: DocumentsRepository;
  private readonly analyses: AnalysesRepository;

  constructor(
    private readonly db: Kysely<Database>,
    /** Supplies timestamps; injected so tests can pin them. */
    private readonly now: () => Date = () => new Date(),
    /** Analyses a document that needs it. Default `analyzeWithinBudget`. */
    private readonly analyze: Analyzer = analyzeWithinBudget,
  ) {
    this.documents = new DocumentsRepository(db);
    this.analyses = new AnalysesRepository(db);
  }

  /**
   * Stores one analysed document under a locator (path or URL), with its analysis, and says what
   * happened. Content stored before with an analysis by an older version (or none) gets this one.
   * A document new to the store, read from a new locator, that copies a stored story is not stored
   * again: the locator becomes a version of the story, and the copy's source, URL, title and date
   * are kept.
   */
  async store(analysis: StandardAnalysis, locator: string): Promise<IngestOutcome> {
    const { document } = analysis;
    const createdAt = this.now().toISOString();
    const row = documentRowOf(document, analysis);
    const shingles = shinglesOf(row.body);
    const bands = bandKeysOf(shingles);
    return writeTransaction(this.db, async (trx) => {
      const documents = this.documents.within(trx);
      const known = await documents.exists(document.id);
      const latest = await documents.latestVersion(locator);
      if (known && (await this.analyses.within(trx).versionOf(document.id))?.pipelineVersion !== PIPELINE_VERSION) {
        await DocumentAnalyses.write(trx, analysis, createdAt, { replaceDerived: true });
      }
      if (known && latest?.documentId === document.id) return 'unchanged';
      if (!known && (await documents.isKnownCopy(locator, document.id))) return 'unchanged';
      if (!known && !latest) {
        for (const story of await documents.storiesSharingBands(bands, MIN_SHARED_BANDS, CANDIDATES_CHECKED)) {
          const likeness = isCopy(shinglesOf(story.body), shingles);
          if (!likeness) continue;
          await documents.addVersion(locator, 1, story.id, createdAt);
          const { url, outlet } = document.source;
          await documents.addCopy(
            {
              story: story.id,
              locator,
              copyId: document.id,
              url: url ?? null,
              outlet: outlet ?? null,
              title: row.title,
              published: row.published,
              ...likeness,
            },
            createdAt,
          );
          return 'copy';
        }
      }
      if (!known) {
        await documents.insert(row, createdAt);
        await documents.addBands(document.id, bands);
        await DocumentAnalyses.write(trx, analysis, createdAt, { replaceDerived: false });
      }
      await documents.addVersion(locator, (latest?.version ?? 0) + 1, document.id, createdAt);
      if (known) return 'duplicate';
      return latest ? 'version' : 'new';
    });
  }

  /**
   * Stores a document read from a locator, analysing it only when its content has no analysis by
   * this pipeline version. Throws `InputError` naming `label` when the pipeline cannot analyse it.
   */
  async storeDocument(document: SourceDocument, locator: string, label = locator): Promise<IngestOutcome> {
    return (
      (await this.storeWithoutAnalysis(document, locator)) ??
      (await this.store(await this.analyzed(document, label), locator))
    );
  }

  /**
   * Records a document read from a locator without analysing it, when its content is stored with
   * an analysis by this pipeline version: 'unchanged' (also for a copy of a stored story read there
   * before), or 'duplicate' for content stored from elsewhere. Null when it must be analysed first.
   */
  private async storeWithoutAnalysis(document: SourceDocument, locator: string): Promise<IngestOutcome | null> {
    const createdAt = this.now().toISOString();
    return writeTransaction(this.db, async (trx) => {
      const documents = this.documents.within(trx);
      if (await documents.isKnownCopy(locator, document.id)) return 'unchanged';
      if ((await this.analyses.within(trx).versionOf(document.id))?.pipelineVersion !== PIPELINE_VERSION) return null;
      const latest = await documents.latestVersion(locator);
      if (latest?.documentId === document.id) return 'unchanged';
      await documents.addVersion(locator, (latest?.version ?? 0) + 1, document.id, createdAt);
      return 'duplicate';
    });
  }

  /**
   * Reads, analyses and stores every file under the paths and every article of a manifest; bad
   * inputs are reported and skipped. With `jobs` above 1, documents are read and analysed in a pool
   * of worker threads while earlier ones are stored, in the order of the inputs, as one thread does.
   */
  async ingestPaths(
    paths: readonly string[],
    limits: ReadLimits,
    onProgress?: (progress: IngestProgress) => void,
    jobs: Jobs = 1,
  ): Promise<{
    summary: IngestSummary;
    problems: InputProblem[];
    outcomes: Array<{ path: string; outcome: IngestOutcome; id: string }>;
    timings: IngestTimings;
  }> {
    const timings: IngestTimings = { readMs: 0, analysisMs: 0, storeMs: 0 };
    const items = await collectInputItems(paths, limits);
    const summary: IngestSummary = { read: 0, new: 0, unchanged: 0, versions: 0, copies: 0, failed: 0, skipped: 0 };
    const problems: InputProblem[] = [];
    const outcomes: Array<{ path: string; outcome: IngestOutcome; id: string }> = [];
    let done = 0;
    const total = items.filter((item) => !item.problem?.skipped).length;
    // Several jobs: the standard stages in a pool of worker threads. One job, or an analyser of the
    // caller's own (a test's): that analyser, by default one document at a time within its budget.
    const threads = this.analyze === analyzeWithinBudget ? threadsFor(jobs, total) : 1;
    const pool = threads > 1 ? createAnalysisPool(threads) : null;
    const analyze = pool
      ? (document: SourceDocument) => pool.analyze(document)
      : async (document: SourceDocument) => this.analyze(document);
    // One thread reads each input after the one before is stored, so content twice in a run is
    // analysed once; workers read ahead, two inputs each, to be kept busy.
    const window = pool && pool.jobs > 1 ? pool.jobs * 2 : 1;
    try {
      for await (const read of mapInOrder(items, (item) => this.read(item, analyze, timings), window)) {
        const { item } = read;
        if (item.problem?.skipped) {
          problems.push(item.problem);
          summary.skipped++;
          continue;
        }
        let outcome: IngestOutcome | 'failed' = 'failed';
        summary.read++;
        problems.push(...read.problems);
        if (read.document) {
          const began = performance.now();
          try {
            outcome = await this.storeRead(read.document, read.analysis, item.locator!, item.label);
            outcomes.push({ path: item.locator!, outcome, id: read.document.id });
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            problems.push({ input: item.label, message: error.message, fatal: true });
          } finally {
            timings.storeMs += performance.now() - began;
          }
        }
        if (outcome === 'failed') summary.failed++;
        else if (outcome === 'new') summary.new++;
        else if (outcome === 'version') summary.versions++;
        else if (outcome === 'copy') summary.copies++;
        else summary.unchanged++;
        onProgress?.({ done: ++done, total, path: item.label, outcome });
      }
    } finally {
      await pool?.close();
    }
    return { summary, problems, outcomes, timings };
  }

  /**
   * Reads one input and, unless its content is stored with an analysis by this pipeline version,
   * analyses it: the part of an ingest that can run ahead of storing.
   */
  private async read(
    item: InputItem,
    analyze: (document: SourceDocument) => Promise<StandardAnalysis | FailedAnalysis>,
    timings: IngestTimings,
  ): Promise<ReadItem> {
    if (item.problem)
      return {
        item: { label: item.label, problem: item.problem },
        problems: item.problem.skipped ? [] : [item.problem],
      };
    const problems: InputProblem[] = [];
    const source = { label: item.label, locator: item.locator };
    // One input's failure to read or analyse, a bug in a reader or stage included, is that input's
    // alone; but a store that cannot be read stops the run (every later document would fail alike).
    const failed = (error: unknown): ReadItem => {
      problems.push({ input: item.label, message: failureLine(item.label, error), fatal: true });
      return { item: source, problems };
    };
    let began = performance.now();
    let loaded: LoadedDocument;
    try {
      loaded = await item.load();
    } catch (error) {
      return failed(error);
    }
    const { document, warnings } = loaded;
    for (const warning of warnings) problems.push({ input: item.label, message: warning, fatal: false });
    const current = (await this.analyses.versionOf(document.id))?.pipelineVersion === PIPELINE_VERSION;
    const copy = !current && (await this.documents.isKnownCopy(item.locator, document.id));
    timings.readMs += performance.now() - began;
    if (current || copy) return { item: source, problems, document, analysis: null };
    began = performance.now();
    try {
      return { item: source, problems, document, analysis: await analyze(document) };
    } catch (error) {
      return failed(error);
    } finally {
      timings.analysisMs += performance.now() - began;
    }
  }

  /** Stores a document read ahead, with the analysis made for it if one was needed. */
  private async storeRead(
    document: SourceDocument,
    analysis: StandardAnalysis | FailedAnalysis | null | undefined,
    locator: string,
    label: string,
  ): Promise<IngestOutcome> {
    const stored = await this.storeWithoutAnalysis(document, locator);
    if (stored) return stored;
    // Stored meanwhile (the same content twice in one run) or not: an analysis made ahead is as good as a new one.
    if (analysis && isFailedAnalysis(analysis)) throw new InputError(label, analysis.failure.reason);
    return this.store(analysis ?? (await this.analyzed(document, label)), locator);
  }

  private async analyzed(document: SourceDocument, path: string): Promise<StandardAnalysis> {
    const analysis = await Promise.resolve()
      .then(() => this.analyze(document))
      .catch((error: unknown) => {
        throw new InputError(path, failureLine(path, error).slice(path.length + 2), { cause: error });
      });
    if (isFailedAnalysis(analysis)) throw new InputError(path, analysis.failure.reason);
    return analysis;
  }
}
