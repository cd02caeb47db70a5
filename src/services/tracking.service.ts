import type { Kysely, Transaction } from 'kysely';
import {
  ForbiddenError,
  InputError,
  NotFoundError,
  statusLabels,
  type Actor,
  type Agreement,
  type Evidence,
  type ImplementationStatus,
  type PartyAssessment,
  type StatusChange,
} from '../core/index.js';
import type { Database } from '../store/schema.js';
import { writeTransaction } from '../store/write-transaction.js';
import { AgreementsRepository, type TrackedCommitment } from '../store/repositories/agreements.repository.js';
import { AssessmentsRepository } from '../store/repositories/assessments.repository.js';
import { AuditRepository } from '../store/repositories/audit.repository.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import { authorize } from './access-policy.js';
import { indicatorSeries, type IndicatorSeries } from './indicators.js';

/** What a party says about a commitment. */
export interface AssessmentInput {
  readonly status: ImplementationStatus;
  readonly narrative: string;
  readonly evidence?: readonly Evidence[];
}

/** A commitment as the board shows it: joint status and every party's assessment side by side. */
export interface CommitmentView extends TrackedCommitment {
  readonly assessments: readonly PartyAssessment[];
  readonly overdue: boolean;
  /** Each indicator the commitment names, with the points its accepted evidence gives it. */
  readonly indicators: readonly IndicatorSeries[];
}

/**
 * Tracks agreements: imports them, records each party's assessment and keeps the change log.
 * Collaboration without subordination is enforced here: an actor writes only its own party's
 * assessment, and the joint status moves only when every party's assessment agrees.
 */
export class TrackingService {
  private readonly agreements: AgreementsRepository;
  private readonly assessmentsRepo: AssessmentsRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.agreements = new AgreementsRepository(db);
    this.assessmentsRepo = new AssessmentsRepository(db);
  }

  /** Imports (or re-imports) an agreement; commitments keep their statuses and histories. Administrators only. */
  async importAgreement(agreement: Agreement, actor: Actor): Promise<{ created: boolean }> {
    authorize(actor, 'agreements.manage');
    const at = this.now().toISOString();
    return writeTransaction(this.db, async (trx) => {
      const before = await this.agreements.within(trx).get(agreement.id);
      await this.agreements.within(trx).save(agreement, at, 'not_started');
      await new AuditRepository(trx).append({
        at,
        actor: actor.name,
        action: 'agreement.import',
        subject: agreement.id,
        before: before ? { title: before.title, commitments: before.commitments.map((c) => c.id) } : null,
        after: { title: agreement.title, commitments: agreement.commitments.map((c) => c.id) },
      });
      return { created: !before };
    });
  }

  async listAgreements() {
    return this.agreements.list();
  }

  /**
   * An agreement with every commitment's joint status and assessments; NotFoundError when absent.
   * Overdue is counted on `today` when given, else on `overdueDay` (see there).
   */
  async board(agreementId: string, today?: string) {
    const agreement = await this.agreements.get(agreementId);
    if (!agreement) throw new NotFoundError('agreement', agreementId);
    const overdueAsOf = today ?? overdueDay(agreement, this.today());
    const commitments: CommitmentView[] = await Promise.all(
      agreement.commitments.map(async (commitment) => ({
        ...commitment,
        assessments: await this.assessmentsRepo.assessments(commitment.id),
        overdue: isOverdue(commitment, overdueAsOf),
        indicators: await this.indicatorsOf(commitment),
      })),
    );
    return { ...agreement, overdueAsOf, commitments };
  }

  /** One commitment with its assessments and full change log; overdue is counted as `board` counts it. */
  async commitment(id: string, today?: string) {
    const commitment = await this.agreements.commitment(id);
    if (!commitment) throw new NotFoundError('commitment', id);
    const agreement = await this.agreements.get(commitment.agreementId);
    const overdueAsOf = today ?? (agreement ? overdueDay(agreement, this.today()) : this.today());
    return {
      ...commitment,
      overdueAsOf,
      overdue: isOverdue(commitment, overdueAsOf),
      assessments: await this.assessmentsRepo.assessments(id),
      history: await this.assessmentsRepo.history(id),
      evidence: await this.assessmentsRepo.evidenceOf('commitment', id),
      indicators: await this.indicatorsOf(commitment),
    };
  }

  /**
   * A commitment's indicators over time, from the figures of its evidence: the accepted evidence,
   * and the sentences each party's assessment cites (each point says which).
   */
  private async indicatorsOf(commitment: TrackedCommitment): Promise<IndicatorSeries[]> {
    if (!commitment.indicators?.length) return [];
    const accepted = (await this.assessmentsRepo.evidenceOf('commitment', commitment.id)).map((e) => ({
      ...e,
      citedBy: null,
    }));
    const cited = (await this.assessmentsRepo.assessments(commitment.id)).flatMap((a) =>
      a.evidence.map((e) => ({ ...e, citedBy: a.party })),
    );
    return indicatorSeries(this.db, commitment.indicators, [...accepted, ...cited]);
  }

  /**
   * Records `party`'s assessment of a commitment. Throws ForbiddenError when the actor is not an
   * assessor or does not speak for that party; moves the joint status when every party now agrees.
   */
  async assess(
    actor: Actor,
    commitmentId: string,
    party: string,
    input: AssessmentInput,
  ): Promise<{ assessment: PartyAssessment; changes: StatusChange[] }> {
    authorize(actor, 'assessments.write');
    if (actor.party !== party) {
      const who = actor.party ? `${actor.name} speaks for ${actor.party}` : `${actor.name} speaks for no party`;
      throw new ForbiddenError(`${who} and cannot write ${party}'s assessment: each party keeps its own`);
    }
    const at = this.now().toISOString();
    return writeTransaction(this.db, async (trx) => {
      const agreements = this.agreements.within(trx);
      const assessments = this.assessmentsRepo.within(trx);
      const commitment = await agreements.commitment(commitmentId);
      if (!commitment) throw new NotFoundError('commitment', commitmentId);
      const agreement = await agreements.get(commitment.agreementId);
      const parties = agreement!.parties.map((p) => p.code);
      if (!parties.includes(party))
        throw new InputError('party', `${party} is not a party to ${agreement!.id} (${parties.join(', ')})`);
      const evidence = input.evidence ?? [];
      await assertEvidenceExists(trx, evidence);
      const current = await assessments.assessments(commitmentId);
      const previous = current.find((a) => a.party === party) ?? null;
      const assessment: PartyAssessment = {
        commitmentId,
        party,
        status: input.status,
        narrative: input.narrative,
        evidence,
        updatedAt: at,
        updatedBy: actor.name,
      };
      await assessments.saveAssessment(assessment);
      const changes: StatusChange[] = [];
      if (previous?.status !== input.status) {
        changes.push(
          await assessments.addChange({
            commitmentId,
            scope: party,
            from: previous?.status ?? null,
            to: input.status,
            at,
            by: actor.name,
            reason: input.narrative,
            evidence,
          }),
        );
      }
      const audit = new AuditRepository(trx);
      await audit.append({
        at,
        actor: actor.name,
        action: 'assessment.write',
        subject: `${commitmentId}#${party}`,
        before: previous && summary(previous),
        after: summary(assessment),
      });
      const all = [...current.filter((a) => a.party !== party), assessment];
      const agreed = parties.every((code) => all.find((a) => a.party === code)?.status === input.status);
      if (agreed && commitment.jointStatus !== input.status) {
        const confirmers = parties
          .map((code) => `${code} (${all.find((a) => a.party === code)!.updatedBy})`)
          .join(' and ');
        const joint = await assessments.addChange({
          commitmentId,
          scope: 'joint',
          from: commitment.jointStatus,
          to: input.status,
          at,
          by: 'all parties',
          reason: `Confirmed by ${confirmers}: ${statusLabels[input.status]}`,
          evidence: all.flatMap((a) => a.evidence),
        });
        await agreements.setJointStatus(commitmentId, input.status);
        await audit.append({
          at,
          actor: actor.name,
          action: 'status.joint',
          subject: commitmentId,
          before: commitment.jointStatus,
          after: input.status,
        });
        changes.push(joint);
      }
      return { assessment, changes };
    });
  }

  private today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}

