import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * On SQLite, a count of the band keys ever removed from `document_bands` (deleted, or changed),
 * kept by triggers. A thread that looked up a document's band keys on its own read-only connection
 * notes the count and the highest row id it saw; the writer then knows whether the buckets it read
 * changed since: a new row has a higher row id, and anything else counts here. (Row ids alone would
 * not tell: after the newest rows are deleted, SQLite hands their ids out again.) PostgreSQL stores
 * have no such readers and get nothing.
 */
export const bandRemovalsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
    await db.schema
      .createTable('band_removals')
      .addColumn('removed', 'integer', (c) => c.notNull())
      .execute();
    await sql`INSERT INTO band_removals (removed) VALUES (0)`.execute(db);
    await sql`CREATE TRIGGER document_bands_deleted AFTER DELETE ON document_bands
      BEGIN UPDATE band_removals SET removed = removed + 1; END`.execute(db);
    await sql`CREATE TRIGGER document_bands_updated AFTER UPDATE ON document_bands
      BEGIN UPDATE band_removals SET removed = removed + 1; END`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
    await sql`DROP TRIGGER IF EXISTS document_bands_deleted`.execute(db);
    await sql`DROP TRIGGER IF EXISTS document_bands_updated`.execute(db);
    await db.schema.dropTable('band_removals').execute();
  },
};
