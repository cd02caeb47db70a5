/**
 * The publication date from everything a document carries, best source first: the user's or the
 * markup's (`hints.published`), a label that opens the text (" date 2025-12-12 ", "Publicado: …"),
 * the URL or file name ("/2025/12/11/"), a line that holds a date and little else near the top
 * ("Wednesday, September 3, 2025", "Nov. 4, 2025, 9:15 a.m. CT"), a byline with a date, and the
 * dateline that opens the first paragraph ("MONTERREY, 4 de marzo de 2025 (EFE).-"). A source that
 * gives only the month is made exact by a later one of the same month, or by the text naming the
 * day as today ("este lunes 14 de julio"). Last, when nothing else dates the document, a date the
 * text names as a day next to its own ("el 9 de febrero, ayer por la tarde", "yesterday,
 * March 3"): the day it was written follows, in the year the date states or, without one, the latest
 * year the text's dates state.
 */
import type { Located, PublishedDate, PublishedSource, SourceInfo, Span } from '../../../core/index.js';
import { dates as enDates } from '../../../lexicons/en/dates.js';
import { dates as esDates } from '../../../lexicons/es/dates.js';
import { countWords } from '../../../text/normalize.js';
import { findStatedDate, isoDay } from './published.js';
import { alternation } from '../../common/patterns.js';

/** Lines from the top of a document in which a date line is looked for. */
const TOP_LINES = 8;
/** Words of three letters or more a date line may hold besides its date: a weekday, a zone, a label, a section. */
const DATE_LINE_EXTRA_WORDS = 4;
/** Words a date line holds at most. */
const DATE_LINE_WORDS = 16;
const WORD_OF_THREE = /\p{L}{3,}/gu;
/** Characters at the start of the first paragraph in which a dateline's date lies. */
const DATELINE_LENGTH = 90;

const lexicons = [enDates, esDates];
const FROM_OUTSIDE_THE_TEXT: ReadonlySet<PublishedSource> = new Set(['label', 'locator', 'metadata']);
const FROM_THE_TEXT: ReadonlySet<PublishedSource> = new Set(['date-line', 'byline', 'dateline']);
const labels = alternation(lexicons.flatMap((l) => l.publishedLabels));
// " date 2025-12-12 ", "Published: 2025-12-12T10:00:00Z", "Fecha: 2025-12" at the very start of the text.
const LABELLED = new RegExp(
  `^\\s*(?:${labels})\\s*[:\\-–]?\\s*(?<iso>(?:19|20)\\d\\d-\\d\\d(?:-\\d\\d)?)(?:T[\\d:.]+(?:Z|[+-]\\d\\d:?\\d\\d)?)?(?=\\s|$)`,
  'iu',
);
const TODAY = new RegExp(
  [
    // "este lunes 14 de julio", "hoy, martes 4 de marzo"
    `\\b(?:${alternation(esDates.todayWords)}),?\\s+(?<wd>${alternation(Object.keys(esDates.weekdays))}),?\\s+(?<d>\\d{1,2})\\s+de\\s+(?<m>${alternation(Object.keys(esDates.months))})\\b`,
    // "today, Monday, July 14", "this Monday, July 14"
    `\\b(?:${alternation(enDates.todayWords)}),?\\s+(?<wd2>${alternation(Object.keys(enDates.weekdays))}),?\\s+(?<m2>${alternation(Object.keys(enDates.months))})\\.?\\s+(?<d2>\\d{1,2})\\b`,
  ].join('|'),
  // Without the `u` flag a case-insensitive alternation runs several times faster.
  'i',
);

/** What the clean stage knows of a document's top when it looks for its publication date. */
export interface PublicationEvidence {
  readonly text: string;
  readonly source: SourceInfo;
  readonly hint: { readonly value: string | null | undefined; readonly source: PublishedSource | undefined };
  /** The non-blank lines, in order. */
  readonly lines: readonly Span[];
  /** Lines that are furniture other than a masthead (menus, prompts, lists). */
  readonly isFurniture: (i: number) => boolean;
  /** The header lines between the title and the first paragraph. */
  readonly header: readonly number[];
  /** The first paragraph's line, or -1. */
  readonly lede: number;
  /** The full calendar date a line states, with its span. */
  readonly statedDateAt: (i: number) => Located<string> | null;
}

