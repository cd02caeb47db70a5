import type { DateMention, Span } from '../core/index.js';
import type { DateLexicon } from '../lexicons/index.js';
import { phrasePattern as escape } from '../pipeline/common/patterns.js';

/** The period a figure counts over, as its sentence states it: first and last day, and its words. */
export interface StatedPeriod {
  readonly from: string;
  readonly to: string;
  readonly text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day a resolved date covers; null for one the dates stage could not resolve. */
function bounds(date: DateMention): { from: string; to: string } | null {
  if (date.range) return { from: date.range.from, to: date.range.to };
  if (!date.value || !date.grain) return null;
  const [year, month] = date.value.split('-').map(Number) as [number, number?];
  if (date.grain === 'day') return { from: date.value, to: date.value };
  if (date.grain === 'month' && month)
    return { from: `${date.value}-01`, to: `${date.value}-${pad(lastDayOfMonth(year, month))}` };
  if (date.grain === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  return null;
}

/**
 * Whether two dates of a sentence are the ends of one period: "between January and March", "from
 * May to July", "entre enero y marzo", "January–March". A bare "and" or "y" joins them only after a
 * word that opens a period, so that "in January and in March" stays two dates.
 */
function joined(text: string, first: DateMention, second: DateMention, lexicon: DateLexicon): boolean {
  const between = text.slice(first.end, second.start);
  if (/^\s*[-–—]\s*$/.test(between)) return true;
  const link = lexicon.periodLinks.find((word) => new RegExp(`^\\s+${escape(word)}\\s+$`, 'iu').test(between));
  if (!link) return false;
  const before = text.slice(Math.max(0, first.start - 20), first.start);
  const opened = lexicon.periodStarts.some((word) =>
    new RegExp(`(?:^|[^\\p{L}])${escape(word)}\\s+$`, 'iu').test(before),
  );
  return opened || !/^(?:and|y|y el)$/i.test(link);
}

const words = (text: string) => text.split(/[^\p{L}\p{N}.]+/u).filter(Boolean);

/** Whether the words between a figure and a date hold another clause, which the date would belong to. */
function breaks(between: string, lexicon: DateLexicon, commas: number): boolean {
  if (/[;:()—–]/.test(between) || (between.match(/,/g)?.length ?? 0) > commas) return true;
  const folded = new Set(words(between.toLowerCase()));
  return lexicon.periodBreaks.some((word) => folded.has(word));
}

/**
 * The period a figure's sentence states for it: a date (a day, a month, a year, a range of days, a
 * week) after the figure in the same clause ("closed 12 tunnels in March"), else one that opens the
 * sentence before it ("In 2025, the units closed 20 tunnels"); two dates joined into one period
 * ("between January and March") count as one; the dateline's date never does. Null when the
 * sentence states none for the figure, or states one the dates stage could not resolve.
 */
export function statedPeriod(
  text: string,
  figure: Span,
  sentence: Span,
  dates: readonly DateMention[],
  dateline: Span | null,
  lexicon: DateLexicon,
): StatedPeriod | null {
  const inside = dates.filter(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      (!dateline || d.end <= dateline.start || d.start >= dateline.end),
  );
  const pair = (index: number): [DateMention, DateMention] => {
    const date = inside[index]!;
    const next = inside[index + 1];
    const previous = inside[index - 1];
    if (next && joined(text, date, next, lexicon)) return [date, next];
    if (previous && joined(text, previous, date, lexicon)) return [previous, date];
    return [date, date];
  };
  const after = inside.findIndex((d) => d.start >= figure.end);
  const before = inside.findLastIndex((d) => d.end <= figure.start);
  let chosen: [DateMention, DateMention] | null = null;
  if (after >= 0 && !breaks(text.slice(figure.end, inside[after]!.start), lexicon, 0)) chosen = pair(after);
  else if (before >= 0) {
    const [first, last] = pair(before);
    // A date before the figure is its period only when it opens the sentence ("In October, 26 people…"),
    // after the dateline when the sentence starts with one ("WASHINGTON, June 10 — In May, …").
    const afterDateline = dateline && dateline.start >= sentence.start && dateline.end <= first.start;
    const opening = afterDateline
      ? text.slice(dateline.end, first.start).replace(/^[^\p{Ll}]*?[—–-]\s*/u, '')
      : text.slice(sentence.start, first.start);
    if (!/,/.test(opening) && words(opening).length <= 3 && !breaks(text.slice(last.end, figure.start), lexicon, 1))
      chosen = [first, last];
  }
  if (!chosen) return null;
  const [first, last] = chosen;
  const from = bounds(first)?.from;
  const to = bounds(last)?.to;
  if (!from || !to) return null;
  return { from, to: to < from ? from : to, text: text.slice(first.start, last.end) };
}
