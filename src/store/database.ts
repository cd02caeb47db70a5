import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { migrationProvider } from './migrations/index.js';

/** Where the store lives: an embedded SQLite file (default) or a PostgreSQL server. */
export type StoreConfig =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly connectionString: string };

/** The store could not be opened or brought up to date; carries the location and the reason. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** Opens the store and applies every pending migration. */
export async function openDatabase(config: StoreConfig): Promise<Kysely<Database>> {
  const db = createDatabase(config);
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`${describe(config)}: migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return db;
}

/** Creates a Kysely instance for the configured dialect, without migrating. */
export function createDatabase(config: StoreConfig): Kysely<Database> {
  if (config.dialect === 'postgres') {
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.connectionString, max: 4 }) }) });
  }
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(config.path);
    // Opening never reads the file; the first pragma does, so a file that is not a database fails here.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite?.close();
    throw new StoreError(`${config.path}: cannot open the SQLite store (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function describe(config: StoreConfig): string {
  return config.dialect === 'sqlite' ? config.path : config.connectionString.replace(/:[^:@/]+@/, ':***@');
}
