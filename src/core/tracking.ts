import type { PartyCode } from './agreement.js';
import type { Span } from './span.js';
import type { ActorRole } from './user.js';
import { statusWords } from './vocabulary.js';

/**
 * How far a commitment is implemented: the Peace Accords Matrix scale (not started, minimal,
 * intermediate, complete) plus states that monitoring needs.
 */
export const implementationStatuses = [
  'not_started',
  'minimal',
  'intermediate',
  'complete',
  'no_evidence',
  'stalled',
  'disputed',
] as const;
export type ImplementationStatus = (typeof implementationStatuses)[number];

/** Words for each status inside a sentence ("not started"), from the shared vocabulary. */
export const statusLabels: Readonly<Record<ImplementationStatus, string>> = Object.fromEntries(
  implementationStatuses.map((status) => [status, statusWords(status)]),
) as Record<ImplementationStatus, string>;

/** What a piece of evidence is, in the document it points into. */
export type EvidenceKind = 'sentence' | 'quote' | 'event' | 'figure' | 'commitment';

/** A span of a stored document that justifies a status, an assessment or a link. */
export interface Evidence extends Span {
  readonly documentId: string;
  readonly kind: EvidenceKind;
  readonly note: string | null;
}

/**
 * Who is acting: a named person speaking for a party, or for no party (the secretariat, a
 * reviewer), with the role that says what they may do. With users, name, party and role are the
 * signed-in user's own, never what a request claims.
 */
export interface Actor {
  readonly name: string;
  readonly party: PartyCode | null;
  readonly role: ActorRole;
}

/** One party's own view of a commitment; only that party may write it. */
export interface PartyAssessment {
  readonly commitmentId: string;
  readonly party: PartyCode;
  readonly status: ImplementationStatus;
  readonly narrative: string;
  readonly evidence: readonly Evidence[];
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** A row of a commitment's change log: the joint status or one party's assessment moved. */
export interface StatusChange {
  readonly id: string;
  readonly commitmentId: string;
  /** `joint`, or the party whose assessment changed. */
  readonly scope: 'joint' | PartyCode;
  readonly from: ImplementationStatus | null;
  readonly to: ImplementationStatus;
  readonly at: string;
  readonly by: string;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
}

/** A suggested link from a document span to a commitment, awaiting a reviewer. */
export interface EvidenceProposal extends Span {
  readonly id: string;
  readonly commitmentId: string;
  readonly documentId: string;
  readonly kind: EvidenceKind;
  readonly score: number;
  readonly reason: string;
  readonly state: 'pending' | 'accepted' | 'rejected';
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
}
