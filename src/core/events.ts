import type { Span } from './span.js';

/** PLOVER's 16 event types, lower case. */
export const ploverTypes = [
  'agree',
  'consult',
  'support',
  'concede',
  'cooperate',
  'aid',
  'retreat',
  'request',
  'accuse',
  'reject',
  'threaten',
  'sanction',
  'protest',
  'mobilize',
  'coerce',
  'assault',
] as const;
export type PloverType = (typeof ploverTypes)[number];

/** Whether the text reports an event as done, going on, planned, denied or conditional. */
export type EventTiming = 'past' | 'ongoing' | 'future' | 'negated' | 'hypothetical';

/** An event between actors, typed with PLOVER, with the sentence as its span. */
export interface Event extends Span {
  readonly type: PloverType;
  /** PLOVER mode (meet, visit, arrest, seize, aerial) or our own (transfer_custody, designate). */
  readonly mode: string | null;
  readonly context: readonly string[];
  /** The word or phrase that signals the event. */
  readonly trigger: Span;
  /** Spans of the mentions (or speaker spans) of those who act; entity ids come from resolution. */
  readonly actorSpans: readonly Span[];
  readonly recipientSpans: readonly Span[];
  /** Resolved date (ISO, possibly YYYY-MM or YYYY) or null; `dateSpan` is the expression used. */
  readonly date: string | null;
  readonly dateSpan: Span | null;
  /** Whether the date was stated in the sentence or carried over from an earlier event. */
  readonly dateCertainty: 'stated' | 'inferred' | null;
  readonly place: string | null;
  readonly placeSpan: Span | null;
  readonly timing: EventTiming;
}

/** A commitment stated in a document: who will do what, by when. */
export interface CommitmentStatement extends Span {
  readonly partySpans: readonly Span[];
  /** Parties the text names only as a group ("both governments"): ISO alpha-3 codes. */
  readonly partyCountries: readonly string[];
  /** A short phrase taken from the text. */
  readonly action: Span;
  readonly deadline: string | null;
  readonly deadlineSpan: Span | null;
  readonly cue: Span;
  /** The condition the promise is made on ("If confirmed, …"), or null for an unconditional one. */
  readonly condition: Span | null;
}
