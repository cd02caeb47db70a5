import type { DateMention } from '../../../core/index.js';

/** A date found by one recognizer, before overlaps are resolved. */
export type DateCandidate = { -readonly [K in keyof DateMention]: DateMention[K] };

/** What every recognizer gets: one sentence and how to resolve against the reference. */
export interface SentenceContext {
  /** The whole document text; offsets are into it. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The sentence's text. */
  readonly sentence: string;
  /** Which of the vocabulary's scanners can match the sentence (`DateVocabulary.present`). */
  readonly present: number;
  /** ISO reference date, or null when there is none. */
  readonly reference: string | null;
  /**
   * Whether a date starting at this offset lies ahead of the reference: a future cue in the words
   * just before it ("will meet on Friday"), or a deadline in a sentence of promises ("pledged to … by June 30").
   */
  isFuture(start: number): boolean;
}

/** English weekday names, for the optional `weekday` field. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** An unresolved date: no reference, or nothing to resolve with. */
export function unresolved(start: number, end: number): DateCandidate {
  return { start, end, value: null, grain: null, certainty: 'inferred' };
}