/**
 * The day overdue is counted on when none is asked for: today, except for an illustrative agreement
 * whose facts stop at a "facts as of" date — the bundled example — where it is that date, so that a
 * snapshot does not age into overdue items as the calendar moves on.
 */
export function overdueDay(agreement: Pick<Agreement, 'illustrative' | 'factsAsOf'>, today: string): string {
  return agreement.illustrative && agreement.factsAsOf && agreement.factsAsOf < today ? agreement.factsAsOf : today;
}

/** Whether a commitment is past its due date (or a milestone's) without being complete. */
export function isOverdue(commitment: TrackedCommitment, today: string): boolean {
  if (commitment.jointStatus === 'complete') return false;
  const dues = [commitment.due, ...commitment.milestones.filter((m) => !m.done).map((m) => m.due)].filter(
    (d): d is string => d !== null,
  );
  return dues.some((due) => due < today);
}

function summary(assessment: PartyAssessment) {
  return {
    status: assessment.status,
    narrative: assessment.narrative,
    evidence: assessment.evidence.map((e) => `${e.documentId}@${e.start}-${e.end}`),
  };
}

/** Evidence must point at a stored document and lie within its text. */
async function assertEvidenceExists(trx: Transaction<Database>, evidence: readonly Evidence[]): Promise<void> {
  const documents = new DocumentsRepository(trx);
  for (const item of evidence) {
    const document = await documents.get(item.documentId);
    if (!document) throw new InputError('evidence', `document ${item.documentId} is not in the store`);
    if (item.start < 0 || item.end > document.text.length || item.start > item.end) {
      throw new InputError(
        'evidence',
        `span ${item.start}-${item.end} lies outside document ${item.documentId} (${document.text.length} characters)`,
      );
    }
  }
}
