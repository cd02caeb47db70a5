import type { Kysely, Migration } from 'kysely';

/**
 * Indexes that serve the paged lists in their own order, so a page reads its rows and no more:
 * documents oldest first, and proposals best score first within a state (and a commitment).
 */
export const listIndexesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('documents_created').on('documents').columns(['created_at', 'id']).execute();
    await db.schema
      .createIndex('proposals_state_score')
      .on('proposals')
      .columns(['state', 'score desc', 'id'])
      .execute();
    await db.schema
      .createIndex('proposals_commitment_score')
      .on('proposals')
      .columns(['commitment_id', 'state', 'score desc', 'id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('proposals_commitment_score').execute();
    await db.schema.dropIndex('proposals_state_score').execute();
    await db.schema.dropIndex('documents_created').execute();
  },
};
