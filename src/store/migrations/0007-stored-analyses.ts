import type { Kysely, Migration } from 'kysely';

/**
 * Each document's analysis, stored once: the layers and messages the document stages made, as
 * JSON, with the pipeline version that made them. Reads use these instead of analysing again; a
 * newer pipeline re-analyses the documents of other versions in the background. A document the
 * pipeline could not analyse keeps its fatal message in `failure` and no layers, so it is not tried
 * again until the version changes. Documents stored before this migration have no row: they count
 * as analysed by no version, and are analysed once in the background.
 */
export const storedAnalysesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('document_analyses')
      .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
      .addColumn('pipeline_version', 'text', (c) => c.notNull())
      .addColumn('layers', 'text')
      .addColumn('messages', 'text', (c) => c.notNull())
      .addColumn('failure', 'text')
      .addColumn('analysed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('document_analyses_version')
      .on('document_analyses')
      .column('pipeline_version')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('document_analyses').execute();
  },
};
