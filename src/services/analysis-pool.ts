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

/** One worker per core: the default of `--jobs`. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The compiled worker: beside this file in dist/, or, when this file runs as TypeScript source (the
 * tests, after `npm run build`), in dist/ too. Null where it was not built.
 */
function workerFile(): URL | null {
  const here = import.meta.url;
  const file = here.endsWith('.ts') ? new URL('../../dist/src/services/analysis.worker.js', here) : new URL('./analysis.worker.js', here);
  return existsSync(fileURLToPath(file)) ? file : null;
}

/**
 * A pool of `jobs` worker threads, or this thread alone for one job (or where the worker was not
 * built). Both give the same analyses: a worker runs the same stages with the same settings.
 */
export function createAnalysisPool(jobs: number, settings: Settings = defaultSettings): AnalysisPool {
  const file = jobs > 1 ? workerFile() : null;
  if (!file) return { jobs: 1, analyze: async (document) => analyzeDocument(document, { settings }), close: async () => undefined };
  const pool = new WorkerPool<SourceDocument, StandardAnalysis | FailedAnalysis>(file, jobs, settings);
  return { jobs, analyze: (document) => pool.run(document), close: () => pool.close() };
}
