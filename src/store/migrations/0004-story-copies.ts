import type { Kysely, Migration } from 'kysely';

/**
 * Copies of one story. `document_bands` holds each stored body's MinHash band keys, so that a new
 * document finds the stored ones it may copy with one indexed lookup; `document_copies` keeps every
 * copy that was stored as its story rather than as a document of its own: where it was read, the
 * outlet, title and date it gave, and how much of its text the story shares. Documents stored
 * before this migration have no band keys, and are not found as stories of later copies.
 */
export const storyCopiesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('document_bands')
      .addColumn('band_key', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('document_bands_pk', ['band_key', 'document_id'])
      .execute();
    await db.schema
      .createTable('document_copies')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('locator', 'text', (c) => c.notNull())
      .addColumn('copy_id', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('outlet', 'text')
      .addColumn('title', 'text')
      .addColumn('published', 'text')
      .addColumn('containment', 'real', (c) => c.notNull())
      .addColumn('jaccard', 'real', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('document_copies_pk', ['document_id', 'locator', 'copy_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('document_copies').execute();
    await db.schema.dropTable('document_bands').execute();
  },
};
