import type { Kysely, Migration } from 'kysely';

/**
 * When a document's evidence proposals were made. Storing a document and proposing from it are
 * separate steps, and a crash between them used to leave the document stored but never proposed
 * from (the next ingest saw it unchanged); documents without a date are the work still to do.
 * Documents stored before this migration start without one, so the next run proposes from them.
 */
export const proposalWorkMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('documents').addColumn('proposed_at', 'text').execute();
    await db.schema.createIndex('documents_proposed_at').on('documents').column('proposed_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('documents_proposed_at').execute();
    await db.schema.alterTable('documents').dropColumn('proposed_at').execute();
  },
};
