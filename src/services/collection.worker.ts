/**
 * The collection worker thread: keeps the stored analyses it is given and runs the collection
 * stages over them when asked, off the server's main thread (a run over thousands of documents
 * takes seconds to minutes). Messages are `CollectionRequest`s; answers are `CollectionReply`s.
 */
import { parentPort } from 'node:worker_threads';
import { CollectionState } from './collection-state.js';
import type { CollectionReply, CollectionRequest } from './collection-runner.js';

// Contract documents go back in small messages, one at a time when asked, so the main thread takes
// each in a few milliseconds (the messages a port has queued are all delivered in one turn).
const DOCUMENTS_PER_MESSAGE = 20;

const port = parentPort;
if (!port) throw new Error('collection.worker: must run as a worker thread');
const state = new CollectionState();
/** The replies of the current run not sent yet; the main thread asks for each in turn. */
let queue: CollectionReply[] = [];

const sendNext = (run: number) => {
  if (queue[0]?.run !== run) return;
  port.postMessage(queue.shift()!);
};

port.on('message', (request: CollectionRequest) => {
  if (request.type === 'put') return state.put(request.analyses);
  if (request.type === 'next') return sendNext(request.run);
  const { run } = request;
  try {
    const { changed, ...rest } = state.collect(request.order);
    queue = [];
    for (let i = 0; i < changed.length; i += DOCUMENTS_PER_MESSAGE)
      queue.push({ type: 'documents', run, documents: changed.slice(i, i + DOCUMENTS_PER_MESSAGE) });
    queue.push({ type: 'collected', run, ...rest });
  } catch (error) {
    queue = [{ type: 'failed', run, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }];
  }
  sendNext(run);
});
