import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Two additions. The job queue of an embedded store: one row per job, kept after it ends (completed, or failed
 * with its error). A PostgreSQL store queues its jobs in pg-boss's own schema instead; the table
 * is made there too, so both dialects keep one schema.
 */
export const jobsAndSearchMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('queued', 'running', 'completed', 'failed')`))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('singleton_key', 'text')
      .addColumn('run_after', 'text', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text')
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_after']).execute();
    if (db.getExecutor().adapter instanceof PostgresAdapter) await addTextSearch(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('jobs').execute();
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`ALTER TABLE documents DROP COLUMN IF EXISTS search_vector`.execute(db);
      await sql`DROP FUNCTION IF EXISTS puente_unaccent(text)`.execute(db);
    }
  },
};

/**
 * And on PostgreSQL, its own full-text search: each document's title and text as a `tsvector` (the
 * body is kept as spans of the text since 0011; furniture words only widen which documents the
 * in-memory index then looks for passages in),
 * stemmed by the Spanish or English dictionary after its language, accents folded by `unaccent`
 * where the server has that extension (else kept: "pública" then matches only "pública"), under a
 * GIN index. SQLite needs nothing stored: its search index is built in memory.
 */
async function addTextSearch(db: Kysely<unknown>): Promise<void> {
  // Installing an extension needs rights the account may lack; a savepoint keeps a refusal from
  // aborting the migration's transaction.
  await sql`SAVEPOINT puente_unaccent`.execute(db);
  let unaccent = true;
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  } catch {
    unaccent = false;
    await sql`ROLLBACK TO SAVEPOINT puente_unaccent`.execute(db);
  }
  await sql`RELEASE SAVEPOINT puente_unaccent`.execute(db);
  // A generated column may call only immutable functions; unaccent() is declared stable because its
  // rules file could change, so it is wrapped with its dictionary named.
  const body = unaccent ? sql.raw(`SELECT unaccent('unaccent'::regdictionary, $1)`) : sql.raw('SELECT $1');
  await sql`CREATE OR REPLACE FUNCTION puente_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ ${body} $$`.execute(
    db,
  );
  await sql`
    ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
      to_tsvector(CASE WHEN language = 'es' THEN 'spanish'::regconfig ELSE 'english'::regconfig END,
                  puente_unaccent(coalesce(title, '') || ' ' || text))
    ) STORED`.execute(db);
  await sql`CREATE INDEX documents_search ON documents USING gin (search_vector)`.execute(db);
}
