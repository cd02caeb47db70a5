/**
 * figures — finds numbers that measure something, with their unit, rate, period, qualifier and what
 * they measure.
 *
 * Needs: clean (language), sentences, dates (numbers inside dates are not figures; dates give `period`).
 * Produces: Figure spans, sorted, without overlaps. A span holds the number expression: currency
 * symbol, number, scale and unit or counted noun ("$1.9 billion", "430,000 migrants", "2,000-mile");
 * the qualifier ("over") stays outside and is reported in `qualifier`.
 * Values: "1,500" is 1500 in both languages; "1,9" and "12,5" are decimals; "3.200" is 3200 in Spanish
 * and 3.2 in English. Money is in ISO codes ($ → USD); counts take the counted noun as written.
 * Not figures: years, numbers inside dates, ordinals, times, list markers ("1)"), phone numbers,
 * ranges, numbers in names ("G20", "COVID-19", "Title 42"), "one of", and spelled numbers used as
 * references ("the two countries", but "the ten busiest ports" counts), the sources of a report
 * ("according to two officials") and the base of a ratio ("one in ten"). A number whose noun is
 * written elsewhere takes it from there ("25 of the defendants", "12 of the 32 offices", "tres
 * personas y, en el otro lado, dos"). Only sentences with a digit or number word are scanned.
 * Reports: `figure-without-unit` (info) for a number with neither unit nor counted noun.
 * Known limits: no ranges ("10-15"); a noun counted on the left ("deaths numbered 75,000") is missed;
 * `measures` is a short phrase, not a parsed noun phrase.
 *
 * ok:     "Mexico detained over 430,000 migrants in 2023." → "430,000 migrants" = 430000 migrants, over, 2023
 * not-ok: "The G20 met in 2023, and the COVID-19 rules under Title 42 ended." → no figure
 */
import { defineStage, type Figure } from '../../../core/index.js';
import { lexiconLanguage } from '../../../lexicons/index.js';
import type { FigureContext } from './candidate.js';
import { compositeNumbers } from './recognizers/composite.js';
import { numerals } from './recognizers/numeric.js';
import { spelledNumbers } from './recognizers/spelled.js';
import { vagueQuantities } from './recognizers/vague.js';
import { borrowUnits } from './refiners/borrow.js';
import { measures } from './refiners/measures.js';
import { period } from './refiners/period.js';
import { qualify } from './refiners/qualifier.js';
import { rate } from './refiners/rate.js';
import { mergeRepeats } from './refiners/repeats.js';
import { withoutOverlaps } from './refiners/without-overlaps.js';
import { numberVocabulary } from './vocabulary.js';

/** Recognizers, each over one sentence; on equal spans the earlier wins. */
export const recognizers = [compositeNumbers, numerals, spelledNumbers, vagueQuantities] as const;

/** Refiners over one sentence's figures, in order: the qualifier first, as `measures` reads past it. */
export const refiners = [qualify, rate, period, measures] as const;

/** The figures stage: numbers with unit, rate, period, qualifier and what they measure. */
export const figures = defineStage({
  name: 'figures',
  needs: ['clean', 'sentences', 'dates'],
  run({ document, clean, sentences, dates }, report) {
    const vocabulary = numberVocabulary(lexiconLanguage(clean.language));
    const result: Figure[] = [];
    let next = 0;
    // The headline's figures are read too: the body's repeats of them join them (see `mergeRepeats`).
    const title = clean.title?.span ?? null;
    // The dateline's date says when the document appeared, not when a figure was measured.
    const dateline = clean.published?.span;
    const notDateline = (date: { start: number; end: number }) => !dateline || date.end <= dateline.start || date.start >= dateline.end;
    for (const sentence of sentences) {
      const text = document.text.slice(sentence.start, sentence.end);
      if (!vocabulary.gate.test(text)) continue;
      while (next < dates.length && dates[next]!.end <= sentence.start) next++;
      const inside = [];
      for (let i = next; i < dates.length && dates[i]!.start < sentence.end; i++) inside.push(dates[i]!);
      const context: FigureContext = { text: document.text, start: sentence.start, end: sentence.end, vocabulary, dates: inside, periods: inside.filter(notDateline) };
      const recognized = withoutOverlaps(recognizers.flatMap((recognize) => recognize(context)));
      // Units are lent before the refiners run, as they read the unit; a number that needed one and
      // found none is no figure.
      borrowUnits(recognized, context);
      const found = recognized.filter((figure) => !figure.borrow?.required || figure.unit !== null);
      for (const refine of refiners) refine(found, context);
      for (const { kind, numberEnd, borrow, ...figure } of found) {
        // A vague quantity ("thousands of", "miles de") states no figure; it was read so that its words are no one else's.
        if (figure.value === null) continue;
        if (isDateLikeSpanOfTime(document.text, figure, vocabulary)) continue;
        if (kind === 'bare') report.info('Number with neither unit nor counted noun', figure, { ruleId: 'figure-without-unit' });
        result.push(figure);
      }
    }
    return mergeRepeats(result, document.text, vocabulary, title);
  },
});

/**
 * "every two months", "cada dos meses": a span of time that says how often is a frequency, not a
 * measure. "two weeks ago", "hace tres meses" count back from the present, as a date does, unless a
 * qualifier states the length ("over 60 years ago"). A span between two events of the story
 * ("three months later", "tres días después de que …") measures it, as a deadline ("within sixty
 * days") measures the time left.
 */
function isDateLikeSpanOfTime(text: string, figure: Figure, vocabulary: ReturnType<typeof numberVocabulary>): boolean {
  if (!figure.unit || !vocabulary.timeUnits.has(figure.unit.toLowerCase())) return false;
  const before = text.slice(Math.max(0, figure.start - 16), figure.start);
  if (vocabulary.frequencyBefore.test(before)) return true;
  if (figure.qualifier) return false;
  vocabulary.beforeNowAfter.lastIndex = figure.end;
  return vocabulary.beforeNowBefore.test(before) || vocabulary.beforeNowAfter.test(text);
}
