import { existsSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContractAnalysis, ContractDocument } from '../export/contract-json.js';
import type { SerializedAnalysis } from '../store/repositories/analyses.repository.js';
import { CollectionState, type CollectionDelta } from './collection-state.js';

/** A message to the collection worker. */
export type CollectionRequest =
  | { readonly type: 'put'; readonly analyses: readonly SerializedAnalysis[] }
  | { readonly type: 'collect'; readonly run: number; readonly order: readonly string[] }
  /** Sends the run's next message: the main thread asks for each, so that it takes them one turn at a time. */
  | { readonly type: 'next'; readonly run: number };

/** A message from the collection worker: changed documents (in several messages), then the rest, or the failure. */
export type CollectionReply =
  | { readonly type: 'documents'; readonly run: number; readonly documents: readonly ContractDocument[] }
  | ({ readonly type: 'collected'; readonly run: number } & Omit<CollectionDelta, 'changed'>)
  | { readonly type: 'failed'; readonly run: number; readonly message: string };

/** Runs the collection stages over stored analyses and assembles the contract of every document. */
export interface CollectionRunner {
  /** Hands over new or re-analysed documents' stored analyses. */
  put(analyses: readonly SerializedAnalysis[]): void;
  /**
   * Runs the collection over these documents, in this order (one run at a time). Rejects when the
   * run failed or the runner lost what it was handed; then hand everything over again.
   */
  collect(order: readonly string[]): Promise<ContractAnalysis>;
  /** Stops the runner's thread, if it has one. */
  close(): Promise<void>;
}

/** Keeps the contract documents a runner received and puts a run's analysis together from them. */
class ContractAssembly {
  private readonly documents = new Map<string, ContractDocument>();

  add(documents: readonly ContractDocument[]): void {
    for (const document of documents) this.documents.set(document.id, document);
  }

  finish({ order, entities, ...rest }: Omit<CollectionDelta, 'changed'>): ContractAnalysis {
    const keep = new Set(order);
    for (const id of this.documents.keys()) if (!keep.has(id)) this.documents.delete(id);
    return { entities, documents: order.map((id) => this.documents.get(id)!), ...rest };
  }

  clear(): void {
    this.documents.clear();
  }
}

/** Runs the collection in a worker thread, so the main thread keeps answering requests meanwhile. */
export class WorkerCollectionRunner implements CollectionRunner {
  private worker: Worker | null = null;
  private readonly assembly = new ContractAssembly();
  private runs = 0;
  private pending: {
    run: number;
    resolve: (analysis: ContractAnalysis) => void;
    reject: (error: Error) => void;
  } | null = null;

  constructor(private readonly file: URL) {}

  put(analyses: readonly SerializedAnalysis[]): void {
    this.thread().postMessage({ type: 'put', analyses } satisfies CollectionRequest);
  }

  collect(order: readonly string[]): Promise<ContractAnalysis> {
    if (this.pending) throw new Error('WorkerCollectionRunner.collect: a run is already going; wait for it');
    const run = ++this.runs;
    return new Promise((resolve, reject) => {
      this.pending = { run, resolve, reject };
      this.thread().postMessage({ type: 'collect', run, order } satisfies CollectionRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.assembly.clear();
    if (worker) await worker.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file);
    // A worker left idle must not keep a finished program (a test, a command) alive.
    worker.unref();
    worker.on('message', (reply: CollectionReply) => this.receive(reply));
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.assembly.clear();
      this.settle(null, error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the collection worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(reply: CollectionReply): void {
    if (reply.run !== this.pending?.run) return;
    if (reply.type === 'documents') {
      this.assembly.add(reply.documents);
      // Ask for the next message only after a turn of the event loop, so that requests are answered between them.
      const worker = this.worker;
      setImmediate(() => worker?.postMessage({ type: 'next', run: reply.run } satisfies CollectionRequest));
    } else if (reply.type === 'collected') {
      const { type: _type, run: _run, ...collected } = reply;
      this.settle(this.assembly.finish(collected), null);
    } else {
      // The worker's state is still good, but hand everything over again to be safe.
      this.assembly.clear();
      this.settle(null, new Error(`collection failed: ${reply.message}`));
    }
  }

  private settle(analysis: ContractAnalysis | null, error: Error | null): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    if (error) pending.reject(error);
    else pending.resolve(analysis!);
  }
}

/** Runs the collection on the calling thread, which it holds for the whole run: for where no worker can start. */
export class InProcessCollectionRunner implements CollectionRunner {
  private readonly state = new CollectionState();
  private readonly assembly = new ContractAssembly();

  put(analyses: readonly SerializedAnalysis[]): void {
    this.state.put(analyses);
  }

  async collect(order: readonly string[]): Promise<ContractAnalysis> {
    await nextTurn();
    const { changed, ...rest } = this.state.collect(order);
    this.assembly.add(changed);
    return this.assembly.finish(rest);
  }

  async close(): Promise<void> {}
}

/**
 * The compiled worker: beside this file in dist/, or, when this file runs as TypeScript source (the
 * tests, after `npm run build`), in dist/ too.
 */
function workerFile(): URL | null {
  const here = import.meta.url;
  const file = here.endsWith('.ts')
    ? new URL('../../dist/src/services/collection.worker.js', here)
    : new URL('./collection.worker.js', here);
  return existsSync(fileURLToPath(file)) ? file : null;
}

/** A runner on a worker thread, or in-process where the compiled worker is missing. */
export function createCollectionRunner(): CollectionRunner {
  const file = workerFile();
  return file ? new WorkerCollectionRunner(file) : new InProcessCollectionRunner();
}
