import type { Kysely } from 'kysely';
import { InputError, NotFoundError, type Actor, type EvidenceProposal } from '../core/index.js';
import type { Database } from '../store/schema.js';
import { writeTransaction } from '../store/write-transaction.js';
import { AssessmentsRepository } from '../store/repositories/assessments.repository.js';
import { AuditRepository } from '../store/repositories/audit.repository.js';
import { ProposalsRepository, type ProposalFilter } from '../store/repositories/proposals.repository.js';
import { authorize } from './access-policy.js';

/** Reviewing evidence proposals: only accepted ones become evidence of a commitment. */
export class ReviewService {
  private readonly proposals: ProposalsRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.proposals = new ProposalsRepository(db);
  }

  list(
    filter: { state?: EvidenceProposal['state']; commitmentId?: string } = { state: 'pending' },
  ): Promise<EvidenceProposal[]> {
    return this.proposals.list(filter);
  }

  /** Up to `limit` proposals the filter keeps, best score first, after the one at `after`. */
  page(
    filter: ProposalFilter,
    after: { score: number; id: string } | null,
    limit: number,
  ): Promise<EvidenceProposal[]> {
    return this.proposals.page(filter, after, limit);
  }

  /** How many proposals the filter keeps. */
  count(filter: ProposalFilter): Promise<number> {
    return this.proposals.count(filter);
  }

  /** Accepts or rejects a pending proposal; accepting links its span to the commitment as evidence. Reviewers only. */
  async decide(actor: Actor, id: string, decision: 'accepted' | 'rejected'): Promise<EvidenceProposal> {
    authorize(actor, 'proposals.decide');
    const at = this.now().toISOString();
    return writeTransaction(this.db, async (trx) => {
      const proposals = this.proposals.within(trx);
      const proposal = await proposals.get(id);
      if (!proposal) throw new NotFoundError('proposal', id);
      if (proposal.state !== 'pending')
        throw new InputError(`proposal ${id}`, `was already ${proposal.state} by ${proposal.reviewedBy}`);
      await proposals.setState(id, decision, actor.name, at);
      if (decision === 'accepted') {
        await new AssessmentsRepository(trx).attachEvidence('commitment', proposal.commitmentId, [
          {
            documentId: proposal.documentId,
            start: proposal.start,
            end: proposal.end,
            kind: proposal.kind,
            note: `Proposed because it ${proposal.reason}; accepted by ${actor.name}`,
          },
        ]);
      }
      await new AuditRepository(trx).append({
        at,
        actor: actor.name,
        action: decision === 'accepted' ? 'proposal.accept' : 'proposal.reject',
        subject: proposal.commitmentId,
        before: { proposal: id, state: 'pending' },
        after: { proposal: id, state: decision, document: proposal.documentId, span: [proposal.start, proposal.end] },
      });
      return { ...proposal, state: decision, reviewedBy: actor.name, reviewedAt: at };
    });
  }
}
