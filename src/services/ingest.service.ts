import type { Kysely, Transaction } from 'kysely';
import { InputError, type SourceDocument } from '../core/index.js';
import { isFailedAnalysis, PIPELINE_VERSION, type StandardAnalysis } from '../pipeline/index.js';
import type { ReadLimits } from '../readers/index.js';
import type { Database } from '../store/schema.js';
import { writeTransaction } from '../store/write-transaction.js';
import { backgroundCheckpoints } from '../store/background-checkpoints.js';
import { AnalysesRepository } from '../store/repositories/analyses.repository.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import type { InputProblem } from './analysis.service.js';
import { sqliteFileOf } from '../store/sqlite-file.js';
import { CopyFinder, type CopyCheck, type StoryFound } from './copy-finder.js';

import { DocumentAnalyses, type Analyzer } from './document-analyses.js';
import { createAnalysisPool, threadsFor, INGEST_JOBS, type Jobs } from './analysis-pool.js';
import { collectInputItems, loadItem, type InputItem, type LoadableItem } from './input-items.js';
import type { LoadedDocument } from './load-document.js';
import { mapInOrderGroups } from './worker-pool.js';
import { analyzeWithinBudget, prepareWithinBudget } from './analysis-budget.js';
import { passageCacheOf } from './passage-cache.js';
import {
  isRefused,
  prepareAnalysis,
  preparedRow,
  prepareResult,
  type PreparedAnalysis,
  type PreparedResult,
} from './prepared-analysis.js';
import { failureLine } from './input-failure.js';

/** An input read ahead of storing: the document and the analysis it needs, or the problems that stopped it. */
interface ReadItem {
  readonly item: { readonly label: string; readonly locator?: string; readonly problem?: InputProblem };
  readonly problems: readonly InputProblem[];
  readonly document?: SourceDocument;
  /** The analysis prepared for storing; null when the content was stored with a current one at reading. */
  readonly analysis?: PreparedResult | null;
  /** Its copy check, made ahead in a worker of the pool. */
  readonly copyCheck?: CopyCheck;
}

/** What storing one read document came to in its group's transaction. */
type GroupOutcome = IngestOutcome | InputError | 'analyse';

/**
 * What storing one document did. `duplicate`: its content was already stored from elsewhere.
 * `copy`: it is a copy of a stored story (syndicated, edited, cut short), kept as that story.
 */
export type IngestOutcome = 'new' | 'version' | 'unchanged' | 'duplicate' | 'copy';

/**
 * Documents an ingest needs before its store's checkpoints move to a thread of their own (see
 * background-checkpoints.ts): starting the thread costs more than a few documents' checkpoints.
 */
const BACKGROUND_CHECKPOINTS_FROM = 100;

/**
 * Inputs read and analysed ahead of storing with one job, by the process's budgeted worker. Before,
 * one job read each input after the one before was stored, and the worker and this thread took
 * turns. Measured on two cores (session 37, 3,000 generated articles into a store of 10,000,
 * ingest alone): 61.4 s in turns; 43.8 s reading 2 ahead, 41.7 and 44.2 s reading 4 ahead, 37.9,
 * 43.3 and 43.1 s reading 8 ahead; `--jobs 2` took 43.5 and 45.1 s.
 */
const ONE_WORKER_READ_AHEAD = 8;

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

/**
 * Where an ingest's copy checks were made: `ahead`, in the pool's workers, their verdicts taken as
 * they were; `here`, on the thread that stores (no pool, a check that failed, or a bucket changed
 * by a document stored since the worker's check).
 */
