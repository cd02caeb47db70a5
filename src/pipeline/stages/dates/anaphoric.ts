/**
 * Dates told from another date of the text: "the next day", "la víspera", "el mismo día" (a day
 * next to the latest day stated before), "six months later", "seis meses después" (counted from
 * the latest date before, in its grain), and "a day after reaching a deal", "tres días después de
 * que hablara" (the clause's event, counted back from the sentence's own date or the reference).
 */
import { addDays, addMonths } from './calendar.js';
import { unresolved, type AnchorGrain, type DateCandidate, type SentenceContext } from './candidate.js';
import { scan } from './relative.js';
import type { DateVocabulary } from './vocabulary.js';

/** A date already resolved, as an anchor. */
export type Anchor = Pick<DateCandidate, 'value' | 'grain'>;

/** "the next day", "la víspera", "el mismo día". */
export function anaphoricDays(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  return scan(context, vocabulary.anaphoricDay, (groups, start, end) => {
    const phrase = (groups.word ?? '').toLowerCase().replace(/\s+/g, ' ');
    // "the day before the vote", "la víspera de la cumbre": the day of something the text does not date.
    if (opensClause(context, vocabulary, phrase.split(' ').at(-1) ?? '', end)) return null;
    const shift = vocabulary.lexicon.anaphoricDays[phrase] ?? 0;
    const anchor = context.anchorBefore(start, 'day') ?? dayOf(context.reference);
    return shifted(anchor, shift, 'day', start, end);
  });
}

/** "two days later", "seis meses después"; "a day after reaching a deal" counts back from the sentence's date. */
export function countedDates(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  return scan(context, vocabulary.counted, (groups, start, end) => {
    const raw = (groups.n ?? '').toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : (vocabulary.lexicon.counts[raw] ?? Number.NaN);
    const unit = vocabulary.lexicon.units[(groups.unit ?? '').toLowerCase()];
    if (!Number.isFinite(n) || !unit) return unresolved(start, end);
    const direction = (groups.dir ?? '').toLowerCase().replace(/\s+/g, ' ');
    const later = vocabulary.lexicon.later.includes(direction);
    if (opensClause(context, vocabulary, direction, end)) {
      // "X happened N days after Y": Y lies N days before X, whose date is the sentence's or the reference.
      const anchor = context.anchorBefore(start, finestFor(unit), true) ?? dayOf(context.reference);
      return shifted(anchor, later ? -n : n, unit, start, end);
    }
    return shifted(context.anchorBefore(start, finestFor(unit)), later ? n : -n, unit, start, end);
  });
}

/** Whether `word`, ending an expression at `end`, takes a clause or noun after it ("after reaching", "antes de la votación"). */
function opensClause(context: SentenceContext, vocabulary: DateVocabulary, word: string, end: number): boolean {
  return (
    vocabulary.lexicon.clauseWords.includes(word) &&
    vocabulary.clauseLink.test(context.text.slice(end, Math.min(context.end, end + 24)))
  );
}

function finestFor(unit: 'day' | 'week' | 'month' | 'year'): AnchorGrain {
  return unit === 'week' ? 'day' : unit;
}

function dayOf(reference: string | null): Anchor | null {
  return reference ? { value: reference, grain: 'day' } : null;
}

/** The anchor moved by `n` units, in the grain both can carry; unresolved when the anchor is too coarse. */
function shifted(
  anchor: Anchor | null,
  n: number,
  unit: 'day' | 'week' | 'month' | 'year',
  start: number,
  end: number,
): DateCandidate {
  const value = anchor?.value;
  if (!value || !anchor.grain) return unresolved(start, end);
  if (unit === 'year')
    return { start, end, value: String(Number(value.slice(0, 4)) + n), grain: 'year', certainty: 'inferred' };
  if (unit === 'month') {
    if (anchor.grain === 'year') return unresolved(start, end);
    return {
      start,
      end,
      value: addMonths(value.length === 7 ? `${value}-01` : value, n),
      grain: 'month',
      certainty: 'inferred',
    };
  }
  if (anchor.grain !== 'day') return unresolved(start, end);
  return { start, end, value: addDays(value, unit === 'week' ? 7 * n : n), grain: 'day', certainty: 'inferred' };
}
