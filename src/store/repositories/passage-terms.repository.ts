import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The documents, passages and passage terms counted so far. */
export interface PassageTotals {
  readonly documents: number;
  readonly passages: number;
  readonly terms: number;
}

/** Term statistics of the documents proposed from, and what each commitment was proposed with. */
export class PassageTermsRepository {
  constructor(private readonly db: Executor) {}

  within(trx: Transaction<Database>): PassageTermsRepository {
    return new PassageTermsRepository(trx);
  }

  async totals(): Promise<PassageTotals> {
    const row = await this.db.selectFrom('passage_totals').selectAll().where('id', '=', 1).executeTakeFirst();
    return {
      documents: Number(row?.documents ?? 0),
      passages: Number(row?.passages ?? 0),
      terms: Number(row?.terms ?? 0),
    };
  }

  /** How many counted passages hold each of these terms (0 for a term never seen). */
  async frequencies(terms: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>(terms.map((term) => [term, 0]));
    const unique = [...found.keys()];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.db
        .selectFrom('passage_terms')
        .select(['term', 'passages'])
        .where('term', 'in', unique.slice(i, i + 500))
        .execute();
      for (const row of rows) found.set(row.term, Number(row.passages));
    }
    return found;
  }

  /** Adds the counts of more documents: passages per term, and the totals. */
  async add(frequencies: ReadonlyMap<string, number>, totals: PassageTotals): Promise<void> {
    const rows = [...frequencies].map(([term, passages]) => ({ term, passages }));
    // Chunked, as both dialects cap the number of bound parameters in one statement.
    for (let i = 0; i < rows.length; i += 500) {
      await this.db
        .insertInto('passage_terms')
        .values(rows.slice(i, i + 500))
        .onConflict((conflict) =>
          conflict.column('term').doUpdateSet({ passages: sql<number>`passage_terms.passages + excluded.passages` }),
        )
        .execute();
    }
    await this.db
      .insertInto('passage_totals')
      .values({ id: 1, documents: totals.documents, passages: totals.passages, terms: totals.terms })
      .onConflict((conflict) =>
        conflict.column('id').doUpdateSet({
          documents: sql<number>`passage_totals.documents + excluded.documents`,
          passages: sql<number>`passage_totals.passages + excluded.passages`,
          terms: sql<number>`passage_totals.terms + excluded.terms`,
        }),
      )
      .execute();
  }

  /** Forgets every count, before counting the store again. */
  async clear(): Promise<void> {
    await this.db.deleteFrom('passage_terms').execute();
    await this.db.deleteFrom('passage_totals').execute();
  }

  /** The fingerprint each commitment of an agreement was last proposed with. */
  async fingerprints(agreementId: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('commitment_queries')
      .select(['commitment_id', 'fingerprint'])
      .where('agreement_id', '=', agreementId)
      .execute();
    return new Map(rows.map((row) => [row.commitment_id, row.fingerprint]));
  }

  async setFingerprints(agreementId: string, fingerprints: ReadonlyMap<string, string>): Promise<void> {
    for (const [commitmentId, fingerprint] of fingerprints) {
      await this.db
        .insertInto('commitment_queries')
        .values({ agreement_id: agreementId, commitment_id: commitmentId, fingerprint })
        .onConflict((conflict) => conflict.columns(['agreement_id', 'commitment_id']).doUpdateSet({ fingerprint }))
        .execute();
    }
  }
}
