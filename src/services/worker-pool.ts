import { Worker } from 'node:worker_threads';

/** A task sent to a pool worker: the worker answers with the same id. */
export interface PoolRequest<In> {
  readonly id: number;
  readonly input: In;
}

/** A pool worker's answer to one task: its output, or the error it threw (message and stack). */
export type PoolReply<Out> =
  { readonly id: number; readonly output: Out } | { readonly id: number; readonly error: string };

interface Task<In, Out> {
  readonly id: number;
  readonly input: In;
  readonly resolve: (output: Out) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<In, Out> {
  readonly worker: Worker;
  task: Task<In, Out> | null;
}

/**
 * Runs one function, defined by a worker module (see `serveTasks` in worker-task.ts), over inputs
 * in `size` worker threads. Each worker takes one task at a time; a task waits for a free worker.
 * Inputs and outputs cross by structured clone, so they must be plain data. A worker that dies
 * rejects its task and is replaced, so one bad input costs only itself.
 */
export class WorkerPool<In, Out> {
  private readonly slots: Array<Slot<In, Out>> = [];
  private readonly waiting: Array<Task<In, Out>> = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly file: URL,
    /** How many worker threads. */
    readonly size: number,
    /** Given to every worker as `workerData` (settings, say). */
    private readonly workerData: unknown = null,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`WorkerPool: size must be a whole number of at least 1, not ${size}`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Runs the function on one input in the next free worker. */
  run(input: In): Promise<Out> {
    if (this.closed) return Promise.reject(new Error('WorkerPool.run: the pool is closed'));
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; tasks not finished are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('WorkerPool: closed before the task finished');
    for (const task of this.waiting.splice(0)) task.reject(stopped);
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.task?.reject(stopped);
        slot.task = null;
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot<In, Out> {
    const worker = new Worker(this.file, { workerData: this.workerData });
    // An idle pool must not keep a finished program alive; a busy one is kept alive by its callers' promises.
    worker.unref();
    const slot: Slot<In, Out> = { worker, task: null };
    worker.on('message', (reply: PoolReply<Out>) => {
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      slot.task = null;
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.output);
      this.dispatch();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      const task = slot.task;
      slot.task = null;
      task?.reject(error);
      if (this.closed) return;
      this.slots[index] = this.spawn();
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) =>
      lost(new Error(`a pool worker (${this.file.pathname}) stopped with exit code ${code}`)),
    );
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.waiting.length) return;
      if (slot.task) continue;
      const task = this.waiting.shift()!;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, input: task.input } satisfies PoolRequest<In>);
    }
  }
}

/**
 * Maps inputs through an asynchronous function with up to `window` calls under way at once, and
 * yields the results in the order of the inputs (so parallel work prints what one thread prints).
 * A call that fails throws when its turn comes, not before.
 */
export async function* mapInOrder<In, Out>(
  inputs: Iterable<In> | AsyncIterable<In>,
  map: (input: In) => Promise<Out>,
  window: number,
): AsyncGenerator<Out> {
  const pending: Array<Promise<Out>> = [];
  for await (const input of inputs) {
    const result = map(input);
    // Awaited in turn below; until then a rejection must not count as unhandled.
    result.catch(() => undefined);
    pending.push(result);
    if (pending.length >= Math.max(1, window)) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}

/**
 * Like `mapInOrder`, but yields results in groups: the next result, with those after it that are
 * in already (up to `window`), so that a consumer slower than the calls can handle several at
 * once (one transaction for several documents) and one faster than them handles one at a time.
 * Inputs are taken only as results are yielded, up to `window` calls under way.
 */
export async function* mapInOrderGroups<In, Out>(
  inputs: Iterable<In>,
  map: (input: In) => Promise<Out>,
  window: number,
): AsyncGenerator<Out[]> {
  const iterator = inputs[Symbol.iterator]();
  const pending: Array<{ readonly result: Promise<Out>; settled: boolean }> = [];
  const fill = () => {
    while (pending.length < Math.max(1, window)) {
      const next = iterator.next();
      if (next.done) return;
      const entry = { result: map(next.value), settled: false };
      // Awaited in turn below; until then a rejection must not count as unhandled.
      entry.result.then(
        () => (entry.settled = true),
        () => (entry.settled = true),
      );
      pending.push(entry);
    }
  };
  fill();
  while (pending.length) {
    const group = [await pending.shift()!.result];
    while (pending[0]?.settled) group.push(await pending.shift()!.result);
    // One call at a time: the next input is taken only after this result is handled, as `mapInOrder` does.
    if (window > 1) fill();
    yield group;
    fill();
  }
}
