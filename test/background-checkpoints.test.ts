/**
 * A long ingest's checkpoints run in a thread of their own: the store file takes in what the
 * write-ahead log holds while the writer goes on, below the point where the writer would do it.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { backgroundCheckpoints } from '../src/store/background-checkpoints.js';
import { openDatabase } from '../src/store/database.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'puente-checkpoints-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const autocheckpoint = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  Number(Object.values((await sql<Record<string, number>>`PRAGMA wal_autocheckpoint`.execute(db)).rows[0]!)[0]);

/** Writes about 2 MB in 20 transactions: under the 1,000 pages (4 MB) at which the writer checkpoints itself. */
async function write(db: Awaited<ReturnType<typeof openDatabase>>): Promise<void> {
  await sql`CREATE TABLE filler (k INTEGER PRIMARY KEY, v TEXT NOT NULL)`.execute(db);
  for (let t = 0; t < 20; t++)
    await db.transaction().execute(async (trx) => {
      for (let r = 0; r < 10; r++) await sql`INSERT INTO filler (v) VALUES (${'x'.repeat(10_000)})`.execute(trx);
    });
}

async function fileGrows(path: string, from: number): Promise<boolean> {
  for (let tries = 0; tries < 25; tries++) {
    if (statSync(path).size > from + 1_000_000) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

it('copies the log into the store file from its own thread, and hands checkpoints back to the writer when stopped', async () => {
  const path = join(dir, 'store.db');
  const db = await openDatabase({ dialect: 'sqlite', path });
  try {
    const stop = await backgroundCheckpoints(db);
    expect(await autocheckpoint(db)).toBe(10_000);
    const before = statSync(path).size;
    await write(db);
    // Only a checkpoint writes pages into the store file, and the writer has not reached its own.
    expect(await fileGrows(path, before)).toBe(true);
    await stop();
    expect(await autocheckpoint(db)).toBe(1_000);
    expect(Number((await sql<{ n: number }>`SELECT count(*) AS n FROM filler`.execute(db)).rows[0]!.n)).toBe(200);
  } finally {
    await db.destroy();
  }
});

it('leaves a store alone where nobody checkpoints in the background', async () => {
  const path = join(dir, 'store.db');
  const db = await openDatabase({ dialect: 'sqlite', path });
  try {
    const before = statSync(path).size;
    await write(db);
    // The same writes with the writer's checkpoints alone stay in the log: the first test's growth is the thread's.
    expect(await fileGrows(path, before)).toBe(false);
  } finally {
    await db.destroy();
  }
});
