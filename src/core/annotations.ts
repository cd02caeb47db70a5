import type { Span } from './span.js';

/** A sentence of the body. */
export interface Sentence extends Span {
  /** Index of the paragraph (in `clean.paragraphs`) that holds it. */
  readonly paragraph: number;
}

/** The kinds of named things we track. */
export type EntityKind = 'person' | 'organization' | 'place' | 'country';

/** A name (or a role phrase standing for one) as it appears in a document. */
export interface Mention extends Span {
  readonly kind: EntityKind;
  /** The name without titles, e.g. "Marco Rubio" for "U.S. Secretary of State Marco Rubio". */
  readonly name: string;
  /** The role the text gives, e.g. "Secretary of State", or null. */
  readonly role: string | null;
  /** ISO 3166-1 alpha-3 code the text ties the mention to, or null. */
  readonly country: string | null;
  /** Whether the mention is a bare role or pronoun-like phrase ("the Secretary") to be resolved later. */
  readonly anaphoric: boolean;
}

/** Grain of a resolved date. */
export type DateGrain = 'day' | 'month' | 'year';

/** A date expression, resolved against the publication date. */
export interface DateMention extends Span {
  /** ISO date, or YYYY-MM / YYYY by grain; null when there is no reference to resolve against. */
  readonly value: string | null;
  readonly grain: DateGrain | null;
  readonly certainty: 'stated' | 'inferred';
  /** The weekday the text states ("on Thursday" → "Thursday"), even when the date is unresolved. */
  readonly weekday?: string | null;
  /** For a week ("last week"), which has no grain of its own: its Monday and Sunday; the value stays null. */
  readonly range?: { readonly from: string; readonly to: string } | null;
}

/** A number with what it measures. */
export interface Figure extends Span {
  readonly value: number | null;
  readonly unit: string | null;
  readonly per: string | null;
  readonly measures: string | null;
  readonly period: string | null;
  readonly qualifier: string | null;
  /** Later spans that state the same fact again ("12 detainees" … "the 12 men"); the figure's own span is the first. */
  readonly repeats?: readonly Span[];
}

/** A direct or reported statement with who made it. */
export interface Quote extends Span {
  readonly kind: 'direct' | 'indirect';
  /** The span of the speaker's name or description, when the text gives one. */
  readonly speakerMention: Span | null;
  /** How the text names the speaker, e.g. "a senior State Department official". */
  readonly speakerText: string | null;
}
