/**
 * figures — finds numbers that measure something, with their unit, rate, period, qualifier and what
 * they measure.
 *
 * Needs: clean (language, title), sentences, dates (numbers inside dates are not figures; dates give `period`).
 * Produces: Figure spans, sorted, without overlaps. A span holds the qualifier and the number
 * expression: currency symbol, number, scale and unit or counted noun ("more than $1.4 billion",
 * "430,000 migrants", "2,000-mile", "4 mil 512 armas"). One fact stated again ("12 detainees" … "the
 * 12 men", a headline's count in the body) is one figure, its later spans in `repeats`.
 * Values: "1,500" is 1500 in both languages; "1,9" and "12,5" are decimals; "3.200" is 3200 in Spanish
 * and 3.2 in English; "two dozen" is 24; "6 mil 998" is 6998; a range is two figures ("150-200,000").
 * Units: the counted thing, normalised by classes of nouns the same in both languages ("detenidos",
 * "fugitives" → people; "boats", "lanchas" → vessels); `measures` keeps the words. Money in ISO codes.
 * Not figures: years, numbers inside dates, ordinals, times, list markers ("1)"), phone numbers,
 * scores ("3-1"), days and months ("15.09"), numbers in names ("G20", "Title 42", "Florencia 13"),
 * "one of", vague quantities ("thousands of", "miles de"), spelled numbers used as references ("the
 * two countries"; but "the ten busiest ports" counts), the sources of a report, the base of a ratio,
 * frequencies ("every two months") and unqualified spans back from the present ("two weeks ago").
 * Reports: `figure-without-unit` (info) for a number with neither unit nor counted noun.
 * Known limits: a noun counted on the left ("the number of charges … 11,542") is missed; "uno en
 * retiro" (a count whose noun is an earlier word of a list) is missed; `measures` is a short phrase.
 *
 * ok:     "Mexico detained over 430,000 migrants in 2023." → "over 430,000 migrants" = 430000 people, over, 2023
 * not-ok: "The G20 met in 2023, and the COVID-19 rules under Title 42 ended." → no figure
 */
import { defineStage, type Figure } from '../../../core/index.js';
import { lexiconLanguage } from '../../../lexicons/index.js';
import type { FigureCandidate, FigureContext } from './candidate.js';
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
    const notDateline = (date: { start: number; end: number }) =>
      !dateline || date.end <= dateline.start || date.start >= dateline.end;
    // The last count of the paragraph so far lends its unit to a number that opens the next sentence
    // without one: "Police detained 23 people. At least seven, officers said, …".
    const carried: { count: { readonly figure: FigureCandidate; readonly paragraph: number } | null } = { count: null };
    for (const sentence of sentences) {
      const text = document.text.slice(sentence.start, sentence.end);
      if (!vocabulary.gate.test(text)) continue;
      while (next < dates.length && dates[next]!.end <= sentence.start) next++;
      const inside = [];
      for (let i = next; i < dates.length && dates[i]!.start < sentence.end; i++) inside.push(dates[i]!);
      const context: FigureContext = {
        text: document.text,
        start: sentence.start,
        end: sentence.end,
        vocabulary,
        dates: inside,
        periods: inside.filter(notDateline),
      };
      const recognized = withoutOverlaps(recognizers.flatMap((recognize) => recognize(context)));
      // Units are lent before the refiners run, as they read the unit; a number that needed one and
      // found none is no figure.
      const previous = carried.count?.paragraph === sentence.paragraph ? carried.count : null;
      borrowUnits(recognized, context, previous);
      const found = recognized.filter((figure) => !figure.borrow?.required || figure.unit !== null);
      carried.count = lastCount(found, sentence.paragraph) ?? previous;
      for (const refine of refiners) refine(found, context);
      for (const { kind, numberEnd, borrow, ...figure } of found) {
        // A vague quantity ("thousands of", "miles de") states no figure; it was read so that its words are no one else's.
        if (figure.value === null) continue;
        if (isDateLikeSpanOfTime(document.text, figure, vocabulary)) continue;
        if (kind === 'bare')
          report.info('Number with neither unit nor counted noun', figure, { ruleId: 'figure-without-unit' });
        result.push(figure);
      }
    }
    return mergeRepeats(result, document.text, vocabulary, title);
  },
});

function lastCount(
  figures: readonly FigureCandidate[],
  paragraph: number,
): { figure: FigureCandidate; paragraph: number } | null {
  const figure = figures.findLast(
    (candidate) => candidate.kind === 'count' && candidate.unit !== null && !candidate.borrow,
  );
  return figure ? { figure, paragraph } : null;
}

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
