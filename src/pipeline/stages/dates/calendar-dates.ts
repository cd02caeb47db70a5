/**
 * Calendar dates through chrono: "September 3", "08 Sep 2025", "3 de septiembre de 2025", "Oct. 14".
 * Chrono finds and splits them; the year, when the text leaves it out, is ours to choose.
 */
import { calendarChrono } from '../../common/calendar-chrono.js';
import { nearestYear, pad, yearFor } from './calendar.js';
import { WEEKDAY_NAMES, unresolved, type DateCandidate, type SentenceContext } from './candidate.js';
import type { DateVocabulary } from './vocabulary.js';

// Chrono needs some reference; we read only the components it says are certain, so any fixed day does.
const FALLBACK_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const NUMERIC_DATE = /\d{1,4}[/-]\d{1,2}[/-]\d{1,4}/;
const LEADING = /^(?:(?:on|in|at|by|since|from|the|el|la|en|del|de|desde|para)\s+)+/iu;
const TRAILING = /[\s,;:]+$/u;
const FOUR_DIGIT_YEAR = /(?<!\d)\d{4}(?!\d)/;
const SHORT_YEAR_TAIL = /,?\s+(?:de\s+|of\s+)?'?\d{1,3}\s*$/;
const END_OF = /\bend\s+of\b|\bfin(?:es|ales)?\s+de\b/i;

/** Dates with a month, found by chrono in one sentence; times, bare numbers and bare months are left out. */
export function calendarDates(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  const { sentence } = context;
  // A calendar date has a day or a year in digits; bare months are the `months` recognizer's.
  if (!/\d/.test(sentence)) return [];
  const parser = vocabulary.language === 'es' ? calendarChrono.es : calendarChrono.en;
  const reference = context.reference ? new Date(`${context.reference}T12:00:00Z`) : FALLBACK_REFERENCE;
  const found: DateCandidate[] = [];
  for (const result of parseNearMonths(sentence, vocabulary, (window) =>
    parser.parse(window, reference, { forwardDate: false }),
  )) {
    const { start: components } = result;
    // Chrono's Spanish reads "de 3" in "3.200 km" and "las 10" as times: a date must name its month.
    if (!components.isCertain('month') || !(hasMonthName(result.text, vocabulary) || NUMERIC_DATE.test(result.text)))
      continue;
    // "the end of March" is March, not the 31st: chrono's day there is its guess.
    const day = components.isCertain('day') && !END_OF.test(result.text) ? components.get('day') : null;
    const month = components.get('month') ?? 1;
    let statedYear = components.isCertain('year') ? components.get('year') : null;
    let written = result.text;
    // "la entrega del 12 de marzo de 41 reos": a year in words is written in four digits.
    if (statedYear !== null && !FOUR_DIGIT_YEAR.test(written) && !NUMERIC_DATE.test(written)) {
      written = written.replace(SHORT_YEAR_TAIL, '');
      statedYear = null;
    }
    if (day === null && statedYear === null) continue; // a bare month: `months` resolves it with our policy
    const lead = LEADING.exec(written)?.[0].length ?? 0;
    const start = context.start + result.index + lead;
    const end = context.start + result.index + written.replace(TRAILING, '').length;
    const weekday = components.isCertain('weekday') ? WEEKDAY_NAMES[components.get('weekday') ?? 0] : undefined;
    const extra = weekday ? { weekday } : {};
    let year = statedYear;
    if (year === null) {
      if (!context.reference) {
        if (context.floor) {
          year = yearFor(context.floor, month, day, 1);
        } else {
          found.push({ ...unresolved(start, end), ...extra });
          continue;
        }
      } else {
        // A date told from another date of the text, or "este 9 de julio", lies on either side of it.
        const current = vocabulary.currentBefore.test(context.text.slice(Math.max(context.start, start - 12), start));
        year =
          context.referenceFromText || current
            ? nearestYear(context.reference, month, day)
            : yearFor(context.reference, month, day, context.isFuture(start) ? 1 : -1);
      }
    }
    const value = day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    found.push({
      start,
      end,
      value,
      grain: day === null ? 'month' : 'day',
      certainty: statedYear === null ? 'inferred' : 'stated',
      ...extra,
    });
  }
  return found;
}

function hasMonthName(text: string, vocabulary: DateVocabulary): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word) => vocabulary.lexicon.months[word] !== undefined);
}

// Chrono runs all of its parsers over whatever it is given; a calendar date lies within a few words
// of its month name, so it reads only those windows of the sentence.
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 40;

/** Chrono's results over the windows around each month name or numeric date, offsets into the sentence. */
function parseNearMonths<R extends { index: number }>(
  sentence: string,
  vocabulary: DateVocabulary,
  parse: (window: string) => R[],
): R[] {
  const calendar = vocabulary.calendar;
  const windows: Array<[number, number]> = [];
  calendar.lastIndex = 0;
  for (let match = calendar.exec(sentence); match; match = calendar.exec(sentence)) {
    const from = Math.max(0, match.index - WINDOW_BEFORE);
    const to = Math.min(sentence.length, match.index + match[0].length + WINDOW_AFTER);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows.flatMap(([from, to]) => {
    // Start and end the window at word boundaries, so no word is cut in two.
    const start = from === 0 ? 0 : sentence.lastIndexOf(' ', from) + 1;
    const endSpace = sentence.indexOf(' ', to);
    const end = endSpace < 0 ? sentence.length : endSpace;
    return parse(sentence.slice(start, end)).map((result) => Object.assign(result, { index: result.index + start }));
  });
}
