import type { Kysely } from 'kysely';
import { openDatabase, StoreError, storeConfigFrom } from '../store/database.js';
import type { Database } from '../store/schema.js';

/** Whether an error means the store stayed busy with other writers (for the shells to say so). */
export { isWriteConflict } from '../store/write-transaction.js';

/** Opens the store at a location (a SQLite path or a PostgreSQL URL), or says on stderr why it cannot and returns null. */
export async function openStore(location: string, io: { error(line: string): void }): Promise<Kysely<Database> | null> {
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