/** The publication date of a document with where it was read, or null. */
export function findPublished(evidence: PublicationEvidence): PublishedDate | null {
  const { text } = evidence;
  const candidates = sources(evidence);
  const best = candidates.next().value ?? null;
  if (!best) return null;
  if (best.value.length === 10) {
    if (best.source === 'user' || best.source === 'manifest') return best;
    // The text's own date line may name another day than the page's label: its "today" is that day.
    if (FROM_OUTSIDE_THE_TEXT.has(best.source)) {
      for (const later of candidates) {
        if (FROM_THE_TEXT.has(later.source) && later.value.length === 10)
          return later.value === best.value ? best : { ...best, written: { value: later.value, span: later.span } };
      }
    }
    // "this Friday Aug. 1" far from the page's date: the text was written in that week, not on the page's day.
    const today = namedToday(text, best.value.slice(0, 4));
    if (today && Math.abs(dayNumber(today.value) - dayNumber(best.value)) > WEEK_DAYS)
      return { ...best, written: today };
    return best;
  }
  // Only the month is known: a later source of the same month, or the text naming today, gives the day.
  for (const later of candidates) if (later.value.length === 10 && later.value.startsWith(best.value)) return later;
  const today = namedToday(text, best.value.slice(0, 4));
  return today?.value.startsWith(best.value) ? { ...today, source: best.source } : best;
}

const WEEK_DAYS = 7;

/**
 * The day the text names as this week's by weekday and date ("este lunes 14 de julio", "this Friday
 * Aug. 1"), in the given year or the one before, when the weekday is that date's; else null.
 */
function namedToday(text: string, year: string): Located<string> | null {
  const today = TODAY.exec(text.slice(0, 3000));
  if (!today?.groups) return null;
  const g = today.groups;
  const monthName = (g.m ?? g.m2 ?? '').toLowerCase();
  const month = enDates.months[monthName] ?? esDates.months[monthName] ?? 0;
  const weekday = enDates.weekdays[(g.wd2 ?? '').toLowerCase()] ?? esDates.weekdays[(g.wd ?? '').toLowerCase()];
  for (const y of [Number(year), Number(year) - 1]) {
    const value = isoDay(y, month, Number(g.d ?? g.d2));
    if (isRealDay(value) && weekday === new Date(`${value}T12:00:00Z`).getUTCDay()) {
      return { value, span: { start: today.index, end: today.index + today[0].length } };
    }
  }
  return null;
}

/** Characters from the top in which a day named as today or yesterday is looked for. */
const NAMED_DAY_REACH = 3000;
// Days before or on the writer's today ("ayer", "anoche", "yesterday"); "mañana" is also "morning", and
// a day ahead is a plan, not the day of writing.
const daysBack = (days: Readonly<Record<string, number>>) =>
  alternation(Object.keys(days).filter((word) => days[word]! <= 0));
const ES_MONTHS = alternation(Object.keys(esDates.months));
const EN_MONTHS = alternation(Object.keys(enDates.months));
const NAMED_DAY = new RegExp(
  [
    // "3 de marzo, ayer", "1o. de octubre de 2025, hoy"
    `\\b(?<d>\\d{1,2})(?:o\\.?|º)?\\s+de\\s+(?<m>${ES_MONTHS})(?:\\s+del?\\s+(?<y>(?:19|20)\\d\\d))?\\s*,\\s*(?<w>${daysBack(esDates.days)})\\b`,
    // "ayer, lunes 3 de marzo", "hoy 2 de octubre de 2025"
    `\\b(?<w2>${daysBack(esDates.days)})\\s*,?\\s+(?:(?<wd2>${alternation(Object.keys(esDates.weekdays))})\\s*,?\\s+)?(?<d2>\\d{1,2})(?:o\\.?|º)?\\s+de\\s+(?<m2>${ES_MONTHS})(?:\\s+del?\\s+(?<y2>(?:19|20)\\d\\d))?\\b`,
    // "yesterday, Monday, March 3", "today, Oct. 2, 2025"
    `\\b(?<w3>${daysBack(enDates.days)})\\s*,?\\s+(?:(?<wd3>${alternation(Object.keys(enDates.weekdays))})\\s*,?\\s+)?(?<m3>${EN_MONTHS})\\.?\\s+(?<d3>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y3>(?:19|20)\\d\\d))?\\b`,
  ].join('|'),
  'i',
);
// A year a stated date carries: "octubre de 2024", "January 2025", "Jan. 5, 2025".
const YEAR_OF_A_DATE = new RegExp(
  `\\b(?:${ES_MONTHS}|${EN_MONTHS})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+(?:del?\\s+)?((?:19|20)\\d\\d)\\b`,
  'gi',
);

