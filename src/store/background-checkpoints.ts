import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import { sqliteFileOf } from './sqlite-file.js';

/** How often the background thread copies the write-ahead log into the store, in milliseconds. */
const CHECKPOINT_EVERY_MS = 50;
/**
 * While a background thread checkpoints, the log pages after which the writer checkpoints itself
 * (SQLite's default is 1,000): a backstop, should the thread fall behind or a reader keep the log
 * from being reset, that keeps the log under about 40 MB.
 */
const WRITER_CHECKPOINT_PAGES = 10_000;

/**
 * The thread's whole program: its own connection to the file, a passive checkpoint every few
 * milliseconds (it copies what is committed without blocking the writer or readers), and a last one
 * when told to stop.
 */
const checkpointerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick tries again */ } };
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/**
 * Moves the copying of an SQLite store's write-ahead log into the store file (a checkpoint) off the
 * thread that writes, for a long run of writes such as an ingest. By default the connection that
 * commits does it whenever the log passes 1,000 pages, inside that commit: a tenth of an ingest's
 * time on a store of 90,000 documents, on the one thread that stores. A thread of its own does it
 * here, while the writer goes on. Returns what stops the thread (after one last checkpoint) and
 * puts the writer's own checkpoints back as they were; a store that is not an SQLite file gets nothing started.
 */
export async function backgroundCheckpoints(db: Kysely<Database>): Promise<() => Promise<void>> {
  const path = sqliteFileOf(db);
  if (!path) return async () => undefined;
  const setting = await sql<Record<string, number>>`PRAGMA wal_autocheckpoint`.execute(db);
  const writerPages = Number(Object.values(setting.rows[0] ?? {})[0] ?? 1_000);
  const setWriterPages = (pages: number) => sql`PRAGMA wal_autocheckpoint = ${sql.raw(String(pages))}`.execute(db);
  await setWriterPages(WRITER_CHECKPOINT_PAGES);
  const worker = new Worker(checkpointerSource, {
    eval: true,
    workerData: {
      path,
      everyMs: CHECKPOINT_EVERY_MS,
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
    },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // A thread that fails to start or dies leaves the work to the writer's own checkpoints (the backstop).
  worker.on('error', () => undefined);
  return async () => {
    worker.postMessage('stop');
    await exited;
    await setWriterPages(writerPages);
  };
}
