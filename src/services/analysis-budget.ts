import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, defaultSettings, type Message, type Settings, type SourceDocument } from '../core/index.js';
import { analyzeDocument, type FailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import type { ReadLimits } from '../readers/index.js';
import type { LoadedDocument } from './load-document.js';
import { pastedDocument, type PastedInput } from './pasted-document.js';
import { prepareResult, type PreparedAnalysis, type PreparedResult } from './prepared-analysis.js';
import type { CopyCheck, CopyCheckRequest } from './copy-finder.js';

/** How much one document may cost to analyse before it is refused. */
export interface AnalysisBudget {
  /** Milliseconds any document may take. Default 30,000 (`PUENTE_ANALYSIS_SECONDS` in seconds). */
  readonly baseMs: number;
  /** Milliseconds more per megabyte of text, so a long document of ordinary prose gets its time. Default 30,000. */
  readonly msPerMegabyte: number;
  /** The worker's heap (V8's old generation), in megabytes. Default 1,024 (`PUENTE_ANALYSIS_MEMORY_MB`). */
  readonly memoryMb: number;
}

/** A message to the analysis worker: a document to analyse, or pasted text to read and analyse. */
export interface AnalysisRequest {
  readonly task: number;
  readonly document?: SourceDocument;
  readonly pasted?: PastedInput;
  readonly settings: Settings;
  /** Answer with the analysis prepared for storing (see prepared-analysis.ts) instead of its layers. */
  readonly prepare?: boolean;
  /** A file to read (no analysis): its reader runs here, off the thread that stores. */
  readonly load?: FileToLoad;
  /** A copy check to make on the store's file (no analysis), off the thread that stores. */
  readonly copyCheck?: CopyCheckRequest;
}

/** A file a worker reads into a document, as `loadDocument` does. */
export interface FileToLoad {
  readonly path: string;
  readonly limits: ReadLimits;
}

/** What an analysis worker is started with. */
export interface AnalysisWorkerData {
  /** How far below the process's priority the thread runs (Linux only, where niceness is per thread). */
  readonly niceness: number;
}

/** What the worker answers a request with. */
type AnalysisResult = StandardAnalysis | FailedAnalysis | PreparedAnalysis | LoadedDocument | CopyCheck;

/**
 * The worker's answer: that it is ready (its modules loaded, which the budget does not count), the
 * analysis (or the pipeline's own refusal), or the error a stage threw.
 */
export type AnalysisReply =
  | { readonly ready: true; readonly task?: undefined }
  | { readonly task: number; readonly result: AnalysisResult; readonly error?: undefined }
  | { readonly task: number; readonly error: string; readonly result?: undefined }
  /** A file that cannot be read: the input and reason of its `InputError`. */
  | {
      readonly task: number;
      readonly unreadable: { readonly input: string; readonly reason: string };
      readonly result?: undefined;
      readonly error?: undefined;
    };

/** The budget from the environment, with the defaults above. */
export function budgetFromEnvironment(env: NodeJS.ProcessEnv = process.env): AnalysisBudget {
  const number = (value: string | undefined, fallback: number) =>
    value && Number(value) > 0 ? Number(value) : fallback;
  return {
    baseMs: number(env.PUENTE_ANALYSIS_SECONDS, 30) * 1000,
    msPerMegabyte: 30_000,
    memoryMb: number(env.PUENTE_ANALYSIS_MEMORY_MB, 1024),
  };
}

/** The time a document of this text may take under a budget. */
export function timeAllowed(budget: AnalysisBudget, document: { readonly text: string }): number {
  return Math.round(budget.baseMs + (budget.msPerMegabyte * document.text.length) / (1024 * 1024));
}

/** The document a refusal of pasted text names, before it could be read. */
export function unreadDocument(input: PastedInput): SourceDocument {
  return { id: '', text: '', format: input.format, encoding: 'utf-8', hints: {}, source: { name: input.name } };
}

/**
 * The document a task that analyses nothing (a file to read, a copy check) names in its errors:
 * empty, so that its time budget is that of an empty document.
 */
function placeholderDocument(id: string, path: string): SourceDocument {
  return { id, text: '', format: 'text', encoding: 'utf-8', hints: {}, source: { path, name: path } };
}

/** A refusal of the document for exceeding its budget, in the shape the pipeline refuses one. */
function refusal(document: SourceDocument, reason: string, ruleId: string): FailedAnalysis {
  const failure: Message = {
    reason,
    severity: 'fatal',
    source: 'pipeline',
    document: document.id,
    place: null,
    ruleId,
  };
  return { document, failure };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

interface Task {
  readonly id: number;
  /** The document analysed, or, for pasted text, the one its refusal names. */
  readonly document: SourceDocument;
  readonly pasted?: PastedInput;
  readonly settings: Settings;
  readonly prepare: boolean;
  /** A file to read instead of a document to analyse. */
  readonly load?: FileToLoad;
  /** A copy check to make instead of a document to analyse. */
  readonly copyCheck?: CopyCheckRequest;
  readonly resolve: (result: AnalysisResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Analyses documents one at a time in a worker thread, each within a time budget and the worker's
 * memory cap. A document that exceeds either is refused alone, with the reason: the worker is
 * stopped (which interrupts even a stage stuck in one regular expression) and a fresh one takes
 * the next document. The calling thread never runs a stage, so a server keeps answering meanwhile.
 * The time is the worker's wall-clock time on the document: Node gives no CPU clock of another
 * thread, and on a busy machine this counts other programs' turns too, hence the generous default.
 */
export class BudgetedAnalyzer {
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue: Task[] = [];
  private current: { task: Task; timer: NodeJS.Timeout } | null = null;
  /** Tasks handed to the worker behind the current one, in order: it starts each when the one before is done. */
  private readonly handed: Task[] = [];
  private tasks = 0;
  private closed = false;

  constructor(
    private readonly file: URL,
    private readonly budget: AnalysisBudget = budgetFromEnvironment(),
    /**
     * Documents handed to the worker at once, the current one included (default 1). With more, the
     * worker goes on to the next document while this thread is busy (storing, say) instead of
     * waiting for it to take the answer and send the next. A document's time is counted from when
     * this thread learns the one before is done, never from before it started.
     */
    private readonly depth = 1,
    /** The worker thread's niceness (see `POOL_WORKER_NICENESS`); 0 leaves it as the process's. */
    private readonly niceness = 0,
  ) {}

  /** Analyses one document; resolves to its analysis or its refusal, rejects only on a stage's bug. */
  analyze(document: SourceDocument, settings: Settings = defaultSettings): Promise<StandardAnalysis | FailedAnalysis> {
    return this.submit(document, settings, false) as Promise<StandardAnalysis | FailedAnalysis>;
  }

  /**
   * Analyses one document and prepares the analysis for storing, in the worker, within the same
   * budget; resolves to the prepared analysis or the refusal, rejects only on a stage's bug.
   */
  prepare(document: SourceDocument, settings: Settings = defaultSettings): Promise<PreparedResult> {
    return this.submit(document, settings, true) as Promise<PreparedResult>;
  }

  /** Whether a document is under way or waiting. */
  get busy(): boolean {
    return this.current !== null || this.queue.length > 0;
  }

  /** Whether the worker can be handed another document now, to start when it is done with the ones it has. */
  get canTake(): boolean {
    return !this.closed && this.queue.length === 0 && (this.current ? 1 : 0) + this.handed.length < this.depth;
  }

  private submit(document: SourceDocument, settings: Settings, prepare: boolean): Promise<AnalysisResult> {
    if (this.closed) return Promise.reject(new Error('BudgetedAnalyzer: the analyzer was closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: ++this.tasks, document, settings, prepare, resolve, reject });
      this.next();
    });
  }

  /**
   * Reads a file into a document in the worker, within the budget of an empty document: the reader
   * of a large HTML page costs more than analysing its article. Rejects with `InputError` naming the
   * file when it cannot be read, or takes longer than that.
   */
  load(path: string, limits: ReadLimits): Promise<LoadedDocument> {
    if (this.closed) return Promise.reject(new Error('BudgetedAnalyzer.load: the analyzer was closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({
        id: ++this.tasks,
        document: placeholderDocument('', path),
        settings: defaultSettings,
        prepare: false,
        load: { path, limits },
        resolve: resolve as (result: AnalysisResult) => void,
        reject,
      });
      this.next();
    });
  }

  /**
   * Makes a copy check in the worker (see copy-finder.ts), within the budget of an empty document.
   * Rejects when the check fails or takes longer: the thread that stores then checks itself.
   */
  checkCopy(request: CopyCheckRequest): Promise<CopyCheck> {
    if (this.closed) return Promise.reject(new Error('BudgetedAnalyzer.checkCopy: the analyzer was closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({
        id: ++this.tasks,
        document: placeholderDocument(request.documentId, request.locator),
        settings: defaultSettings,
        prepare: false,
        copyCheck: request,
        resolve: resolve as (result: AnalysisResult) => void,
        reject,
      });
      this.next();
    });
  }

  /** Reads pasted text and analyses it, both in the worker and within one budget (by the text's length). */
  analyzePasted(pasted: PastedInput, settings: Settings = defaultSettings): Promise<StandardAnalysis | FailedAnalysis> {
    if (this.closed) return Promise.reject(new Error('BudgetedAnalyzer.analyzePasted: the analyzer was closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({
        id: ++this.tasks,
        document: unreadDocument(pasted),
        pasted,
        settings,
        prepare: false,
        resolve: resolve as (result: AnalysisResult) => void,
        reject,
      });
      this.next();
    });
  }

  /** Documents waiting or being analysed. */
  get pending(): number {
    return this.queue.length + this.handed.length + (this.current ? 1 : 0);
  }

  /** Stops the worker; documents still waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of [...this.handed.splice(0), ...this.queue.splice(0)])
      task.reject(new Error('BudgetedAnalyzer: closed before the document was analysed'));
    const worker = this.worker;
    this.worker = null;
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.task.reject(new Error('BudgetedAnalyzer: closed while the document was analysed'));
      this.current = null;
    }
    if (worker) await worker.terminate();
  }

  private next(): void {
    if (this.closed) return;
    if (!this.current && this.handed.length) {
      // The worker went on to the next document it was handed when it answered the one before.
      this.begin(this.handed.shift()!);
    }
    while (this.queue.length && (this.current ? 1 : 0) + this.handed.length < this.depth) {
      const worker = this.thread();
      worker.ref();
      if (!this.ready) return;
      const task = this.queue.shift()!;
      if (!this.post(worker, task)) continue;
      if (this.current) this.handed.push(task);
      else this.begin(task);
    }
    // An idle worker must not keep a finished program (a command, a test) alive.
    if (!this.current) this.worker?.unref();
  }

  /** Starts counting a task's time: the worker is on it now. */
  private begin(task: Task): void {
    const allowed = timeAllowed(this.budget, task.pasted ?? task.document);
    const timer = setTimeout(
      () =>
        this.stop(
          task.load
            ? `took over ${seconds(allowed)} to read; refused`
            : task.copyCheck
              ? `took over ${seconds(allowed)} to check for copies`
              : `took over ${seconds(allowed)} to analyse (the limit for a document of this length); refused`,
          'time-budget-exceeded',
        ),
      allowed,
    );
    this.current = { task, timer };
  }

  /** Hands a task to the worker; false (the task rejected) when it cannot be copied to the thread. */
  private post(worker: Worker, task: Task): boolean {
    try {
      const request: AnalysisRequest = task.load
        ? { task: task.id, load: task.load, settings: task.settings }
        : task.copyCheck
          ? { task: task.id, copyCheck: task.copyCheck, settings: task.settings }
          : task.pasted
            ? { task: task.id, pasted: task.pasted, settings: task.settings }
            : { task: task.id, document: task.document, settings: task.settings, prepare: task.prepare };
      worker.postMessage(request);
      return true;
    } catch (error) {
      // A document or settings that cannot be copied to the thread fail alone.
      task.reject(
        new Error(`analysis of document ${task.document.id} could not be handed to its worker`, { cause: error }),
      );
      return false;
    }
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file, {
      // The young generation stays V8's own (semi-spaces of 16 MB). Over its heap limit, a worker is
      // stopped by Node, which lets the collection under way finish with 16 MB more; a scavenge that
      // must promote more than that aborts the whole process instead. With 96 MB (semi-spaces of 32 MB,
      // 3-4 % faster at --jobs 2), 2 of 5 runs refusing three documents over a 128 MB cap aborted.
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb },
      workerData: { niceness: this.niceness } satisfies AnalysisWorkerData,
    });
    this.ready = false;
    worker.on('message', (reply: AnalysisReply) => {
      if ('ready' in reply) {
        this.ready = true;
        this.next();
        return;
      }
      if (reply.task !== this.current?.task.id) return;
      const { task } = this.finish();
      if (reply.result) task.resolve(reply.result);
      else if ('unreadable' in reply) task.reject(new InputError(reply.unreadable.input, reply.unreadable.reason));
      else task.reject(new Error(reply.error));
      this.next();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        this.stop(`needed over ${this.budget.memoryMb} MB of memory to analyse; refused`, 'memory-budget-exceeded');
      else this.stop(null, null, error);
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.stop(null, null, new Error(`the analysis worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the current task: refused with `reason`, or rejected with `error`; the worker is replaced. */
  private stop(reason: string | null, ruleId: string | null, error?: Error): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    // Documents handed to the stopped worker behind the current one never started: the next worker takes them first.
    this.queue.unshift(...this.handed.splice(0));
    if (!this.current) {
      // A worker that fails before it is ready would fail alike for every document: say so to each.
      const why = error ?? new Error(reason ?? 'unknown reason');
      for (const task of this.queue.splice(0))
        task.reject(new Error(`the analysis worker could not start (${why.message})`, { cause: why }));
      return;
    }
    const { task } = this.finish();
    if (task.load) {
      // A file's reader over its budget, or its worker lost, is that file's failure alone.
      if (reason) task.reject(new InputError(task.load.path, reason));
      else task.reject(new Error(`reading ${task.load.path} failed`, { cause: error }));
    } else if (task.copyCheck)
      task.reject(new Error(`the copy check of document ${task.document.id} failed (${reason ?? error?.message})`));
    else if (reason && ruleId) task.resolve(refusal(task.document, reason, ruleId));
    else task.reject(new Error(`analysis of document ${task.document.id} failed`, { cause: error }));
    this.next();
  }

  private finish(): { task: Task } {
    const current = this.current!;
    clearTimeout(current.timer);
    this.current = null;
    return { task: current.task };
  }
}

/**
 * The compiled worker: beside this file in dist/, or, when this file runs as TypeScript source (the
 * tests, after `npm run build`), in dist/ too.
 */
export function workerFile(): URL | null {
  const here = import.meta.url;
  const file = here.endsWith('.ts')
    ? new URL('../../dist/src/services/analysis.worker.js', here)
    : new URL('./analysis.worker.js', here);
  return existsSync(fileURLToPath(file)) ? file : null;
}

/** Analyses one document, as services take it: within a budget on a worker thread, or on the calling thread. */
export type BudgetedAnalyze = (
  document: SourceDocument,
  settings?: Settings,
) => Promise<StandardAnalysis | FailedAnalysis>;

let shared: BudgetedAnalyzer[] | null | undefined;
let threads = 1;

/**
 * How many documents the process's budgeted analysis runs at once, each on a thread of its own
 * (default 1). A worker that takes N jobs at once sets N, so that its N jobs use N cores rather
 * than queue for one thread.
 */
export function setBudgetedThreads(count: number): void {
  threads = Math.max(1, Math.trunc(count));
}

/**
 * The least busy of the process's budgeted analyzers, each started on first use (up to the number
 * set); null where the compiled worker is missing (TypeScript source without a build).
 */
function sharedAnalyzer(): BudgetedAnalyzer | null {
  if (shared === undefined) {
    const file = workerFile();
    shared = file ? [new BudgetedAnalyzer(file)] : null;
  }
  if (!shared) return null;
  const file = workerFile()!;
  return leastBusy(shared, threads, () => new BudgetedAnalyzer(file));
}

/**
 * The analyzer to give the next document: an idle one; else a new one (added to the list) while
 * there are fewer than `limit`; else the one with the fewest documents waiting.
 */
export function leastBusy<A extends { readonly pending: number }>(analyzers: A[], limit: number, start: () => A): A {
  const idle = analyzers.find((analyzer) => analyzer.pending === 0);
  if (idle) return idle;
  if (analyzers.length < limit) {
    const analyzer = start();
    analyzers.push(analyzer);
    return analyzer;
  }
  return analyzers.reduce((least, analyzer) => (analyzer.pending < least.pending ? analyzer : least));
}

/**
 * Analyses one document within its budget on the process's budgeted analyzers, or, where the
 * compiled worker is missing, on the calling thread, unbudgeted.
 */
export const analyzeWithinBudget: BudgetedAnalyze = async (document, settings = defaultSettings) => {
  const analyzer = sharedAnalyzer();
  return analyzer ? analyzer.analyze(document, settings) : analyzeDocument(document, { settings });
};

/** Analyses a document and prepares it for storing, as `analyzeWithinBudget` does, the preparing on the worker too. */
export async function prepareWithinBudget(
  document: SourceDocument,
  settings: Settings = defaultSettings,
): Promise<PreparedResult> {
  const analyzer = sharedAnalyzer();
  return analyzer ? analyzer.prepare(document, settings) : prepareResult(analyzeDocument(document, { settings }));
}

/**
 * Reads and analyses pasted text within the budget, on the process's budgeted analyzers (or on the
 * calling thread where the compiled worker is missing). A reader's refusal comes back as a failed analysis.
 */
export async function analyzePastedWithinBudget(
  pasted: PastedInput,
  settings: Settings = defaultSettings,
): Promise<StandardAnalysis | FailedAnalysis> {
  const analyzer = sharedAnalyzer();
  if (analyzer) return analyzer.analyzePasted(pasted, settings);
  return analyzePasted(pasted, settings);
}

/** Reads pasted text and analyses it on this thread; a reader's `InputError` becomes the failure. */
export async function analyzePasted(
  pasted: PastedInput,
  settings: Settings,
): Promise<StandardAnalysis | FailedAnalysis> {
  let document: SourceDocument;
  try {
    document = await pastedDocument(pasted);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      document: unreadDocument(pasted),
      failure: {
        reason: error.message,
        severity: 'fatal',
        source: 'reader',
        document: pasted.name,
        place: null,
        ruleId: 'input-unusable',
      },
    };
  }
  return analyzeDocument(document, { settings });
}
