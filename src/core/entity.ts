import type { EntityKind } from './annotations.js';
import type { Span } from './span.js';

/** A person, organisation, place or country, shared by all documents of one analysis. */
export interface Entity {
  /** Stable within an analysis and across runs on the same input, e.g. `person:marco-rubio`. */
  readonly id: string;
  readonly kind: EntityKind;
  /** Canonical name, e.g. "Marco Rubio". */
  readonly name: string;
  /** Every other way the documents name it. */
  readonly aliases: readonly string[];
  /** e.g. "U.S. Secretary of State". */
  readonly role: string | null;
  /** ISO 3166-1 alpha-3, e.g. USA, MEX. */
  readonly country: string | null;
}

/** A span in one document of the analysis. */
export interface DocumentSpan extends Span {
  readonly document: string;
}

/** What comparing the documents of one analysis found. */
export interface Finding {
  /** date_conflict, figure_conflict, name_variant, only_in_one_source, quote_not_corroborated, … */
  readonly kind: string;
  readonly documents: readonly string[];
  readonly entity: string | null;
  /** One sentence a person understands. */
  readonly detail: string;
  readonly evidence: readonly DocumentSpan[];
}
