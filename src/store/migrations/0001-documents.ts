import { sql, type Kysely, type Migration } from 'kysely';

/** Documents, their versions by locator, their furniture spans and messages. */
export const documentsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('encoding', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('subtitle', 'text')
      .addColumn('published', 'text')
      .addColumn('authors', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('byte_size', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('document_versions')
      .addColumn('locator', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('document_versions_pk', ['locator', 'version'])
      .execute();
    await db.schema.createIndex('document_versions_document').on('document_versions').column('document_id').execute();
    await db.schema
      .createTable('chrome_spans')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addCheckConstraint('chrome_spans_ordered', sql`"start" <= "end"`)
      .execute();
    await db.schema.createIndex('chrome_spans_document').on('chrome_spans').column('document_id').execute();
    await db.schema
      .createTable('messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('start', 'integer')
      .addColumn('end', 'integer')
      .execute();
    await db.schema.createIndex('messages_document').on('messages').column('document_id').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['messages', 'chrome_spans', 'document_versions', 'documents'])
      await db.schema.dropTable(table).execute();
  },
};
