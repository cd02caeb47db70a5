import { sql, type Kysely, type Migration } from 'kysely';

/** Agreements, commitments, party assessments, the status change log, evidence, proposals, audit. */
export const trackingMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('documents')
      .addColumn('hints', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
    await db.schema
      .createTable('agreements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('illustrative', 'integer', (c) => c.notNull())
      .addColumn('facts_as_of', 'text')
      .addColumn('parties', 'text', (c) => c.notNull())
      .addColumn('sources', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('meetings')
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('place', 'text')
      .addColumn('summary', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('meetings_pk', ['agreement_id', 'date'])
      .execute();
    await db.schema
      .createTable('commitments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('parties', 'text', (c) => c.notNull())
      .addColumn('leads', 'text', (c) => c.notNull())
      .addColumn('area', 'text', (c) => c.notNull())
      .addColumn('contexts', 'text', (c) => c.notNull())
      .addColumn('keywords', 'text', (c) => c.notNull())
      .addColumn('start', 'text')
      .addColumn('due', 'text')
      .addColumn('cadence', 'text')
      .addColumn('milestones', 'text', (c) => c.notNull())
      .addColumn('joint_status', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('assessments')
      .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id'))
      .addColumn('party', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('narrative', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('assessments_pk', ['commitment_id', 'party'])
      .execute();
    await db.schema
      .createTable('status_changes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('by', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('status_changes_commitment')
      .on('status_changes')
      .columns(['commitment_id', 'seq'])
      .execute();
    await db.schema
      .createTable('evidence')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_kind', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addCheckConstraint('evidence_ordered', sql`"start" <= "end"`)
      .execute();
    await db.schema.createIndex('evidence_owner').on('evidence').columns(['owner_kind', 'owner_id']).execute();
    await db.schema
      .createTable('proposals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id'))
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('score', 'real', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('reviewed_by', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint('proposals_ordered', sql`"start" <= "end"`)
      .execute();
    await db.schema.createIndex('proposals_state').on('proposals').columns(['state', 'commitment_id']).execute();
    await db.schema
      .createTable('audit_log')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    // The newest entry's number and hash, kept apart so that removing the last entries shows too.
    await db.schema
      .createTable('audit_head')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'audit_head',
      'audit_log',
      'proposals',
      'evidence',
      'status_changes',
      'assessments',
      'commitments',
      'meetings',
      'agreements',
    ]) {
      await db.schema.dropTable(table).execute();
    }
    await db.schema.alterTable('documents').dropColumn('hints').execute();
  },
};
