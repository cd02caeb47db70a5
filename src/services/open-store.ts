import type { Kysely } from 'kysely';
import { openDatabase, StoreError } from '../store/database.js';
import type { Database } from '../store/schema.js';

/** Whether an error means the store stayed busy with other writers (for the shells to say so). */
export { isWriteConflict } from '../store/write-transaction.js';

/** An open store: what `createServices` takes and a shell closes with `destroy()`. */
export type Store = Kysely<Database>;

/** The limits on what is read, by default (a shell overrides the largest size). */
export { defaultReadLimits, type ReadLimits } from '../readers/index.js';

/** Opens the SQLite store at a path, or says on stderr why it cannot and returns null. */
export async function openStore(path: string, io: { error(line: string): void }): Promise<Store | null> {
  try {
    return await openDatabase({ dialect: 'sqlite', path });
  } catch (error) {
    if (error instanceof StoreError) {
      io.error(error.message);
      return null;
    }
    throw error;
  }
}
