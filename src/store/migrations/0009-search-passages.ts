import { sql, SqliteAdapter, type Kysely, type Migration } from 'kysely';

/**
 * Search over the article text, on SQLite: an FTS5 table of passages (a document's paragraphs
 * outside its furniture), whose `terms` are the passage's words already folded (case, accents) and
 * stemmed by Puente's own rules, so that FTS5 matches every word and ranks by its BM25 while the
 * folding stays the same for both languages. `search_documents` says which documents are indexed,
 * with the furniture they were indexed with (a newer pipeline may find other furniture). On
 * PostgreSQL nothing is created: search there runs in memory over the served collection.
 */
export const searchPassagesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    // Also (both dialects): the indicators a commitment names, as JSON like its milestones.
    await db.schema
      .alterTable('commitments')
      .addColumn('indicators', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
    await sql`CREATE VIRTUAL TABLE search_passages USING fts5(terms, document_id UNINDEXED, start UNINDEXED, "end" UNINDEXED, tokenize = 'unicode61')`.execute(
      db,
    );
    await db.schema
      .createTable('search_documents')
      .addColumn('document_id', 'text', (c) => c.primaryKey())
      .addColumn('furniture', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('commitments').dropColumn('indicators').execute();
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
    await db.schema.dropTable('search_documents').execute();
    await sql`DROP TABLE search_passages`.execute(db);
  },
};
