import type { Kysely } from 'kysely';
import { openStore } from '../services/open-store.js';
import type { Database } from '../store/schema.js';
import type { CommandIo } from './commands/command-io.js';
import { ExitCode } from './exit-codes.js';
import { databasePathFrom } from './options.js';

/** Opens the store for one command, runs it, and always closes the store. */
export async function withStore(dbOption: string | undefined, io: CommandIo, run: (db: Kysely<Database>) => Promise<number>): Promise<number> {
  const db = await openStore(databasePathFrom(dbOption), io);
  if (!db) return ExitCode.store;
  try {
    return await run(db);
  } finally {
    await db.destroy();
  }
}
