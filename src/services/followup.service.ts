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

/** The lists of a follow-up, each a section of the meeting's agenda. */
interface FollowupSections {
  readonly overdue: readonly DueItem[];
  readonly dueSoon: readonly DueItem[];
  readonly changes: readonly StatusChange[];
  readonly awaitingReview: readonly EvidenceProposal[];
}

/** What the group should look at before its next meeting. */
export interface Followup extends FollowupSections {
  readonly agreementId: string;
  readonly today: string;
  readonly since: string | null;
  readonly lastMeeting: Meeting | null;
  /** How many items each section holds; the sections may list only the first of them. */
  readonly counts: Readonly<Record<keyof FollowupSections, number>>;
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
   * `firstItems` (default every item) bounds each section's list, the pending proposals read included.
   */
  async followup(
    agreementId: string,
    options: { today?: string | null; since?: string | null; firstItems?: number },
  ): Promise<Followup> {
    const board = await new TrackingService(this.db).board(agreementId, options.today ?? undefined);
    const today = options.today ?? board.overdueAsOf;
    const lastMeeting = [...board.meetings].reverse().find((m) => m.date <= today) ?? null;
    const since = options.since ?? lastMeeting?.date ?? null;
    const dated = board.commitments.flatMap((c) => datedItems(c, today));
    const open = dated.filter((item) => item.jointStatus !== 'complete');
    const changes = since ? await new AssessmentsRepository(this.db).changesSince(since) : [];
    const commitmentIds = new Set(board.commitments.map((c) => c.id));
    const pending = { state: 'pending' as const, commitmentIds: [...commitmentIds] };
    const proposals = new ProposalsRepository(this.db);
    // Pending proposals can run to hundreds of thousands: read only the first ones, and count the rest.
    const [awaitingReview, awaitingCount] =
      options.firstItems === undefined
        ? await proposals.list({ state: 'pending' }).then((all) => {
            const theirs = all.filter((p) => commitmentIds.has(p.commitmentId));
            return [theirs, theirs.length] as const;
          })
        : await Promise.all([proposals.page(pending, null, options.firstItems), proposals.count(pending)]);
    const overdue = open.filter((item) => item.daysLeft < 0).sort((a, b) => a.due.localeCompare(b.due));
    const dueSoon = open
      .filter((item) => item.daysLeft >= 0 && item.daysLeft <= DUE_WINDOW_DAYS)
      .sort((a, b) => a.due.localeCompare(b.due));
    const theirChanges = changes.filter((change) => commitmentIds.has(change.commitmentId));
    const first = <T>(items: readonly T[]) =>
      options.firstItems === undefined ? items : items.slice(0, options.firstItems);
    return {
      agreementId,
      today,
      since,
      lastMeeting,
      overdue: first(overdue),
      dueSoon: first(dueSoon),
      changes: first(theirChanges),
      awaitingReview,
      counts: {
        overdue: overdue.length,
        dueSoon: dueSoon.length,
        changes: theirChanges.length,
        awaitingReview: awaitingCount,
      },
    };
  }
}

function datedItems(commitment: CommitmentView, today: string): DueItem[] {
  const base = { commitmentId: commitment.id, title: commitment.title, jointStatus: commitment.jointStatus };
  const items: DueItem[] = [];
  if (commitment.due)
    items.push({ ...base, what: 'the commitment', due: commitment.due, daysLeft: daysBetween(today, commitment.due) });
  for (const milestone of commitment.milestones) {
    if (milestone.due && !milestone.done)
      items.push({
        ...base,
        what: `milestone: ${milestone.text}`,
        due: milestone.due,
        daysLeft: daysBetween(today, milestone.due),
      });
  }
  return items;
}
