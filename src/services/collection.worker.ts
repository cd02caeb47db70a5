/**
 * The collection worker thread: keeps the stored analyses it is given and runs the collection
 * stages over them when asked, off the server's main thread (a run over thousands of documents
 * takes seconds to minutes). Messages are `CollectionRequest`s; answers are `CollectionReply`s.
 */
import { parentPort } from 'node:worker_threads';
import { CollectionState } from './collection-state.js';
import type { CollectionReply, CollectionRequest } from './collection-runner.js';

// Contract documents go back in small messages, so the main thread takes each in a few milliseconds.
const DOCUMENTS_PER_MESSAGE = 20;

const port = parentPort;
if (!port) throw new Error('collection.worker: must run as a worker thread');
const state = new CollectionState();
const reply = (message: CollectionReply) => port.postMessage(message);

port.on('message', (request: CollectionRequest) => {
  if (request.type === 'put') return state.put(request.analyses);
  try {
    const { changed, ...rest } = state.collect(request.order);
    for (let i = 0; i < changed.length; i += DOCUMENTS_PER_MESSAGE) {
      reply({ type: 'documents', run: request.run, documents: changed.slice(i, i + DOCUMENTS_PER_MESSAGE) });
    }
    reply({ type: 'collected', run: request.run, ...rest });
  } catch (error) {
    reply({ type: 'failed', run: request.run, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
