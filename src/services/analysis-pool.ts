import { availableParallelism } from 'node:os';
import { defaultSettings, type Settings, type SourceDocument } from '../core/index.js';
import { analyzeDocument, type FailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import { BudgetedAnalyzer, budgetFromEnvironment, workerFile, type AnalysisBudget } from './analysis-budget.js';
import type { ReadLimits } from '../readers/index.js';
import { loadDocument, type LoadedDocument } from './load-document.js';
import { prepareResult, type PreparedResult } from './prepared-analysis.js';
import type { CopyCheck, CopyCheckRequest } from './copy-finder.js';

/** Runs the document stages on documents, on this thread or in a pool of worker threads. */
export interface AnalysisPool {
  /** Analyses one document; many may be under way at once, up to `jobs` of them at a time. */
  analyze(document: SourceDocument): Promise<StandardAnalysis | FailedAnalysis>;
  /** Analyses one document and prepares the analysis for storing (see prepared-analysis.ts), in its worker. */
  prepare(document: SourceDocument): Promise<PreparedResult>;
  /** Reads a file into a document (as `loadDocument`), in a worker when there are workers. */
  load(path: string, limits: ReadLimits): Promise<LoadedDocument>;
  /**
   * Makes a copy check ahead of storing (see copy-finder.ts) in a worker: only a pool of worker
   * threads has it, to take that work off the thread that stores.
   */
  checkCopy?(request: CopyCheckRequest): Promise<CopyCheck>;
  /** How many documents are analysed at once: 1 on this thread, else the worker threads. */
  readonly jobs: number;
  /** Stops the worker threads, if any. */
  close(): Promise<void>;
}

/** One worker per core: the most `--jobs` uses when not told. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** How many documents to analyse at once: a number asked for, or `auto` (one per core, for enough documents). */
export type Jobs = number | 'auto';

/**
 * When `auto` starts worker threads, by what the thread that asks does beside them. A worker takes
 * a second or more of CPU to load and compile the pipeline, which analyses a document in about 10
 * ms, and it competes for the cores with the thread that asks.
 */
export interface AutoJobs {
  /** Documents a worker needs before it pays for itself. */
  readonly documentsPerWorker: number;
  /** Cores left to the thread that asks, for the work of its own that the workers wait on. */
  readonly coresKept: number;
}

/**
 * `ingest`: the storing thread writes while the workers analyse ahead of it; with one job, the
 * process's budgeted worker analyses ahead the same way, so one job already keeps two threads busy,
 * and the storing thread keeps a core. Measured on 2 cores (session 37, into a store of 10,000,
 * ingest alone), `--jobs 1` against `--jobs 2`: 5.8 and 6.2 s against 8.8 and 7.8 at 200
 * documents, 11.9 and 11.4 against 15.0 and 14.5 at 600, 44.3 and 42.5 against 49.4 at 3,000.
 */
export const INGEST_JOBS: AutoJobs = { documentsPerWorker: 250, coresKept: 1 };

/**
 * `analyze`: the calling thread reads, receives and spills every analysis while the workers run,
 * and the collection stages after them; with one job, one worker analyses beside it. Measured on 2
 * cores (session 35, `analyze --format json`): `--jobs 2` never beat `--jobs 1`: 6.6 and 6.9 s
 * against 6.0 and 5.8 at 200 documents, 9.9 and 9.6 against 9.1 and 8.9 at 400, 14.9 and 15.5
 * against 15.5 and 14.2 at 800, 25.6 against 25.6 at 1,600 (with 17 % more CPU).
 */
export const ANALYZE_JOBS: AutoJobs = { documentsPerWorker: 100, coresKept: 1 };

/**
 * The threads to analyse these many documents with: never more than documents, and for `auto` no
 * more than the cores (less those kept for the caller) and none that would not pay for itself.
 */
export function threadsFor(jobs: Jobs, documents: number, auto: AutoJobs, cores = defaultJobs()): number {
  if (jobs === 'auto')
    return Math.max(1, Math.min(cores - auto.coresKept, Math.floor(documents / auto.documentsPerWorker)));
  return Math.max(1, Math.min(jobs, documents));
}

/**
 * Documents each worker of a pool is handed at once: the one it analyses and the next, which it
 * starts without waiting for the thread that stores to take its answer (that thread may be busy
 * writing a group of documents).
 */
const HANDED_AHEAD = 2;

/**
 * How much lower a pool's workers run than the thread that stores (Linux niceness 10: about a tenth
 * of that thread's weight). Storing is one thread and the pool's bottleneck; at equal priority two
 * workers and it share two cores as equals, and it gets two thirds of one. Measured on two cores, a
 * batch of 10,000 generated articles into a store of 2,000: 97 s at equal priority, 91 s with this.
 * Workers still take all the time the storing thread leaves; other programs on the machine lose
 * nothing (they now come before the workers too).
 */
export const POOL_WORKER_NICENESS = 10;

interface Waiting {
  /** Hands the task to an analyzer. */
  readonly start: (analyzer: BudgetedAnalyzer) => Promise<unknown>;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
}

/**
 * `jobs` budgeted analyzers (analysis-budget.ts), each a worker thread taking one document at a
 * time, fed from one queue: every document is analysed within the same time and memory budget as
 * with one job, and one that exceeds it is refused alone with its reason while its worker is
 * replaced and the others go on.
 */
class BudgetedPool implements AnalysisPool {
  private readonly analyzers: BudgetedAnalyzer[];
  private readonly waiting: Waiting[] = [];

  constructor(
    file: URL,
    readonly jobs: number,
    private readonly settings: Settings,
    budget: AnalysisBudget,
  ) {
    this.analyzers = Array.from(
      { length: jobs },
      () => new BudgetedAnalyzer(file, budget, HANDED_AHEAD, POOL_WORKER_NICENESS),
    );
  }

  analyze(document: SourceDocument): Promise<StandardAnalysis | FailedAnalysis> {
    return this.submit((analyzer) => analyzer.analyze(document, this.settings));
  }

  prepare(document: SourceDocument): Promise<PreparedResult> {
    return this.submit((analyzer) => analyzer.prepare(document, this.settings));
  }

  load(path: string, limits: ReadLimits): Promise<LoadedDocument> {
    return this.submit((analyzer) => analyzer.load(path, limits));
  }

  checkCopy(request: CopyCheckRequest): Promise<CopyCheck> {
    return this.submit((analyzer) => analyzer.checkCopy(request));
  }

  async close(): Promise<void> {
    const closed = new Error('the analysis pool was closed before the document was analysed');
    for (const task of this.waiting.splice(0)) task.reject(closed);
    await Promise.all(this.analyzers.map((analyzer) => analyzer.close()));
  }

  private submit<Result>(start: (analyzer: BudgetedAnalyzer) => Promise<Result>): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.waiting.push({ start, resolve: resolve as (result: unknown) => void, reject });
      this.dispatch();
    });
  }

  /**
   * Hands waiting documents to analyzers with room: an idle one first, then one with a single
   * document under way, so that a document waits behind at most one other.
   */
  private dispatch(): void {
    while (this.waiting.length) {
      let analyzer: BudgetedAnalyzer | undefined;
      for (const candidate of this.analyzers)
        if (candidate.canTake && (!analyzer || candidate.pending < analyzer.pending)) analyzer = candidate;
      if (!analyzer) return;
      const task = this.waiting.shift()!;
      task
        .start(analyzer)
        .then(task.resolve, task.reject)
        .finally(() => this.dispatch());
    }
  }
}

/**
 * A pool of `jobs` budgeted worker threads, or this thread alone for one job (or where the worker
 * was not built). Both give the same analyses: a worker runs the same stages with the same settings.
 */
export function createAnalysisPool(
  jobs: number,
  settings: Settings = defaultSettings,
  budget: AnalysisBudget = budgetFromEnvironment(),
): AnalysisPool {
  const file = jobs > 1 ? workerFile() : null;
  if (!file)
    return {
      jobs: 1,
      analyze: async (document) => analyzeDocument(document, { settings }),
      prepare: async (document) => prepareResult(analyzeDocument(document, { settings })),
      load: (path, limits) => loadDocument(path, limits),
      close: async () => undefined,
    };
  return new BudgetedPool(file, jobs, settings, budget);
}
