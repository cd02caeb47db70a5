/**
 * The analysis worker thread: runs the document stages on one document at a time, for
 * `BudgetedAnalyzer` (alone, or one of the pool's for `--jobs`), which stops this thread when a
 * document exceeds its budget. Messages are
 * `AnalysisRequest`s; answers are `AnalysisReply`s.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeDocument, languageDetector } from '../pipeline/index.js';
import { analyzePasted, type AnalysisReply, type AnalysisRequest, type AnalysisWorkerData } from './analysis-budget.js';
import { InputError } from '../core/index.js';
import { loadDocument } from './load-document.js';
import { prepareResult } from './prepared-analysis.js';
import { checkCopyAhead, CopyFinder, type CopyCheck, type CopyCheckRequest } from './copy-finder.js';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

const port = parentPort;
if (!port) throw new Error('analysis.worker: must run as a worker thread');

// On Linux a thread's niceness is its own, so this lowers this thread alone. Elsewhere the call
// would change the whole process, so it is not made.
const { niceness } = (workerData ?? { niceness: 0 }) as AnalysisWorkerData;
if (niceness > 0 && process.platform === 'linux') setPriority(0, niceness);

// Requests are answered in the order they came: the caller counts each one's time from the answer
// to the one before, and a file read (which waits on the disk) must not let the next request overtake it.
let answered: Promise<void> = Promise.resolve();
port.on('message', (request: AnalysisRequest) => {
  answered = answered.then(() => answer(request));
});

async function answer({ task, document, pasted, settings, prepare, load, copyCheck }: AnalysisRequest): Promise<void> {
  let reply: AnalysisReply;
  try {
    if (copyCheck) reply = { task, result: await checkCopy(copyCheck) };
    else if (load) {
      try {
        reply = { task, result: await loadDocument(load.path, load.limits) };
      } catch (error) {
        // A file that cannot be read is reported as the thread that asked would report it.
        if (!(error instanceof InputError)) throw error;
        reply = { task, unreadable: { input: error.input, reason: error.reason } };
      }
    } else if (pasted) reply = { task, result: await analyzePasted(pasted, settings) };
    else {
      const result = analyzeDocument(document!, { settings });
      // Serialising, packing and shingling here leaves the storing thread only the writes.
      reply = { task, result: prepare ? prepareResult(result) : result };
    }
  } catch (error) {
    // A stage's bug: the caller re-throws it with the document named, as the pipeline would.
    const cause =
      error instanceof Error && error.cause instanceof Error ? ` (${error.cause.stack ?? error.cause.message})` : '';
    reply = { task, error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
  port!.postMessage(reply);
}
/** This thread's read-only connection to the store its copy checks read, and the shingles it keeps. */
let copyChecks: { store: string; reader: Kysely<Database>; finder: CopyFinder } | null = null;

async function checkCopy(request: CopyCheckRequest): Promise<CopyCheck> {
  if (copyChecks?.store !== request.store) {
    const previous = copyChecks;
    copyChecks = null;
    await previous?.reader.destroy();
    // Loaded on the first check: a thread that only analyses never needs the store's driver.
    const { openStoreReader } = await import('../store/database.js');
    copyChecks = { store: request.store, reader: openStoreReader(request.store), finder: new CopyFinder() };
  }
  return checkCopyAhead(copyChecks.reader, copyChecks.finder, request);
}

// Loaded before the thread says it is ready, so that no document's time budget pays for it.
languageDetector();
port.postMessage({ ready: true } satisfies AnalysisReply);
