import type { EntityKind, Mention } from '../../../core/index.js';

/** A mention before the second pass, with how it was recognised and which tokens of its region it covers. */
export interface Candidate extends Mention {
  readonly inHeading: boolean;
  /** Rules over neighbours may settle the kind and the name of a candidate after it is made. */
  kind: EntityKind;
  name: string;
  evidence:
    | 'known'
    | 'titled'
    | 'given'
    | 'apposition'
    | 'organization'
    | 'place'
    | 'acronym'
    | 'anaphoric'
    | 'single'
    | 'unconfirmed'
    | 'alias'
    | 'listed';
  /** First and past-the-end token of the candidate in its region's tokens. */
  from: number;
  to: number;
}

/** A candidate whose words alone do not settle what it is: a rule may still reclassify it. */
export const isWeak = (c: Candidate) => c.evidence === 'single' || c.evidence === 'unconfirmed';

/** A candidate whose kind is settled by its words or by knowledge. */
export const isStrong = (c: Candidate) => !isWeak(c) && !c.anaphoric;