export interface CopyCheckCounts {
  ahead: number;
  here: number;
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
  /** Finds the stories new documents copy, keeping the shingles of those it checked lately. */
  private readonly copies = new CopyFinder();
  /** Copy checks so far, by where they were made. */
  private readonly copyChecks: CopyCheckCounts = { ahead: 0, here: 0 };

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
    const prepared = prepareAnalysis(analysis);
    const outcome = await writeTransaction(this.db, (trx) =>
      this.storeIn(trx, analysis.document, prepared, locator, this.now().toISOString()),
    );
    this.remember(analysis.document.text, prepared, outcome);
    return outcome;
  }

  /** `store` inside a write transaction, for an analysis prepared already. */
  private async storeIn(
    trx: Transaction<Database>,
    document: SourceDocument,
    prepared: PreparedAnalysis,
    locator: string,
    createdAt: string,
    ahead?: CopyCheck,
  ): Promise<IngestOutcome> {
    const documents = this.documents.within(trx);
    const known = await documents.exists(document.id);
    const latest = await documents.latestVersion(locator);
    if (known && (await this.analyses.within(trx).versionOf(document.id))?.pipelineVersion !== PIPELINE_VERSION) {
      await DocumentAnalyses.writePrepared(trx, document, prepared, createdAt, { replaceDerived: true });
      passageCacheOf(this.db).forget([document.id]);
      this.copies.forget(document.id);
    }
    if (known && latest?.documentId === document.id) return 'unchanged';
    if (!known && (await documents.isKnownCopy(locator, document.id))) return 'unchanged';
    const row = preparedRow(document, prepared);
    if (!known && !latest) {
      const found = await this.storyCopied(documents, prepared, ahead);
      if (found) {
        await documents.addVersion(locator, 1, found.story, createdAt);
        const { url, outlet } = document.source;
        await documents.addCopy(
          {
            story: found.story,
            locator,
            copyId: document.id,
            url: url ?? null,
            outlet: outlet ?? null,
            title: row.title,
            published: row.published,
            jaccard: found.jaccard,
            containment: found.containment,
          },
          createdAt,
        );
        return 'copy';
      }
    }
    if (!known) {
      await documents.insert(row, createdAt);
      await documents.addBands(document.id, prepared.bands);
      await DocumentAnalyses.writePrepared(trx, document, prepared, createdAt, { replaceDerived: false });
    }
    await documents.addVersion(locator, (latest?.version ?? 0) + 1, document.id, createdAt);
    if (known) return 'duplicate';
    return latest ? 'version' : 'new';
  }

  /**
   * The stored story a new document copies, if any: the verdict of the check a worker made ahead,
   * when none of the buckets of the document's band keys changed since the state it read (then it
   * is the verdict this thread would reach), else found here.
   */
  private async storyCopied(
    documents: DocumentsRepository,
    prepared: PreparedAnalysis,
    ahead: CopyCheck | undefined,
  ): Promise<StoryFound | null> {
    if (ahead && ahead.found !== 'stored' && !(await documents.bandsChangedSince(ahead.mark, prepared.bands))) {
      this.copyChecks.ahead++;
      return ahead.found;
    }
    this.copyChecks.here++;
    return this.copies.storyCopied(documents, prepared.bands, prepared.shingles);
  }

  /**
   * Keeps the passages of a document just stored as new, with its text, for the proposals that
   * follow (see passage-cache.ts).
   */
  private remember(text: string, prepared: PreparedAnalysis, outcome: IngestOutcome): void {
    if (outcome === 'new' || outcome === 'version')
      passageCacheOf(this.db).put(prepared.documentId, { ...prepared.passages, text });
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
    return writeTransaction(this.db, (trx) => this.storeWithoutAnalysisIn(trx, document, locator, createdAt));
  }

  /** `storeWithoutAnalysis` inside a write transaction; writes nothing when it returns null. */
  private async storeWithoutAnalysisIn(
    trx: Transaction<Database>,
    document: SourceDocument,
    locator: string,
    createdAt: string,
  ): Promise<IngestOutcome | null> {
    const documents = this.documents.within(trx);
    if (await documents.isKnownCopy(locator, document.id)) return 'unchanged';
    if ((await this.analyses.within(trx).versionOf(document.id))?.pipelineVersion !== PIPELINE_VERSION) return null;
    const latest = await documents.latestVersion(locator);
    if (latest?.documentId === document.id) return 'unchanged';
    await documents.addVersion(locator, (latest?.version ?? 0) + 1, document.id, createdAt);
    return 'duplicate';
  }

  /**
   * Reads, analyses and stores every file under the paths and every article of a manifest; bad
   * inputs are reported and skipped. Documents are read and analysed ahead, by the process's
   * budgeted worker or, with `jobs` above 1, by a pool of worker threads, while earlier ones are
   * stored in the order of the inputs.
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
    copyChecks: CopyCheckCounts;
  }> {
    const timings: IngestTimings = { readMs: 0, analysisMs: 0, storeMs: 0 };
    const checksBefore = { ...this.copyChecks };
    const items = await collectInputItems(paths, limits);
    const summary: IngestSummary = { read: 0, new: 0, unchanged: 0, versions: 0, copies: 0, failed: 0, skipped: 0 };
    const problems: InputProblem[] = [];
    const outcomes: Array<{ path: string; outcome: IngestOutcome; id: string }> = [];
    let done = 0;
    const total = items.filter((item) => !item.problem?.skipped).length;
    // Several jobs: the standard stages in a pool of budgeted worker threads. One job: the process's
    // budgeted worker. Either prepares the analysis for storing on its own thread. An analyser of
    // the caller's own (a test's) analyses on this thread.
    const budgeted = this.analyze === analyzeWithinBudget;
    const threads = budgeted ? threadsFor(jobs, total, INGEST_JOBS) : 1;
    const pool = threads > 1 ? createAnalysisPool(threads) : null;
    const prepare = pool
      ? (document: SourceDocument) => pool.prepare(document)
      : budgeted
        ? (document: SourceDocument) => prepareWithinBudget(document)
        : async (document: SourceDocument) => prepareResult(await this.analyze(document));
    // Inputs are read and analysed ahead of storing: four for each worker of a pool, and
    // `ONE_WORKER_READ_AHEAD` for the process's one budgeted worker, so that it analyses while this
    // thread stores. The documents whose analyses are in when storing comes round are stored in one
    // transaction (one disk sync, not one each). Content twice within that window is analysed twice
    // and stored once. An analyser of the caller's own runs on this thread: nothing to overlap, so
    // each input is read after the one before is stored, and content twice in a run is analysed once.
    // A pool's workers read the files too, so that no reader holds up storing on this thread.
    const load = (item: LoadableItem) => loadItem(item, limits, pool);
    // A pool's workers also check each new document for copies of stored stories, on connections of
    // their own to an SQLite store, so that this thread only confirms that nothing it stored since
    // changes the verdict. A check that fails is made again here.
    const store = sqliteFileOf(this.db);
    const checkCopy =
      pool?.checkCopy && store
        ? (document: SourceDocument, prepared: PreparedAnalysis, locator: string) =>
            pool.checkCopy!({
              store,
              documentId: document.id,
              locator,
              bands: prepared.bands,
              shingles: prepared.shingles,
            }).catch(() => undefined)
        : undefined;
    const window = pool ? pool.jobs * 4 : budgeted ? ONE_WORKER_READ_AHEAD : 1;
    let stopCheckpoints = async (): Promise<void> => undefined;
    try {
      // A long run's checkpoints in a thread of their own, off the one thread that stores.
      if (total >= BACKGROUND_CHECKPOINTS_FROM) stopCheckpoints = await backgroundCheckpoints(this.db);
      for await (const group of mapInOrderGroups(
        items,
        (item) => this.read(item, load, prepare, timings, checkCopy),
        window,
      )) {
        const began = performance.now();
        const stored = await this.storeGroup(group);
        timings.storeMs += performance.now() - began;
        for (const [k, read] of group.entries()) {
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
            let result = stored[k]!;
            if (result === 'analyse') {
              const began = performance.now();
              result = await this.storeLate(read.document, item.locator!, item.label);
              timings.storeMs += performance.now() - began;
            }
            if (result instanceof InputError)
              problems.push({ input: item.label, message: result.message, fatal: true });
            else {
              outcome = result;
              outcomes.push({ path: item.locator!, outcome, id: read.document.id });
            }
          }
          if (outcome === 'failed') summary.failed++;
          else if (outcome === 'new') summary.new++;
          else if (outcome === 'version') summary.versions++;
          else if (outcome === 'copy') summary.copies++;
          else summary.unchanged++;
          onProgress?.({ done: ++done, total, path: item.label, outcome });
        }
      }
    } finally {
      await pool?.close();
      await stopCheckpoints();
    }
    const copyChecks = {
      ahead: this.copyChecks.ahead - checksBefore.ahead,
      here: this.copyChecks.here - checksBefore.here,
    };
    return { summary, problems, outcomes, timings, copyChecks };
  }

  /**
   * Reads one input and, unless its content is stored with an analysis by this pipeline version,
   * analyses it: the part of an ingest that can run ahead of storing.
   */
  private async read(
    item: InputItem,
    load: (item: LoadableItem) => Promise<LoadedDocument>,
    prepare: (document: SourceDocument) => Promise<PreparedResult>,
    timings: IngestTimings,
    checkCopy?: (
      document: SourceDocument,
      prepared: PreparedAnalysis,
      locator: string,
    ) => Promise<CopyCheck | undefined>,
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
      loaded = await load(item);
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
      const analysis = await prepare(document);
      const copyCheck =
        checkCopy && !isRefused(analysis) && analysis.bands.length
          ? await checkCopy(document, analysis, item.locator)
          : undefined;
      return { item: source, problems, document, analysis, copyCheck };
    } catch (error) {
      return failed(error);
    } finally {
      timings.analysisMs += performance.now() - began;
    }
  }

  /**
   * Stores documents read ahead, each with the analysis prepared for it if one was needed, in one
   * transaction: what happened to each, in order (null for an input without a document). A refused
   * analysis writes nothing of its document; 'analyse' marks content that needs an analysis made now.
   */
  private async storeGroup(group: readonly ReadItem[]): Promise<Array<GroupOutcome | null>> {
    if (!group.some((read) => read.document)) return group.map(() => null);
    // Filled again by each try of the transaction (it is run again when another writer got there first).
    const stored: Array<{ text: string; prepared: PreparedAnalysis; outcome: IngestOutcome }> = [];
    const outcomes = await writeTransaction(this.db, async (trx) => {
      stored.length = 0;
      const outcomes: Array<GroupOutcome | null> = [];
      for (const { item, document, analysis, copyCheck } of group) {
        if (!document) {
          outcomes.push(null);
          continue;
        }
        const createdAt = this.now().toISOString();
        const unanalysed = await this.storeWithoutAnalysisIn(trx, document, item.locator!, createdAt);
        if (unanalysed) outcomes.push(unanalysed);
        else if (!analysis) outcomes.push('analyse');
        else if (isRefused(analysis)) outcomes.push(new InputError(item.label, analysis.failure.reason));
        else {
          // Stored meanwhile (the same content twice in one run) or not: an analysis made ahead is as good as a new one.
          const outcome = await this.storeIn(trx, document, analysis, item.locator!, createdAt, copyCheck);
          stored.push({ text: document.text, prepared: analysis, outcome });
          outcomes.push(outcome);
        }
      }
      return outcomes;
    });
    for (const { text, prepared, outcome } of stored) this.remember(text, prepared, outcome);
    return outcomes;
  }

  /** Stores a document whose content needed an analysis only by the time it was stored (stored elsewhere meanwhile, then changed). */
  private async storeLate(
    document: SourceDocument,
    locator: string,
    label: string,
  ): Promise<IngestOutcome | InputError> {
    try {
      return await this.storeDocument(document, locator, label);
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
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
