import type { Kysely } from 'kysely';
import { pageAt, statusLabel, statusWords, type Evidence, type ImplementationStatus } from '../core/index.js';
import type { ReportBlock } from '../export/report-blocks.js';
import type { Database } from '../store/schema.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import { FollowupService } from './followup.service.js';
import { TrackingService } from './tracking.service.js';

// Tables show a status as a label ("Not assessed"), sentences in words ("not started"), both from the shared vocabulary.
const label = (status: string | null | undefined) => statusLabel(status as ImplementationStatus | null);
const words = (status: string | null | undefined) => statusWords(status as ImplementationStatus | null);

/** Builds the report for the group's next meeting: per commitment, each party's view, evidence, changes. */
export class ReportService {
  private readonly documents: DocumentsRepository;

  constructor(private readonly db: Kysely<Database>) {
    this.documents = new DocumentsRepository(db);
  }

  /** On `today` when given, else on the day the board counts overdue on (see FollowupService.followup). */
  async meetingReport(
    agreementId: string,
    options: { today?: string | null; since?: string | null },
  ): Promise<{ title: string; blocks: ReportBlock[] }> {
    const tracking = new TrackingService(this.db);
    const board = await tracking.board(agreementId, options.today ?? undefined);
    const today = options.today ?? board.overdueAsOf;
    const followup = await new FollowupService(this.db).followup(agreementId, { ...options, today });
    const parties = board.parties.map((p) => p.code);
    const title = `Follow-up report: ${board.title}`;
    const blocks: ReportBlock[] = [{ type: 'heading', level: 1, text: title }];
    const context = [`Prepared as of ${today} for the next meeting of the group.`];
    if (followup.lastMeeting)
      context.push(
        `The group last met on ${followup.lastMeeting.date}${followup.lastMeeting.place ? ` in ${followup.lastMeeting.place}` : ''}.`,
      );
    if (followup.since) context.push(`Changes are counted from ${followup.since}.`);
    blocks.push({ type: 'paragraph', text: context.join(' ') });
    if (board.illustrative)
      blocks.push({
        type: 'paragraph',
        text: `Illustrative example: the agreement file summarises public facts as of ${board.factsAsOf ?? board.date}; it is not an official text.`,
      });

    blocks.push({ type: 'heading', level: 2, text: 'Overview' });
    blocks.push({
      type: 'table',
      header: ['Commitment', 'Joint status', ...parties.map((p) => `${p} assessment`), 'Due', 'Evidence'],
      rows: await Promise.all(
        board.commitments.map(async (c) => [
          c.title + (c.overdue ? ' (overdue)' : ''),
          label(c.jointStatus),
          ...parties.map((p) => label(c.assessments.find((a) => a.party === p)?.status)),
          c.due ?? c.cadence ?? '—',
          String((await tracking.commitment(c.id)).evidence.length),
        ]),
      ),
    });

    for (const item of board.commitments) {
      const detail = await tracking.commitment(item.id);
      blocks.push({ type: 'heading', level: 2, text: item.title }, { type: 'paragraph', text: item.text });
      const leads = Object.entries(item.leads)
        .map(([party, agency]) => `${party}: ${agency}`)
        .join('; ');
      blocks.push({
        type: 'list',
        items: [
          `Joint status: ${words(item.jointStatus)}${item.overdue ? ' — overdue' : ''}`,
          `Lead agencies: ${leads || 'not named'}`,
          `Due: ${item.due ?? 'no date'}${item.cadence ? `; reviewed ${item.cadence}` : ''}`,
        ],
      });
      blocks.push({ type: 'heading', level: 3, text: "Each party's assessment" });
      blocks.push({
        type: 'table',
        header: ['Party', 'Status', 'Assessment', 'By', 'Updated'],
        rows: parties.map((p) => {
          const a = item.assessments.find((x) => x.party === p);
          return a
            ? [p, label(a.status), a.narrative, a.updatedBy, a.updatedAt.slice(0, 10)]
            : [p, label(null), '—', '—', '—'];
        }),
      });
      // A sentence both accepted and cited by a party is quoted once.
      const evidence = [
        ...new Map(
          [...detail.evidence, ...item.assessments.flatMap((a) => a.evidence)].map((e) => [
            `${e.documentId}:${e.start}-${e.end}`,
            e,
          ]),
        ).values(),
      ];
      blocks.push({ type: 'heading', level: 3, text: 'Evidence' });
      if (!evidence.length) blocks.push({ type: 'paragraph', text: 'No accepted evidence yet.' });
      for (const e of evidence) blocks.push(await this.citation(e));
      const changes = followup.changes.filter((c) => c.commitmentId === item.id);
      if (changes.length) {
        blocks.push({ type: 'heading', level: 3, text: `Changes since ${followup.since}` });
        blocks.push({
          type: 'list',
          items: changes.map(
            (c) =>
              `${c.at.slice(0, 10)} — ${c.scope === 'joint' ? 'joint status' : `${c.scope} assessment`}: ${c.from ? words(c.from) : 'none'} → ${words(c.to)} (${c.by}): ${c.reason}`,
          ),
        });
      }
    }

    blocks.push({ type: 'heading', level: 2, text: 'Due and overdue' });
    const dueItems = [
      ...followup.overdue.map((d) => `OVERDUE since ${d.due}: ${d.title} — ${d.what}`),
      ...followup.dueSoon.map((d) => `Due ${d.due} (in ${d.daysLeft} days): ${d.title} — ${d.what}`),
    ];
    blocks.push(
      dueItems.length
        ? { type: 'list', items: dueItems }
        : { type: 'paragraph', text: 'Nothing is due in the next 30 days.' },
    );
    blocks.push({ type: 'heading', level: 2, text: 'Evidence awaiting review' });
    blocks.push({
      type: 'paragraph',
      text: `${followup.awaitingReview.length} proposed link${followup.awaitingReview.length === 1 ? '' : 's'} from documents to commitments await a reviewer (puente review).`,
    });
    return { title, blocks };
  }

  /** A quoted span with its document's title, date and location, so a reader can check it. */
  private async citation(evidence: Evidence): Promise<ReportBlock> {
    const document = await this.documents.get(evidence.documentId);
    if (!document)
      return { type: 'paragraph', text: `Evidence in document ${evidence.documentId} (no longer stored).` };
    // A PDF's evidence also names its page, as a reader holding the printed document looks it up.
    const page = pageAt((await this.documents.sourceDocument(document.id))?.hints.pages, evidence);
    const cite = `${document.title ?? 'Untitled document'}${document.published ? `, ${document.published}` : ''} [document ${document.id}${page === null ? '' : `, page ${page}`}, characters ${evidence.start}–${evidence.end}, ${evidence.kind}]`;
    return { type: 'quote', text: document.text.slice(evidence.start, evidence.end), cite };
  }
}
