/**
 * Our own recognizers for what chrono gets wrong or misses in news: weekdays and months resolved
 * backwards from the reference, "last year", "hace siete meses", "la víspera", bare years.
 */
import { addDays, addMonths, mondayOf, pad, weekdayFrom, weekdayOfWeek, yearFor } from './calendar.js';
import { WEEKDAY_NAMES, unresolved, type DateCandidate, type SentenceContext } from './candidate.js';
import type { DateVocabulary, Scanner } from './vocabulary.js';

type Direction = 'past' | 'next' | 'current' | null;

const OF_YEAR =
  /^\s+(?:del?\s+(?:año\s+(?:pasado|anterior|próximo|proximo|que\s+viene)|este\s+(?:mismo\s+)?año|próximo\s+año)|of\s+(?:last|this|next|the\s+previous)\s+year)/iu;

function directionOf(vocabulary: DateVocabulary, ...modifiers: (string | undefined)[]): Direction {
  const { lexicon } = vocabulary;
  for (const raw of modifiers) {
    const word = raw?.toLowerCase().replace(/\s+/g, ' ');
    if (!word) continue;
    if (lexicon.past.includes(word)) return 'past';
    if (lexicon.next.includes(word)) return 'next';
    if (lexicon.current.includes(word)) return 'current';
  }
  return null;
}

/** Runs a scanner's global regex over the sentence, if it holds a needle, and hands each match's `x` span to `make`. */
export function scan(
  context: SentenceContext,
  { pattern, bit }: Scanner,
  make: (groups: Record<string, string>, start: number, end: number) => DateCandidate | null,
): DateCandidate[] {
  const found: DateCandidate[] = [];
  if ((context.present & bit) === 0) return found;
  // The pattern is shared: exec from a reset lastIndex rather than matchAll, which copies it on every call.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(context.sentence); match; match = pattern.exec(context.sentence)) {
    const at = match.indices?.groups?.x;
    if (!at) continue;
    const candidate = make(match.groups ?? {}, context.start + at[0], context.start + at[1]);
    if (candidate) found.push(candidate);
  }
  return found;
}

/** "Thursday", "last Friday", "el jueves pasado", "este sábado". */
export function weekdays(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  return scan(context, vocabulary.weekday, (groups, start, end) => {
    const name = groups.wd ?? '';
    // English weekdays are capitalised; "sunday" in lower case is not a date we trust.
    if (vocabulary.language === 'en' && !/^\p{Lu}/u.test(name)) return null;
    const target = vocabulary.lexicon.weekdays[name.toLowerCase()] ?? 0;
    const weekday = WEEKDAY_NAMES[target];
    const { reference: ref } = context;
    if (!ref) return { ...unresolved(start, end), weekday };
    const direction = directionOf(vocabulary, groups.mod, groups.mod2);
    const value =
      direction === 'past'
        ? weekdayFrom(ref, target, -1, false)
        : direction === 'next'
          ? weekdayFrom(ref, target, 1, false)
          : direction === 'current'
            ? weekdayOfWeek(ref, target)
            : weekdayFrom(ref, target, context.isFuture(start) ? 1 : -1, true);
    return { start, end, value, grain: 'day', certainty: 'inferred', weekday };
  });
}

/** "last year", "next month", "la semana pasada". A week has no grain: its value is null and `range` holds its days. */
export function periods(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  return scan(context, vocabulary.period, (groups, start, end) => {
    const direction = directionOf(vocabulary, groups.mod, groups.mod2);
    if (!direction) return null;
    const ref = context.reference;
    if (!ref) return unresolved(start, end);
    const step = direction === 'past' ? -1 : direction === 'next' ? 1 : 0;
    const unit = vocabulary.lexicon.units[(groups.unit ?? '').toLowerCase()];
    if (unit === 'year')
      return { start, end, value: String(Number(ref.slice(0, 4)) + step), grain: 'year', certainty: 'inferred' };
    if (unit === 'month') return { start, end, value: addMonths(ref, step), grain: 'month', certainty: 'inferred' };
    const monday = addDays(mondayOf(ref), 7 * step);
    const sunday = addDays(monday, 6);
    // A week is no calendar grain: its value is the month that holds most of its days, the month
    // of its Thursday (as ISO 8601 places weeks in years); its days are in `range`.
    const value = addDays(monday, 3).slice(0, 7);
    return { start, end, value, grain: 'month', certainty: 'inferred', range: { from: monday, to: sunday } };
  });
}

/** "seven months ago", "hace dos años": the grain is the unit's (weeks resolve to a day). */
export function agos(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  return scan(context, vocabulary.ago, (groups, start, end) => {
    const ref = context.reference;
    const raw = (groups.n ?? '').toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : (vocabulary.lexicon.counts[raw] ?? Number.NaN);
    const unit = vocabulary.lexicon.units[(groups.unit ?? '').toLowerCase()];
    if (!ref || !Number.isFinite(n) || !unit) return unresolved(start, end);
    if (unit === 'year')
      return { start, end, value: String(Number(ref.slice(0, 4)) - n), grain: 'year', certainty: 'inferred' };
    if (unit === 'month') return { start, end, value: addMonths(ref, -n), grain: 'month', certainty: 'inferred' };
    return { start, end, value: addDays(ref, -(unit === 'week' ? 7 * n : n)), grain: 'day', certainty: 'inferred' };
  });
}

