import type { Kysely, Migration } from 'kysely';

/**
 * Storage for a store of many documents. What evidence proposals need to score only new documents. BM25 weighs a term by how many body
 * passages of the whole store hold it: `passage_terms` keeps that count per term, and
 * `passage_totals` (one row) how many documents and passages were counted and their length in
 * terms, over the documents proposed from. `commitment_queries` keeps a fingerprint of what each
 * commitment was last proposed with (title, text, keywords, parties): one that changed, or is new,
 * is proposed against every document again. A store made before this migration starts without
 * counts; the next proposal run counts every document once.
 */
export const proposalTermsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    // The body as the spans of the text it is made of (its paragraphs), instead of a second copy of
    // the text: `body` stays empty where `body_spans` is set. Rows stored before keep their body.
    await db.schema.alterTable('documents').addColumn('body_spans', 'text').execute();
    await db.schema
      .createTable('passage_terms')
      .addColumn('term', 'text', (c) => c.primaryKey())
      .addColumn('passages', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('passage_totals')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('documents', 'integer', (c) => c.notNull())
      .addColumn('passages', 'integer', (c) => c.notNull())
      .addColumn('terms', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('commitment_queries')
      .addColumn('agreement_id', 'text', (c) => c.notNull())
      .addColumn('commitment_id', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('commitment_queries_pk', ['agreement_id', 'commitment_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('commitment_queries').execute();
    await db.schema.dropTable('passage_totals').execute();
    await db.schema.dropTable('passage_terms').execute();
    await db.schema.alterTable('documents').dropColumn('body_spans').execute();
  },
};
