import type { Kysely, Transaction } from 'kysely';
import type {
  Agreement,
  CommitmentDefinition,
  ImplementationStatus,
  Indicator,
  Meeting,
  Party,
} from '../../core/index.js';
import type { Selectable } from 'kysely';
import type { CommitmentsTable, Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** A commitment with its current joint status. */
export interface TrackedCommitment extends CommitmentDefinition {
  readonly jointStatus: ImplementationStatus;
}

function toCommitment(row: Selectable<CommitmentsTable>): TrackedCommitment {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    title: row.title,
    text: row.text,
    parties: JSON.parse(row.parties) as string[],
    leads: JSON.parse(row.leads) as Record<string, string>,
    area: row.area,
    contexts: JSON.parse(row.contexts) as string[],
    keywords: JSON.parse(row.keywords) as string[],
    start: row.start,
    due: row.due,
    cadence: row.cadence,
    milestones: JSON.parse(row.milestones) as CommitmentDefinition['milestones'],
    jointStatus: row.joint_status as ImplementationStatus,
    indicators: JSON.parse(row.indicators) as Indicator[],
  };
}

/** Agreements with their meetings and commitments. */
export class AgreementsRepository {
  constructor(private readonly db: Executor) {}

  within(trx: Transaction<Database>): AgreementsRepository {
    return new AgreementsRepository(trx);
  }

  /** Writes an agreement's definition; commitments keep their joint status when re-imported. */
  async save(agreement: Agreement, importedAt: string, initialStatus: ImplementationStatus): Promise<void> {
    const row = {
      title: agreement.title,
      date: agreement.date,
      illustrative: agreement.illustrative ? 1 : 0,
      facts_as_of: agreement.factsAsOf,
      parties: JSON.stringify(agreement.parties),
      sources: JSON.stringify(agreement.sources),
      imported_at: importedAt,
    };
    const updated = await this.db.updateTable('agreements').set(row).where('id', '=', agreement.id).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      await this.db
        .insertInto('agreements')
        .values({ id: agreement.id, ...row })
        .execute();
    await this.db.deleteFrom('meetings').where('agreement_id', '=', agreement.id).execute();
    for (const meeting of agreement.meetings) {
      await this.db
        .insertInto('meetings')
        .values({ agreement_id: agreement.id, date: meeting.date, place: meeting.place, summary: meeting.summary })
        .execute();
    }
    for (const [position, commitment] of agreement.commitments.entries()) {
      const values = {
        agreement_id: agreement.id,
        position,
        title: commitment.title,
        text: commitment.text,
        parties: JSON.stringify(commitment.parties),
        leads: JSON.stringify(commitment.leads),
        area: commitment.area,
        contexts: JSON.stringify(commitment.contexts),
        keywords: JSON.stringify(commitment.keywords),
        start: commitment.start,
        due: commitment.due,
        cadence: commitment.cadence,
        milestones: JSON.stringify(commitment.milestones),
        indicators: JSON.stringify(commitment.indicators ?? []),
      };
      const result = await this.db
        .updateTable('commitments')
        .set(values)
        .where('id', '=', commitment.id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0)
        await this.db
          .insertInto('commitments')
          .values({ id: commitment.id, ...values, joint_status: initialStatus })
          .execute();
    }
  }

  async list(): Promise<Array<Omit<Agreement, 'commitments' | 'meetings'>>> {
    const rows = await this.db.selectFrom('agreements').selectAll().orderBy('date').orderBy('id').execute();
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      date: row.date,
      illustrative: row.illustrative === 1,
      factsAsOf: row.facts_as_of,
      parties: JSON.parse(row.parties) as Party[],
      sources: JSON.parse(row.sources) as string[],
    }));
  }

  /** An agreement with its meetings and commitments (in file order), or null. */
  async get(
    id: string,
  ): Promise<(Omit<Agreement, 'commitments'> & { commitments: readonly TrackedCommitment[] }) | null> {
    const header = (await this.list()).find((agreement) => agreement.id === id);
    if (!header) return null;
    const meetings = await this.db
      .selectFrom('meetings')
      .select(['date', 'place', 'summary'])
      .where('agreement_id', '=', id)
      .orderBy('date')
      .execute();
    const commitments = await this.db
      .selectFrom('commitments')
      .selectAll()
      .where('agreement_id', '=', id)
      .orderBy('position')
      .execute();
    return { ...header, meetings: meetings as Meeting[], commitments: commitments.map(toCommitment) };
  }

  async commitment(id: string): Promise<TrackedCommitment | null> {
    const row = await this.db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toCommitment(row) : null;
  }

  async setJointStatus(id: string, status: ImplementationStatus): Promise<void> {
    await this.db.updateTable('commitments').set({ joint_status: status }).where('id', '=', id).execute();
  }
}
