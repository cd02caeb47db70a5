import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { describe } from 'vitest';
import { openDatabase, type StoreConfig } from '../../src/store/database.js';
import type { Database } from '../../src/store/schema.js';

/** The dialects store tests run on. */
export type Dialect = 'sqlite' | 'postgres';

const adminUrl = process.env.PUENTE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function canReachPostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Whether a PostgreSQL server answers; PUENTE_TEST_PG=1 makes its absence a failure, not a skip. */
const postgresAvailable = process.env.PUENTE_TEST_PG === '1' || (await canReachPostgres());

let counter = 0;

/**
 * A fresh, migrated store: a SQLite file in a temp folder, or a new PostgreSQL database.
 * `close()` destroys it. Postgres tests are skipped where no server answers, unless
 * PUENTE_TEST_PG=1 demands one.
 */
export async function newTestStore(
  dialect: Dialect,
): Promise<{ db: Kysely<Database>; config: StoreConfig; close: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'puente-store-'));
    return opened({ dialect: 'sqlite', path: join(dir, 'puente.db') }, () =>
      rmSync(dir, { recursive: true, force: true }),
    );
  }
  const name = `puente_test_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return opened({ dialect: 'postgres', connectionString: url.toString() }, async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
    await cleanup.end();
  });
}

/** The store at `config`, whose `close()` destroys the connection, then what `remove` removes. */
async function opened(
  config: StoreConfig,
  remove: () => void | Promise<void>,
): Promise<{ db: Kysely<Database>; config: StoreConfig; close: () => Promise<void> }> {
  const db = await openDatabase(config);
  return {
    db,
    config,
    close: async () => {
      await db.destroy();
      await remove();
    },
  };
}

/** Runs a describe block once per dialect (Kysely's DIALECTS loop). */
export function forEachDialect(dialects: readonly Dialect[], body: (dialect: Dialect) => void): void {
  for (const dialect of dialects) {
    if (dialect === 'postgres') {
      describe.skipIf(!postgresAvailable)(`on ${dialect}`, () => body(dialect));
    } else describe(`on ${dialect}`, () => body(dialect));
  }
}