/**
 * The day a text was written, from a date it names as today, yesterday or the like ("el 9 de febrero,
 * ayer por la tarde"); without a stated year, the latest year the text's dates carry. The
 * weekday, when named, must be the date's.
 */
function namedDay(text: string): Located<string> | null {
  const top = text.slice(0, NAMED_DAY_REACH);
  const match = NAMED_DAY.exec(top);
  if (!match?.groups) return null;
  const g = match.groups;
  const word = (g.w ?? g.w2 ?? g.w3 ?? '').toLowerCase();
  const offset = esDates.days[word] ?? enDates.days[word];
  const monthName = (g.m ?? g.m2 ?? g.m3 ?? '').toLowerCase();
  const month = esDates.months[monthName] ?? enDates.months[monthName];
  if (offset === undefined || !month) return null;
  let year = Number(g.y ?? g.y2 ?? g.y3 ?? 0);
  if (!year) for (const stated of top.matchAll(YEAR_OF_A_DATE)) year = Math.max(year, Number(stated[1]));
  const named = isoDay(year, month, Number(g.d ?? g.d2 ?? g.d3));
  if (!year || !isRealDay(named)) return null;
  const weekdayName = (g.wd2 ?? g.wd3 ?? '').toLowerCase();
  const weekday = esDates.weekdays[weekdayName] ?? enDates.weekdays[weekdayName];
  if (weekday !== undefined && weekday !== new Date(`${named}T12:00:00Z`).getUTCDay()) return null;
  const written = new Date((dayNumber(named) - offset) * 86_400_000).toISOString().slice(0, 10);
  return { value: written, span: { start: match.index, end: match.index + match[0].length } };
}

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Every publication date the document gives, best source first. */
function* sources(evidence: PublicationEvidence): Generator<PublishedDate> {
  const { text, lines, statedDateAt } = evidence;
  const hinted = isoPrefix(evidence.hint.value);
  if (hinted) yield { value: hinted, span: null, source: evidence.hint.source ?? 'metadata' };
  const labelled = LABELLED.exec(text.slice(0, 120));
  if (labelled?.groups?.iso && isoPrefix(labelled.groups.iso)) {
    const at = labelled.index + labelled[0].indexOf(labelled.groups.iso);
    yield { value: labelled.groups.iso, span: { start: at, end: at + labelled.groups.iso.length }, source: 'label' };
  }
  const located = dateFromLocator(evidence.source);
  if (located) yield { value: located, span: null, source: 'locator' };
  for (let i = 0; i < Math.min(lines.length, TOP_LINES); i++) {
    // Reading a date costs a chrono parse: a line too long to be a date line is not read.
    if (
      evidence.isFurniture(i) ||
      countWords(text.slice(lines[i]!.start, lines[i]!.end), DATE_LINE_WORDS + 1) > DATE_LINE_WORDS
    )
      continue;
    const date = statedDateAt(i);
    if (date && isDateLine(text, lines[i]!, date)) yield { ...date, source: 'date-line' };
  }
  for (const i of evidence.header) {
    const date = statedDateAt(i);
    if (date && countWords(text.slice(lines[i]!.start, lines[i]!.end), 24) <= 24) yield { ...date, source: 'byline' };
  }
  if (evidence.lede >= 0) {
    const date = ledeDateline(text, lines[evidence.lede]!);
    if (date) yield { ...date, source: 'dateline' };
  }
  const named = namedDay(text);
  if (named) yield { ...named, source: 'named-day' };
}

/**
 * A line that holds a date and little else: a weekday, a time and zone, a label, a section name. In a strip of
 * fields ("Secretaría de Marina | 4 de mayo de 2026 | Comunicado"), the date's own field is what counts.
 */
