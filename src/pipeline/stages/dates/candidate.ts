import type { DateMention } from '../../../core/index.js';

/** A date found by one recognizer, before overlaps are resolved. */
export type DateCandidate = { -readonly [K in keyof DateMention]: DateMention[K] };

/** The coarsest grain an anchor may have. */
export type AnchorGrain = 'day' | 'month' | 'year';

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
  /**
   * ISO reference date: the publication date (or the date the text states for itself), else the
   * latest full date the text stated before this sentence; null when there is none.
   */
  readonly reference: string | null;
  /** Whether the reference is a date the text stated (there being no publication date), not the publication date. */
  readonly referenceFromText: boolean;
  /**
   * With no reference at all: the latest date with a year the text states anywhere (a month or a
   * day), or null. A text is written after what it dates, so a day and month or a month named
   * without a year is taken as the first one on or after it. Weekdays and "yesterday" stay unresolved.
   */
  readonly floor: string | null;
  /**
   * The latest resolved date before `at` fine enough to count `finest` units from (a day for days,
   * a month or day for months, any for years): in this sentence, else (unless `withinSentence`) in
   * the sentences before it. Null when there is none.
   */
  anchorBefore(
    at: number,
    finest: AnchorGrain,
    withinSentence?: boolean,
  ): Pick<DateCandidate, 'value' | 'grain'> | null;
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
