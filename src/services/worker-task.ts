import { parentPort, workerData } from 'node:worker_threads';
import type { PoolReply, PoolRequest } from './worker-pool.js';

/**
 * The worker side of a `WorkerPool`: answers each task with `handle(input, workerData)`, or with the
 * error it threw. Call it once, at the top of a worker module.
 */
export function serveTasks<In, Out, Data = unknown>(handle: (input: In, data: Data) => Out | Promise<Out>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks: must run in a worker thread (a WorkerPool starts it)');
  port.on('message', async ({ id, input }: PoolRequest<In>) => {
    let reply: PoolReply<Out>;
    try {
      reply = { id, output: await handle(input, workerData as Data) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
