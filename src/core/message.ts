import type { Span } from './span.js';

/** How bad a message is: `fatal` means the document was skipped. */
export type Severity = 'fatal' | 'warning' | 'info';

/** Extra facts a stage may attach to a message. */
export interface MessageDetails {
  /** Kebab-case noun phrase, unique within its stage, e.g. `speaker-unresolved`. */
  readonly ruleId: string;
  readonly actual?: string;
  readonly expected?: readonly string[];
  readonly note?: string;
}

/** A warning or note attached to a place in a document (vfile-message's idea). */
export interface Message extends MessageDetails {
  readonly reason: string;
  readonly severity: Severity;
  /** The stage (or reader) that raised it. */
  readonly source: string;
  /** The document id, or the input path when no document could be made. */
  readonly document: string;
  readonly place: Span | null;
}
