import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defaultSettings, type Settings, type SourceDocument } from '../core/index.js';
import { analyzeDocument, type FailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import { WorkerPool } from './worker-pool.js';

/** Runs the document stages on documents, on this thread or in a pool of worker threads. */
export interface AnalysisPool {
  /** Analyses one document; many may be under way at once, up to `jobs` of them at a time. */
  analyze(document: SourceDocument): Promise<StandardAnalysis | FailedAnalysis>;
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
 * A worker thread takes a second or more of CPU to load and compile the pipeline, which analyses a
 * document in about 10 ms: unasked, one is started only for every this many documents.
 */
const DOCUMENTS_PER_WORKER = 100;

/** The threads to analyse these many documents with: never more than documents, and for `auto` none that would not pay for itself. */
export function threadsFor(jobs: Jobs, documents: number): number {
  if (jobs === 'auto') return Math.max(1, Math.min(defaultJobs(), Math.floor(documents / DOCUMENTS_PER_WORKER)));
  return Math.max(1, Math.min(jobs, documents));
}

/**
 * The compiled worker: beside this file in dist/, or, when this file runs as TypeScript source (the
 * tests, after `npm run build`), in dist/ too. Null where it was not built.
 */
function workerFile(): URL | null {
  const here = import.meta.url;
  const file = here.endsWith('.ts')
    ? new URL('../../dist/src/services/analysis-pool.worker.js', here)
    : new URL('./analysis-pool.worker.js', here);
  return existsSync(fileURLToPath(file)) ? file : null;
}

/**
 * A pool of `jobs` worker threads, or this thread alone for one job (or where the worker was not
 * built). Both give the same analyses: a worker runs the same stages with the same settings.
 */
export function createAnalysisPool(jobs: number, settings: Settings = defaultSettings): AnalysisPool {
  const file = jobs > 1 ? workerFile() : null;
  if (!file)
    return {
      jobs: 1,
      analyze: async (document) => analyzeDocument(document, { settings }),
      close: async () => undefined,
    };
  const pool = new WorkerPool<SourceDocument, StandardAnalysis | FailedAnalysis>(file, jobs, settings);
  return { jobs, analyze: (document) => pool.run(document), close: () => pool.close() };
}
