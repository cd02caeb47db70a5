import type { Kysely, Migration } from 'kysely';

/**
 * Users, their sign-in sessions and their API tokens. Sessions and tokens are kept only as
 * SHA-256 hashes, so a copy of the store lets nobody sign in; passwords only as scrypt hashes.
 */
export const accountsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      // The name folded for lookup (NFC, lower case): two users cannot differ only in case.
      .addColumn('name_key', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('party', 'text')
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_key', 'text', (c) => c.notNull().references('users.name_key'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('user_key', 'text', (c) => c.notNull().references('users.name_key'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_key').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['api_tokens', 'sessions', 'users']) await db.schema.dropTable(table).execute();
  },
};
