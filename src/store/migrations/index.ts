import type { Migration, MigrationProvider } from 'kysely';
import { documentsMigration } from './0001-documents.js';
import { trackingMigration } from './0002-tracking.js';
import { proposalWorkMigration } from './0003-proposal-work.js';
import { storyCopiesMigration } from './0004-story-copies.js';
import { watchesMigration } from './0005-watches.js';
import { accountsMigration } from './0006-accounts.js';
import { storedAnalysesMigration } from './0007-stored-analyses.js';
import { listIndexesMigration } from './0008-list-indexes.js';
import { searchPassagesMigration } from './0009-search-passages.js';
import { proposalTermsMigration } from './0011-proposal-terms.js';
import { jobsAndSearchMigration } from './0012-jobs-and-search.js';
import { bandRemovalsMigration } from './0013-band-removals.js';

/** Every migration, by name; names sort in the order they apply. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-documents': documentsMigration,
  '0002-tracking': trackingMigration,
  '0003-proposal-work': proposalWorkMigration,
  '0004-story-copies': storyCopiesMigration,
  '0005-watches': watchesMigration,
  '0006-accounts': accountsMigration,
  '0007-stored-analyses': storedAnalysesMigration,
  '0008-list-indexes': listIndexesMigration,
  '0009-search-passages': searchPassagesMigration,
  '0011-proposal-terms': proposalTermsMigration,
  '0012-jobs-and-search': jobsAndSearchMigration,
  '0013-band-removals': bandRemovalsMigration,
};

/** Hands Kysely's Migrator the migrations compiled into the program (no directory scanning). */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
};