/** "yesterday", "hoy", "la víspera" (the day before the reference). */
export function days(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  return scan(context, vocabulary.day, (groups, start, end) => {
    const ref = context.reference;
    const word = (groups.word ?? '').toLowerCase().replace(/\s+/g, ' ');
    // "por la mañana" is the morning, "mañana" alone tomorrow.
    const nounMarkers = vocabulary.lexicon.dayNouns[word];
    if (
      nounMarkers &&
      nounMarkers.includes(
        context.text
          .slice(Math.max(context.start, start - 12), start)
          .trim()
          .split(/\s+/)
          .at(-1)
          ?.toLowerCase() ?? '',
      )
    )
      return null;
    if (!ref) return unresolved(start, end);
    const shift = vocabulary.lexicon.days[word] ?? 0;
    return { start, end, value: addDays(ref, shift), grain: 'day', certainty: 'inferred' };
  });
}

/** Whether the text just before `start` (within the sentence) ends with a preposition that makes what follows a time. */
function afterPreposition(context: SentenceContext, start: number, vocabulary: DateVocabulary): boolean {
  return vocabulary.preposition.test(context.text.slice(Math.max(context.start, start - 24), start));
}

/** "in October", "last October", "en octubre": a month without day or year, the most recent one unless the sentence looks forward. */
export function months(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  return scan(context, vocabulary.month, (groups, start, end) => {
    const name = groups.mon ?? '';
    const direction = directionOf(vocabulary, groups.mod, groups.mod2);
    // A bare month name is also a verb or a name ("may", "March", "Mayo"): it needs a preposition or modifier.
    if (!direction && !afterPreposition(context, start, vocabulary)) return null;
    if (vocabulary.language === 'en' && !/^\p{Lu}/u.test(name)) return null;
    const month = vocabulary.lexicon.months[name.toLowerCase()] ?? 1;
    const ref = context.reference;
    if (!ref) {
      // "In April alone", with no publication date: the first April on or after the latest date the text states.
      if (!context.floor || direction) return unresolved(start, end);
      return {
        start,
        end,
        value: `${yearFor(context.floor, month, null, 1)}-${pad(month)}`,
        grain: 'month',
        certainty: 'inferred',
      };
    }
    const refMonth = Number(ref.slice(5, 7));
    // "octubre del año pasado", "October of last year": the year is named after the month.
    const ofYear = OF_YEAR.exec(context.text.slice(end, Math.min(context.end, end + 24)));
    if (ofYear) {
      const shift = /pasado|last|previous|anterior/i.test(ofYear[0])
        ? -1
        : /próximo|proximo|next|que viene/i.test(ofYear[0])
          ? 1
          : 0;
      return {
        start,
        end: end + ofYear[0].length,
        value: `${Number(ref.slice(0, 4)) + shift}-${pad(month)}`,
        grain: 'month',
        certainty: 'inferred',
      };
    }
    let year: number;
    if (direction === 'current') year = Number(ref.slice(0, 4));
    else if (direction === 'past') year = yearFor(ref, month, null, -1) - (month === refMonth ? 1 : 0);
    else if (direction === 'next') year = yearFor(ref, month, null, 1) + (month === refMonth ? 1 : 0);
    else year = yearFor(ref, month, null, context.isFuture(start) ? 1 : -1);
    return { start, end, value: `${year}-${pad(month)}`, grain: 'month', certainty: 'inferred' };
  });
}

/** "in 2023", "en 2024", "since 2020": a stated year, needing no reference. */
export function years(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  return scan(context, vocabulary.year, (groups, start, end) => {
    if (!afterPreposition(context, start, vocabulary)) return null;
    return { start, end, value: groups.x ?? null, grain: 'year', certainty: 'stated' };
  });
}

/** "the end of the year", "end of the month", "finales de año": the year or month of the reference (or the next, as a deadline ahead). */
export function periodEnds(context: SentenceContext, vocabulary: DateVocabulary): DateCandidate[] {
  return scan(context, vocabulary.periodEnd, (groups, start, end) => {
    const ref = context.reference;
    if (!ref) return unresolved(start, end);
    const unit = vocabulary.lexicon.units[(groups.unit ?? groups.unit2 ?? groups.unit3 ?? '').toLowerCase()];
    if (unit === 'year') return { start, end, value: ref.slice(0, 4), grain: 'year', certainty: 'inferred' };
    if (unit === 'month') return { start, end, value: ref.slice(0, 7), grain: 'month', certainty: 'inferred' };
    return null;
  });
}
