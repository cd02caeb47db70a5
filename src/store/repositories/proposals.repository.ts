import type { Kysely, Transaction } from 'kysely';
import type { EvidenceKind, EvidenceProposal } from '../../core/index.js';
import type { Database, ProposalsTable } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Proposals inserted by one statement: 12 columns each, well under both dialects' caps on bound parameters. */
const PROPOSALS_PER_STATEMENT = 200;

/** Which proposals a list keeps: a state, one commitment, or any of several. */
export interface ProposalFilter {
  readonly state?: EvidenceProposal['state'];
  readonly commitmentId?: string;
  readonly commitmentIds?: readonly string[];
}

function toProposal(row: ProposalsTable): EvidenceProposal {
  return {
    id: row.id,
    commitmentId: row.commitment_id,
    documentId: row.document_id,
    start: Number(row.start),
    end: Number(row.end),
    kind: row.kind as EvidenceKind,
    score: Number(row.score),
    reason: row.reason,
    state: row.state as EvidenceProposal['state'],
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
  };
}

/** Evidence proposals and their review state. */
export class ProposalsRepository {
  constructor(private readonly db: Executor) {}

  within(trx: Transaction<Database>): ProposalsRepository {
    return new ProposalsRepository(trx);
  }

  /** Stores proposals not seen before; a reviewed proposal is never reopened. Returns how many were new. */
  async addNew(proposals: readonly EvidenceProposal[], createdAt: string): Promise<number> {
    let added = 0;
    // A few hundred rows a statement: an ingest of 10,000 articles stores about 90,000 proposals,
    // and building, compiling and running a statement for each cost more than storing them. Chunked,
    // as both dialects cap the number of bound parameters in one statement.
    for (let i = 0; i < proposals.length; i += PROPOSALS_PER_STATEMENT) {
      const rows = proposals.slice(i, i + PROPOSALS_PER_STATEMENT).map((proposal) => ({
        id: proposal.id,
        commitment_id: proposal.commitmentId,
        document_id: proposal.documentId,
        start: proposal.start,
        end: proposal.end,
        kind: proposal.kind,
        score: proposal.score,
        reason: proposal.reason,
        state: 'pending' as const,
        reviewed_by: null,
        reviewed_at: null,
        created_at: createdAt,
      }));
      // Another writer may store the same proposal meanwhile (ids are content hashes); it is the same one.
      const result = await this.db
        .insertInto('proposals')
        .values(rows)
        .onConflict((conflict) => conflict.column('id').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  }

  /**
   * Up to `limit` proposals, best score first (then by id), after the one at `after`, filtered by
   * state and commitment (or any of several commitments): the order the `proposals_*_score` indexes keep.
   */
  async page(
    filter: ProposalFilter,
    after: { score: number; id: string } | null,
    limit: number,
  ): Promise<EvidenceProposal[]> {
    let query = this.filtered(filter).selectAll();
    if (after)
      query = query.where((eb) =>
        eb.or([eb('score', '<', after.score), eb.and([eb('score', '=', after.score), eb('id', '>', after.id)])]),
      );
    const rows = await query.orderBy('score', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(toProposal);
  }

  /** How many proposals the filter keeps. */
  async count(filter: ProposalFilter): Promise<number> {
    const row = await this.filtered(filter)
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private filtered(filter: ProposalFilter) {
    let query = this.db.selectFrom('proposals');
    if (filter.state) query = query.where('state', '=', filter.state);
    if (filter.commitmentId) query = query.where('commitment_id', '=', filter.commitmentId);
    if (filter.commitmentIds)
      query = filter.commitmentIds.length
        ? query.where('commitment_id', 'in', filter.commitmentIds)
        : query.where((eb) => eb.lit(false));
    return query;
  }

  /** Proposals, best first, filtered by state and commitment. */
  async list(filter: { state?: EvidenceProposal['state']; commitmentId?: string } = {}): Promise<EvidenceProposal[]> {
    let query = this.db.selectFrom('proposals').selectAll();
    if (filter.state) query = query.where('state', '=', filter.state);
    if (filter.commitmentId) query = query.where('commitment_id', '=', filter.commitmentId);
    const rows = await query.orderBy('score', 'desc').orderBy('id').execute();
    return rows.map(toProposal);
  }

  async get(id: string): Promise<EvidenceProposal | null> {
    const row = await this.db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toProposal(row) : null;
  }

  async setState(id: string, state: EvidenceProposal['state'], reviewedBy: string, reviewedAt: string): Promise<void> {
    await this.db
      .updateTable('proposals')
      .set({ state, reviewed_by: reviewedBy, reviewed_at: reviewedAt })
      .where('id', '=', id)
      .execute();
  }
}
