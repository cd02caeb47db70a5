import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The SQLite files of the store handles opened on one (see `rememberSqliteFile`). */
const sqliteFiles = new WeakMap<Kysely<Database>, string>();

/**
 * Records that a store handle is an SQLite file at this path: other threads open their own
 * connections to it (background checkpoints, the copy checks of a parallel ingest).
 */
export function rememberSqliteFile(db: Kysely<Database>, path: string): void {
  if (path !== ':memory:' && path !== '') sqliteFiles.set(db, path);
}

/** The SQLite file a store handle was opened on; undefined for PostgreSQL or a store in memory. */
export function sqliteFileOf(db: Kysely<Database>): string | undefined {
  return sqliteFiles.get(db);
}
