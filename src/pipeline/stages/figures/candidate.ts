import type { Figure } from '../../../core/index.js';
import { readNoun, readUnit } from './reading.js';
import type { NumberVocabulary } from './vocabulary.js';

/** A figure being built: the stage's item plus what the refiners need to know. */
export type FigureCandidate = { -readonly [K in keyof Figure]: Figure[K] } & {
  /** What the number is: money and measures have a unit from the lexicon; counts name what they count. */
  kind: 'money' | 'measure' | 'count' | 'bare';
  /** End of the number and scale, before any unit or counted noun. */
  numberEnd: number;
  /**
   * A number whose noun is written elsewhere: before it when the noun was left out ("tres personas
   * y, en el otro lado, dos"), after it in the set it is part of ("12 of the 32 offices"). With
   * `required`, the number is no figure unless a figure of the sentence lends it a unit.
   */
  borrow?: { readonly from: 'before' | 'after'; readonly required: boolean };
};

/** One sentence and what every recognizer and refiner may look at. */
export interface FigureContext {
  /** The whole document text; offsets are into it. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly vocabulary: NumberVocabulary;
  /** Date spans of the sentence, from the dates layer. */
  readonly dates: readonly { readonly start: number; readonly end: number; readonly value: string | null }[];
  /** The dates a figure may take its period from: those of the sentence but the dateline's. */
  readonly periods: readonly { readonly start: number; readonly end: number; readonly value: string | null }[];
}

/** Whether a span overlaps any date of the sentence. */
export function overlapsDate(context: FigureContext, start: number, end: number): boolean {
  return context.dates.some((date) => date.start < end && start < date.end);
}

/**
 * Whether a number inside a date is the date's, not a figure: it is not when a unit of time follows
 * it ("two weeks ago", "hace cuatro meses" place an event by a length of time) or a noun the lexicons
 * count ("… de enero de 37 criminales": no year counts criminals).
 */
export function claimedByDate(context: FigureContext, start: number, end: number): boolean {
  if (!overlapsDate(context, start, end)) return false;
  const { text, vocabulary } = context;
  const unit = readUnit(text, end, vocabulary);
  if (unit && vocabulary.timeUnits.has(unit.unit)) return false;
  const noun = readNoun(text, end, context.end, vocabulary, false);
  return !noun || !vocabulary.countedUnits.has(noun.unit);
}

/** Whether the text before `start` makes the number the source of a report or the base of a ratio. */
export function isSourceOrRatio(context: FigureContext, start: number): boolean {
  const before = context.text.slice(Math.max(context.start, start - 24), start);
  return context.vocabulary.sourceOrRatioBefore.test(before);
}
