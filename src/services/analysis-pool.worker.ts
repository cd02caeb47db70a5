/**
 * A worker thread of the analysis pool (analysis-pool.ts; the one-document budgeted worker is analysis.worker.ts): runs the document stages on each document it is sent, with
 * the settings the pool gave it. What it returns is what `analyzeDocument` returns on the main thread.
 */
import type { Settings, SourceDocument } from '../core/index.js';
import { analyzeDocument } from '../pipeline/index.js';
import { serveTasks } from './worker-task.js';

serveTasks<SourceDocument, ReturnType<typeof analyzeDocument>, Settings>((document, settings) =>
  analyzeDocument(document, { settings }),
);
