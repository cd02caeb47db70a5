import type { Kysely, Migration } from 'kysely';

/**
 * Feeds being watched, each with its polling interval, the validators of its last copy (for
 * conditional requests), its last error and its next try; and the items already read from each,
 * so a poll fetches only what is new.
 */
export const watchesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('watches')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text')
      .addColumn('every_seconds', 'integer', (c) => c.notNull())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_checked_at', 'text')
      .addColumn('last_success_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_try_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('watches_next_try').on('watches').column('next_try_at').execute();
    await db.schema
      .createTable('watch_items')
      .addColumn('watch_url', 'text', (c) => c.notNull().references('watches.url').onDelete('cascade'))
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('locator', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('watch_items_pk', ['watch_url', 'item_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('watch_items').execute();
    await db.schema.dropTable('watches').execute();
  },
};
