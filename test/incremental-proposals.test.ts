/**
 * Evidence proposals are made only for what is new: documents not yet proposed from, scored
 * against the whole store through its stored term counts, and commitments that are new or changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { defaultReadLimits } from '../src/readers/index.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { IngestService } from '../src/services/ingest.service.js';
import { ProposalService } from '../src/services/proposal.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import { PassageTermsRepository } from '../src/store/repositories/passage-terms.repository.js';
import type { Database } from '../src/store/schema.js';
import { steppingClock } from './helpers/clock.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const folder = join(repoRoot, 'example', 'documents');
const first = ['01-rubio-sheinbaum-meeting.txt', '03-prisoner-transfers-2025.txt', '05-huachicol-y-armas.txt'].map(
  (name) => join(folder, name),
);
const second = [
  '02-reunion-palacio-nacional.txt',
  '04-fto-designation-feb-2025.txt',
  '06-analyst-note-follow-up.md',
  '07-primera-reunion-mcallen.txt',
].map((name) => join(folder, name));
const admin = { name: 'Secretariat', party: null, role: 'admin' as const };

type Store = Awaited<ReturnType<typeof newTestStore>>;

async function proposalRows(db: Kysely<Database>): Promise<Array<Record<string, unknown>>> {
  return db
    .selectFrom('proposals')
    .select(['id', 'commitment_id', 'document_id', 'start', 'end', 'kind', 'score', 'reason'])
    .orderBy('id')
    .execute();
}

/** Ingests paths and proposes from them, as `puente ingest` does. */
async function ingest(db: Kysely<Database>, paths: readonly string[]): Promise<void> {
  const clock = steppingClock();
  await new IngestService(db, clock).ingestPaths(paths, defaultReadLimits);
  await new ProposalService(db, clock).proposePending();
}

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let stores: Store[] = [];
  const store = async () => {
    const made = await newTestStore(dialect);
    stores.push(made);
    await new TrackingService(made.db, steppingClock()).importAgreement(agreement, admin);
    return made.db;
  };
  beforeEach(() => void (stores = []));
  afterEach(async () => {
    for (const made of stores) await made.close();
  });

  it('scores documents added later as if the store had been proposed from all at once', async () => {
    const later = await store();
    await ingest(later, first);
    await ingest(later, second);
    const together = await store();
    await ingest(together, [...first, ...second]);
    const secondIds = new Set(
      (await later.selectFrom('document_versions').select(['document_id', 'locator']).execute())
        .filter((row) => second.includes(row.locator))
        .map((row) => row.document_id),
    );
    const ofSecond = (rows: Array<Record<string, unknown>>) =>
      rows.filter((row) => secondIds.has(String(row.document_id)));
    expect(ofSecond(await proposalRows(together)).length).toBeGreaterThan(3);
    expect(ofSecond(await proposalRows(later))).toEqual(ofSecond(await proposalRows(together)));
    const terms = new PassageTermsRepository(later);
    expect(await terms.totals()).toEqual(await new PassageTermsRepository(together).totals());
  });

  it('does not score stored documents again, unless a commitment is new or changed', async () => {
    const db = await store();
    await ingest(db, first);
    const before = await proposalRows(db);
    expect(before.length).toBeGreaterThan(0);
    // Were the first documents scored again, their proposals would come back.
    await db.deleteFrom('proposals').execute();
    await ingest(db, second);
    const afterSecond = await proposalRows(db);
    const firstIds = new Set(before.map((row) => row.document_id));
    expect(afterSecond.filter((row) => firstIds.has(row.document_id))).toEqual([]);
    expect(await new ProposalService(db).proposePending()).toEqual([]);
    // A commitment whose wording changed is proposed against every document again.
    const changed = String(before[0]!.commitment_id);
    await db
      .updateTable('commitment_queries')
      .set({ fingerprint: 'an older wording' })
      .where('commitment_id', '=', changed)
      .execute();
    await new ProposalService(db).proposePending();
    const back = (await proposalRows(db)).filter((row) => firstIds.has(row.document_id));
    expect(back.length).toBeGreaterThan(0);
    expect(back.every((row) => row.commitment_id === changed)).toBe(true);
    // … scored as in a store proposed from all at once.
    const together = await store();
    await ingest(together, [...first, ...second]);
    expect(back).toEqual(
      (await proposalRows(together)).filter((row) => row.commitment_id === changed && firstIds.has(row.document_id)),
    );
  });

  it('judges pending documents a batch at a time as it would all at once', async () => {
    const together = await store();
    await ingest(together, [...first, ...second]);
    const batched = await store();
    const clock = steppingClock();
    await new IngestService(batched, clock).ingestPaths([...first, ...second], defaultReadLimits);
    // Seven pending documents, two at a time: four batches, each stored in its own transaction.
    await new ProposalService(batched, clock, undefined, undefined, 2).proposePending();
    expect((await proposalRows(together)).length).toBeGreaterThan(3);
    expect(await proposalRows(batched)).toEqual(await proposalRows(together));
    expect(await new PassageTermsRepository(batched).totals()).toEqual(
      await new PassageTermsRepository(together).totals(),
    );
    const terms = (db: Kysely<Database>) =>
      db.selectFrom('passage_terms').select(['term', 'passages']).orderBy('term').execute();
    expect(await terms(batched)).toEqual(await terms(together));
    expect(await new ProposalService(batched).proposePending()).toEqual([]);
  });

  it('counts a store made before term counts were kept, once', async () => {
    const db = await store();
    await ingest(db, [...first, ...second]);
    const terms = new PassageTermsRepository(db);
    const totals = await terms.totals();
    const someTerms = (await db.selectFrom('passage_terms').select(['term', 'passages']).orderBy('term').execute()).map(
      (row) => ({ term: row.term, passages: Number(row.passages) }),
    );
    expect(totals.documents).toBe(7);
    await terms.clear();
    await sql`UPDATE proposals SET score = 0`.execute(db);
    // An empty run recounts the documents, and scores nothing again.
    expect(await new ProposalService(db).proposePending()).toEqual([]);
    expect(await terms.totals()).toEqual(totals);
    expect(
      (await db.selectFrom('passage_terms').select(['term', 'passages']).orderBy('term').execute()).map((row) => ({
        term: row.term,
        passages: Number(row.passages),
      })),
    ).toEqual(someTerms);
  });
});
