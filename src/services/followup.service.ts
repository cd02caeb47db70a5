import type { Kysely } from 'kysely';
import { type EvidenceProposal, type Meeting, type StatusChange } from '../core/index.js';
import type { Database } from '../store/schema.js';
import { AssessmentsRepository } from '../store/repositories/assessments.repository.js';
import { ProposalsRepository } from '../store/repositories/proposals.repository.js';
import { TrackingService, type CommitmentView } from './tracking.service.js';

/** How far ahead "due soon" looks. */
const DUE_WINDOW_DAYS = 30;

/** A commitment or milestone with a date, and how it stands against today. */
export interface DueItem {
  readonly commitmentId: string;
  readonly title: string;
  readonly what: string;
  readonly due: string;
  readonly jointStatus: string;
  readonly daysLeft: number;
}

/** What the group should look at before its next meeting. */
export interface Followup {
  readonly agreementId: string;
  readonly today: string;
  readonly since: string | null;
  readonly lastMeeting: Meeting | null;
  readonly overdue: readonly DueItem[];
  readonly dueSoon: readonly DueItem[];
  readonly changes: readonly StatusChange[];
  readonly awaitingReview: readonly EvidenceProposal[];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Lists what is due or overdue, what changed since the group last met, and evidence awaiting review. */
export class FollowupService {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * On `today` when given; else on the day the board counts overdue on (today, or the facts-as-of
   * date of an illustrative agreement), so that the command line and the web app agree.
   */
  async followup(agreementId: string, options: { today?: string | null; since?: string | null }): Promise<Followup> {
    const board = await new TrackingService(this.db).board(agreementId, options.today ?? undefined);
    const today = options.today ?? board.overdueAsOf;
    const lastMeeting = [...board.meetings].reverse().find((m) => m.date <= today) ?? null;
    const since = options.since ?? lastMeeting?.date ?? null;
    const dated = board.commitments.flatMap((c) => datedItems(c, today));
    const open = dated.filter((item) => item.jointStatus !== 'complete');
    const changes = since ? await new AssessmentsRepository(this.db).changesSince(since) : [];
    const commitmentIds = new Set(board.commitments.map((c) => c.id));
    const awaitingReview = (await new ProposalsRepository(this.db).list({ state: 'pending' })).filter((p) => commitmentIds.has(p.commitmentId));
    return {
      agreementId, today, since, lastMeeting,
      overdue: open.filter((item) => item.daysLeft < 0).sort((a, b) => a.due.localeCompare(b.due)),
      dueSoon: open.filter((item) => item.daysLeft >= 0 && item.daysLeft <= DUE_WINDOW_DAYS).sort((a, b) => a.due.localeCompare(b.due)),
      changes: changes.filter((change) => commitmentIds.has(change.commitmentId)),
      awaitingReview,
    };
  }
}

function datedItems(commitment: CommitmentView, today: string): DueItem[] {
  const base = { commitmentId: commitment.id, title: commitment.title, jointStatus: commitment.jointStatus };
  const items: DueItem[] = [];
  if (commitment.due) items.push({ ...base, what: 'the commitment', due: commitment.due, daysLeft: daysBetween(today, commitment.due) });
  for (const milestone of commitment.milestones) {
    if (milestone.due && !milestone.done) items.push({ ...base, what: `milestone: ${milestone.text}`, due: milestone.due, daysLeft: daysBetween(today, milestone.due) });
  }
  return items;
}
