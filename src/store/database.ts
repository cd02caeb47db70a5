import BetterSqlite3 from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationResultSet, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { migrationProvider } from './migrations/index.js';
import { rememberSqliteFile } from './sqlite-file.js';
import { isWriteConflict } from './write-transaction.js';

/** Where the store lives: an embedded SQLite file (default) or a PostgreSQL server. */
export type StoreConfig =
  | {
      readonly dialect: 'sqlite';
      readonly path: string;
      /** How long a statement waits for another connection's write lock before it fails (then retried). Default 5000 ms. */
      readonly busyTimeoutMs?: number;
    }
  | { readonly dialect: 'postgres'; readonly connectionString: string };

/**
 * The store a `--db` value or PUENTE_DB names: a `postgres://` or `postgresql://` URL is a
 * PostgreSQL server, anything else the path of an embedded SQLite file.
 */
export function storeConfigFrom(location: string): StoreConfig {
  return /^postgres(?:ql)?:\/\//i.test(location)
    ? { dialect: 'postgres', connectionString: location }
    : { dialect: 'sqlite', path: location };
}

/** The store's location for people to read: a PostgreSQL URL without its password. */
export function describeStore(config: StoreConfig): string {
  return config.dialect === 'sqlite' ? config.path : config.connectionString.replace(/:[^:@/]+@/, ':***@');
}

/** The store could not be opened or brought up to date; carries the location and the reason. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** Opens the store and applies every pending migration. */
export async function openDatabase(config: StoreConfig): Promise<Kysely<Database>> {
  const db = createDatabase(config);
  const { error, results } = await migrate(db);
  if (error) {
    await db.destroy();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(
      `${describeStore(config)}: migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return db;
}

/** Applies pending migrations; two processes opening a new store at once both get there. */
async function migrate(db: Kysely<Database>): Promise<MigrationResultSet> {
  for (let attempt = 1; ; attempt++) {
    const result = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
    // The migrator reads then writes; a writer that committed in between makes this attempt fail
    // with nothing applied, and the next one finds that writer's work done.
    if (!result.error || !isWriteConflict(result.error) || attempt >= 5) return result;
    await sleep(50 * attempt);
  }
}

/** Creates a Kysely instance for the configured dialect, without migrating. */
export function createDatabase(config: StoreConfig): Kysely<Database> {
  if (config.dialect === 'postgres') {
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.connectionString, max: 4 }) }),
    });
  }
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(config.path);
    // Another process (a second ingest, the server) may hold the write lock for one document's
    // transaction; wait for it rather than fail. What waiting cannot fix, writeTransaction retries.
    sqlite.pragma(`busy_timeout = ${Math.max(0, Math.trunc(config.busyTimeoutMs ?? 5000))}`);
    // Opening never reads the file; this pragma does, so a file that is not a database fails here.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // Temporary b-trees and statement journals in memory, not in files under /var/tmp: storing a
    // document inserts its 64 band keys in one statement, whose journal spilled to a new file for
    // every document (a third of the bytes an ingest wrote).
    sqlite.pragma('temp_store = MEMORY');
  } catch (error) {
    sqlite?.close();
    throw new StoreError(
      `${config.path}: cannot open the SQLite store (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  rememberSqliteFile(db, config.path);
  return db;
}

/**
 * A read-only connection to an SQLite store that exists and is migrated, for another thread to
 * read from while this one writes: the write-ahead log lets readers and one writer work at once,
 * each reader on the store as of its last commit. Nothing is migrated or written through it.
 */
export function openStoreReader(path: string): Kysely<Database> {
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    sqlite?.close();
    throw new StoreError(
      `${path}: cannot open the SQLite store to read (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** Statements kept prepared per SQLite handle: the store's queries take a few dozen shapes. */
const STATEMENTS_KEPT = 256;

/**
 * The SQLite handle as Kysely uses it, keeping the statements of the latest SQL texts prepared:
 * Kysely prepares every query it runs, and compiling a statement costs more than running most of
 * them (an ingest runs the same few statements for every document). A statement still being
 * iterated is not handed out again; a fresh one is prepared instead.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (text: string) => {
      const kept = statements.get(text);
      if (kept && !kept.busy) {
        // Most recently used last, so that the first is the one to drop.
        statements.delete(text);
        statements.set(text, kept);
        return kept;
      }
      const statement = sqlite.prepare(text);
      statements.set(text, statement);
      if (statements.size > STATEMENTS_KEPT) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}
