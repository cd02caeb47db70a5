import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Evidence, EvidenceKind, ImplementationStatus, PartyAssessment, StatusChange } from '../../core/index.js';
import type { Database, EvidenceTable, StatusChangesTable } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;
type EvidenceOwner = EvidenceTable['owner_kind'];

const assessmentKey = (commitmentId: string, party: string) => `${commitmentId}|${party}`;

/** Party assessments, the status change log and the evidence attached to them. */
export class AssessmentsRepository {
  constructor(private readonly db: Executor) {}

  within(trx: Transaction<Database>): AssessmentsRepository {
    return new AssessmentsRepository(trx);
  }

  async evidenceOf(kind: EvidenceOwner, ownerId: string): Promise<Evidence[]> {
    const rows = await this.db
      .selectFrom('evidence')
      .selectAll()
      .where('owner_kind', '=', kind)
      .where('owner_id', '=', ownerId)
      .orderBy('document_id')
      .orderBy('start')
      .execute();
    return rows.map((row) => ({
      documentId: row.document_id,
      start: Number(row.start),
      end: Number(row.end),
      kind: row.kind as EvidenceKind,
      note: row.note,
    }));
  }

  async attachEvidence(kind: EvidenceOwner, ownerId: string, evidence: readonly Evidence[]): Promise<void> {
    for (const item of evidence) {
      await this.db
        .insertInto('evidence')
        .values({
          id: randomUUID(),
          owner_kind: kind,
          owner_id: ownerId,
          document_id: item.documentId,
          start: item.start,
          end: item.end,
          kind: item.kind,
          note: item.note,
        })
        .execute();
    }
  }

  async assessments(commitmentId: string): Promise<PartyAssessment[]> {
    const rows = await this.db
      .selectFrom('assessments')
      .selectAll()
      .where('commitment_id', '=', commitmentId)
      .orderBy('party')
      .execute();
    return Promise.all(
      rows.map(async (row) => ({
        commitmentId: row.commitment_id,
        party: row.party,
        status: row.status as ImplementationStatus,
        narrative: row.narrative,
        updatedAt: row.updated_at,
        updatedBy: row.updated_by,
        evidence: await this.evidenceOf('assessment', assessmentKey(row.commitment_id, row.party)),
      })),
    );
  }

  /** Replaces one party's assessment and its evidence. */
  async saveAssessment(assessment: PartyAssessment): Promise<void> {
    const key = { commitment_id: assessment.commitmentId, party: assessment.party };
    const values = {
      status: assessment.status,
      narrative: assessment.narrative,
      updated_at: assessment.updatedAt,
      updated_by: assessment.updatedBy,
    };
    const result = await this.db
      .updateTable('assessments')
      .set(values)
      .where('commitment_id', '=', key.commitment_id)
      .where('party', '=', key.party)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      await this.db
        .insertInto('assessments')
        .values({ ...key, ...values })
        .execute();
    const owner = assessmentKey(assessment.commitmentId, assessment.party);
    await this.db.deleteFrom('evidence').where('owner_kind', '=', 'assessment').where('owner_id', '=', owner).execute();
    await this.attachEvidence('assessment', owner, assessment.evidence);
  }

  async addChange(change: Omit<StatusChange, 'id'>): Promise<StatusChange> {
    const last = await this.db
      .selectFrom('status_changes')
      .select('seq')
      .where('commitment_id', '=', change.commitmentId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const id = randomUUID();
    await this.db
      .insertInto('status_changes')
      .values({
        id,
        commitment_id: change.commitmentId,
        seq: Number(last?.seq ?? 0) + 1,
        scope: change.scope,
        from_status: change.from,
        to_status: change.to,
        at: change.at,
        by: change.by,
        reason: change.reason,
      })
      .execute();
    await this.attachEvidence('status_change', id, change.evidence);
    return { ...change, id };
  }

  /** A commitment's change log, oldest first. */
  async history(commitmentId: string): Promise<StatusChange[]> {
    const rows = await this.db
      .selectFrom('status_changes')
      .selectAll()
      .where('commitment_id', '=', commitmentId)
      .orderBy('seq')
      .execute();
    return Promise.all(rows.map(async (row) => toStatusChange(row, await this.evidenceOf('status_change', row.id))));
  }

  /** Every change made at or after a moment, across commitments, oldest first. */
  async changesSince(at: string): Promise<StatusChange[]> {
    const rows = await this.db
      .selectFrom('status_changes')
      .selectAll()
      .where('at', '>=', at)
      .orderBy('at')
      .orderBy('commitment_id')
      .orderBy('seq')
      .execute();
    return rows.map((row) => toStatusChange(row, []));
  }
}

function toStatusChange(row: Selectable<StatusChangesTable>, evidence: Evidence[]): StatusChange {
  return {
    id: row.id,
    commitmentId: row.commitment_id,
    scope: row.scope,
    from: row.from_status as ImplementationStatus | null,
    to: row.to_status as ImplementationStatus,
    at: row.at,
    by: row.by,
    reason: row.reason,
    evidence,
  };
}