export function isDateLine(text: string, line: Span, date: Located<string>): boolean {
  if (!date.span || countWords(text.slice(line.start, line.end), DATE_LINE_WORDS + 1) > DATE_LINE_WORDS) return false;
  let start = line.start;
  let end = line.end;
  for (const separator of text.slice(line.start, line.end).matchAll(FIELD_SEPARATOR)) {
    const at = line.start + separator.index;
    if (at + separator[0].length <= date.span.start) start = at + separator[0].length;
    else if (at >= date.span.end && at < end) end = at;
  }
  const rest = text.slice(start, date.span.start) + ' ' + text.slice(date.span.end, end);
  return (rest.match(WORD_OF_THREE) ?? []).length <= DATE_LINE_EXTRA_WORDS;
}

/** What separates the fields of a byline strip: a bar or a bullet with spaces around it. */
const FIELD_SEPARATOR = /\s[|•·]\s/gu;

/** Whether a line starts with a label and ISO date (" date 2025-12-12 "): where the rest of it begins, else -1. */
export function afterDateLabel(line: string): number {
  const match = LABELLED.exec(line);
  return match ? match.index + match[0].length : -1;
}

// "2025-12-11", "2025/12/11", "2025_12_11" and "20251211" as a segment; "/2025/12/" for the month alone.
const LOCATOR_DAY = /(?<![\d])((?:19|20)\d\d)([/_.-]?)(\d{1,2})\2(\d{1,2})(?![\d])/;
const LOCATOR_MONTH = /\/((?:19|20)\d\d)\/(\d{1,2})\//;

/** A date a URL or file name states: "/2025/12/11/", "2025-12-11-report.txt", "/2025/12/" (the month). */
export function dateFromLocator(source: SourceInfo): string | null {
  const places = [source.url?.replace(/^[a-z]+:\/\/[^/]+/i, ''), source.path?.split(/[\\/]/).pop(), source.name];
  for (const place of places) {
    if (!place) continue;
    const day = LOCATOR_DAY.exec(place);
    if (day) {
      const [, year, separator, month, date] = day;
      // Digits run together only as YYYYMMDD.
      if (separator === '' && (month!.length !== 2 || date!.length !== 2)) continue;
      const value = isoDay(Number(year), Number(month), Number(date));
      if (isRealDay(value)) return value;
    }
    const month = LOCATOR_MONTH.exec(place);
    if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2]!.padStart(2, '0')}`;
  }
  return null;
}

// The end of a dateline: a dash, ".-", or a colon after the place, the date and the agency.
const DATELINE_END = /\s*(?:\.\s*[-–—]|[-–—]+|:)(?=\s|\p{Lu}|$)/u;
// A dateline is a place, a date and an agency: it holds no lower-case word longer than a preposition.
const LONG_LOWER_WORD = /(?<![\p{L}.])\p{Ll}{4,}(?![\p{L}.])/u;

/** The full date of a dateline that opens the first paragraph: "LAREDO, Texas, Oct. 14, 2025 - The …". */
function ledeDateline(text: string, lede: Span): Located<string> | null {
  // A dateline sits in the first words; chrono need not read the whole paragraph.
  const date = findStatedDate(text, { start: lede.start, end: Math.min(lede.end, lede.start + DATELINE_LENGTH) });
  if (!date?.span || date.span.start - lede.start > 60) return null;
  const head = text.slice(lede.start, Math.min(lede.end, lede.start + 120));
  const end = DATELINE_END.exec(head.slice(date.span.end - lede.start));
  if (!end || end.index > 30) return null;
  const dateline = head.slice(0, date.span.end - lede.start + end.index);
  const withoutDate = dateline.slice(0, date.span.start - lede.start) + dateline.slice(date.span.end - lede.start);
  return LONG_LOWER_WORD.test(withoutDate.replace(/\b(?:de|del|la|las|los|el)\b/g, '')) ? null : date;
}

/** The date at the start of an ISO date or timestamp ("2025-09-08T10:00:00Z" → "2025-09-08", "2025-09"), without time-zone shifts. */
function isoPrefix(stated: string | null | undefined): string | null {
  const match = stated?.trim().match(/^((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?/);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day === undefined) return Number(month) >= 1 && Number(month) <= 12 ? `${year}-${month}` : null;
  const iso = `${year}-${month}-${day}`;
  return isRealDay(iso) ? iso : null;
}

function isRealDay(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}
