import type { Located, Span } from '../../../core/index.js';
import { calendarChrono } from '../../common/calendar-chrono.js';
import { dates as enDates } from '../../../lexicons/en/dates.js';
import { dates as esDates } from '../../../lexicons/es/dates.js';

// Any fixed reference works: only dates whose year, month and day the text states are kept.
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const parsers = [calendarChrono.enStrict, calendarChrono.esStrict];
const MONTH_WORDS: ReadonlySet<string> = new Set([...Object.keys(enDates.months), ...Object.keys(esDates.months)]);
const WORD = /\p{L}+/gu;
// "2025-09-03", "9/3/2025", "03.09.2025".
const NUMERIC_DATE = /\d[/.-]\d/;

/** Whether a text could state a full calendar date: its month in words, or digits in a date's separators. */
function mayStateDate(value: string): boolean {
  if (NUMERIC_DATE.test(value)) return true;
  for (const [word] of value.matchAll(WORD)) if (MONTH_WORDS.has(word.toLowerCase())) return true;
  return false;
}

/** Formats a calendar date as ISO YYYY-MM-DD. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Finds a fully stated calendar date in a short stretch of text (a dateline, a "Published …" line),
 * with its span. Partial dates ("Oct. 14" without a year) are not publication dates.
 */
export function findStatedDate(text: string, within: Span): Located<string> | null {
  const value = text.slice(within.start, within.end);
  // A stated year is written in digits, and the month in words or numbers: without them, chrono (the costly part) need not run.
  if (!/\d\d/.test(value) || !mayStateDate(value)) return null;
  for (const parser of parsers) {
    for (const result of parser.parse(value, FIXED_REFERENCE)) {
      const { start } = result;
      if (!(start.isCertain('year') && start.isCertain('month') && start.isCertain('day'))) continue;
      const year = start.get('year');
      const month = start.get('month');
      const day = start.get('day');
      if (year === null || month === null || day === null || year < 1900) continue;
      const from = within.start + result.index;
      return { value: isoDay(year, month, day), span: { start: from, end: from + result.text.length } };
    }
  }
  return null;
}
