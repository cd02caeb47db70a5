/**
 * Ranges of days: "March 15–20, 2025", "between June 2 and June 4", "del 1 al 3 de octubre". The
 * value is the first day (the grain stays a day) and `range` holds both ends; a range without a
 * year takes it as a single date would.
 */
import { nearestYear, pad, yearFor } from './calendar.js';
import { unresolved, type DateCandidate, type SentenceContext } from './candidate.js';
import { scan } from './relative.js';
import type { DateVocabulary } from './vocabulary.js';

const TWO_NUMBERS = /\d\D{1,24}\d/;

/** Ranges of days within one month or across two. */
export function ranges(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  // A range has two days in digits.
  if (!TWO_NUMBERS.test(context.sentence)) return [];
  return scan(context, vocabulary.range, (groups, start, end) => {
    const { months } = vocabulary.lexicon;
    const lastMonth = months[(groups.m2 ?? groups.m1 ?? '').toLowerCase()];
    const firstMonth = groups.m1 ? months[groups.m1.toLowerCase()] : lastMonth;
    const firstDay = Number(groups.d1);
    const lastDay = Number(groups.d2);
    if (!firstMonth || !lastMonth || !isDay(firstDay) || !isDay(lastDay)) return null;
    // One month: the ends must run forward ("March 15–20", not "March 20–15").
    if (firstMonth === lastMonth && lastDay <= firstDay) return null;
    let year = groups.y ? Number(groups.y) : null;
    const ref = context.reference;
    if (year === null) {
      if (!ref) return unresolved(start, end);
      year = context.referenceFromText
        ? nearestYear(ref, firstMonth, firstDay)
        : yearFor(ref, firstMonth, firstDay, context.isFuture(start) ? 1 : -1);
    }
    // "Dec. 28–Jan. 3": the stated year is the last day's, and the first lies in the year before.
    const crosses = lastMonth < firstMonth;
    const firstYear = crosses && groups.y ? year - 1 : year;
    const lastYear = crosses && !groups.y ? year + 1 : year;
    const from = `${firstYear}-${pad(firstMonth)}-${pad(firstDay)}`;
    const to = `${lastYear}-${pad(lastMonth)}-${pad(lastDay)}`;
    return { start, end, value: from, grain: 'day', certainty: groups.y ? 'stated' : 'inferred', range: { from, to } };
  });
}

function isDay(day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= 31;
}
