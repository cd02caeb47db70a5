import type { Kysely } from 'kysely';
import { openDatabase, StoreError, storeConfigFrom } from '../store/database.js';
import type { Database } from '../store/schema.js';

/** Whether an error means the store stayed busy with other writers (for the shells to say so). */
export { isWriteConflict } from '../store/write-transaction.js';

/** An open store: what `createServices` takes and a shell closes with `destroy()`. */
export type Store = Kysely<Database>;

/** The limits on what is read, by default (a shell overrides the largest size). */
export { defaultReadLimits, type ReadLimits } from '../readers/index.js';

/** Which store a location names (a SQLite path or a PostgreSQL URL), and how to name it without its password. */
export { describeStore, storeConfigFrom, type StoreConfig } from '../store/database.js';

/** Opens the store at a location (a SQLite path or a PostgreSQL URL), or says on stderr why it cannot and returns null. */
export async function openStore(location: string, io: { error(line: string): void }): Promise<Store | null> {
  try {
    return await openDatabase(storeConfigFrom(location));
  } catch (error) {
    if (error instanceof StoreError) {
      io.error(error.message);
      return null;
    }
    throw error;
  }
}
