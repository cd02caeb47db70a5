/** A party's code: ISO 3166-1 alpha-3 of the government it speaks for, e.g. USA, MEX. */
export type PartyCode = string;

/** A side of an agreement. */
export interface Party {
  readonly code: PartyCode;
  readonly name: string;
}

/** A dated step toward a commitment. */
export interface Milestone {
  readonly text: string;
  readonly due: string | null;
  /** When it was reached; null while open. */
  readonly done: string | null;
}

/** One thing an agreement commits its parties to, as the agreement file states it. */
export interface CommitmentDefinition {
  /** Unique across agreements: `<agreement>/<local id>`, e.g. `us-mx-security-2025/arms-trafficking`. */
  readonly id: string;
  readonly agreementId: string;
  readonly title: string;
  readonly text: string;
  readonly parties: readonly PartyCode[];
  /** The lead agency of each responsible party. */
  readonly leads: Readonly<Record<PartyCode, string>>;
  /** Issue area, e.g. "arms trafficking"; with PLOVER contexts such as trafficking, illegal_drugs. */
  readonly area: string;
  readonly contexts: readonly string[];
  /** Words that signal this commitment in reporting, besides those of its text. */
  readonly keywords: readonly string[];
  readonly start: string | null;
  readonly due: string | null;
  /** How often it is reviewed when it has no due date, e.g. "monthly", "each meeting". */
  readonly cadence: string | null;
  readonly milestones: readonly Milestone[];
  /** Quantities the commitment is followed by, fed by the figures of its accepted evidence. */
  readonly indicators?: readonly Indicator[];
}

/**
 * A quantity a commitment names ("firearms traced", "tunnels closed"): a figure of an accepted
 * evidence sentence counts for it when the figure's unit or what it measures is one of `words`,
 * or, with no such unit, when the sentence holds one of them.
 */
export interface Indicator {
  readonly id: string;
  readonly name: string;
  readonly words: readonly string[];
  readonly target: number | null;
  /** The day the target is for, if any. */
  readonly by: string | null;
}

/** A meeting of the group that follows the agreement up; "since the group last met" counts from here. */
export interface Meeting {
  readonly date: string;
  readonly place: string | null;
  readonly summary: string;
}

/** An agreement between parties, with the commitments it holds. */
export interface Agreement {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly parties: readonly Party[];
  /** Where the agreement is stated: titles or URLs of the statements. */
  readonly sources: readonly string[];
  /** Whether the file is an illustrative example rather than an official text. */
  readonly illustrative: boolean;
  /** The date the facts in the file are current to. */
  readonly factsAsOf: string | null;
  readonly meetings: readonly Meeting[];
  readonly commitments: readonly CommitmentDefinition[];
}
