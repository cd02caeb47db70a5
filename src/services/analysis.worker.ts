/**
 * The analysis worker thread: runs the document stages on one document at a time, for
 * `BudgetedAnalyzer`, which stops this thread when a document exceeds its budget. Messages are
 * `AnalysisRequest`s; answers are `AnalysisReply`s.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../pipeline/index.js';
import { analyzePasted, type AnalysisReply, type AnalysisRequest } from './analysis-budget.js';

const port = parentPort;
if (!port) throw new Error('analysis.worker: must run as a worker thread');

port.on('message', async ({ task, document, pasted, settings }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { task, result: pasted ? await analyzePasted(pasted, settings) : analyzeDocument(document!, { settings }) };
  } catch (error) {
    // A stage's bug: the caller re-throws it with the document named, as the pipeline would.
    const cause =
      error instanceof Error && error.cause instanceof Error ? ` (${error.cause.stack ?? error.cause.message})` : '';
    reply = { task, error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies AnalysisReply);
