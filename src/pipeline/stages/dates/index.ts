/**
 * dates — finds date expressions in the body and resolves them against the reference date.
 *
 * Needs: clean (language, published), sentences. Produces: DateMention spans, sorted, without overlaps.
 * The reference is `settings.referenceDate`, else the date the text states for itself at its top
 * when the page's date differs (`published.written`), else the publication date; without any, the
 * latest full date the text stated before the sentence (a day and month then take the nearest
 * year). Never the clock.
 * Policy on top of chrono: in past-tense news a bare weekday or month is the most recent one on or
 * before the reference, unless the words before it look forward ("will", "next", "próximo", "-rá") or it is a
 * deadline in a sentence of promises ("pledged to … by June 30"); "last week" takes the month that holds
 * most of its days (its Thursday's), and `range` holds its Monday and Sunday; "the end of March" is March; bare years need a
 * preposition ("in 2023"). Ranges of days ("March 15–20", "del 1 al 3 de octubre") take their first
 * day as value and both ends as `range`. Dates told from another date ("the next day", "la víspera",
 * "seis meses después") count from the latest date before them; "a day after reaching a deal" dates
 * the clause's event back from the sentence's own date. Without a reference or anchor, anything
 * relative is unresolved (value and grain null).
 * Spans hold the expression without a leading preposition or article ("Thursday", "September 3").
 * Reports: `date-unresolved` (info) for a relative date with no reference to resolve against.
 * Known limits: "the day before the summit" (a day of an undated event) is left out; "past year" is
 * read as "last year"; week-based ranges ("the first week of May") and ranges of months are left to
 * chrono or missed.
 *
 * ok:     "Rubio met Sheinbaum on Thursday." published 2025-09-05 → "Thursday" = 2025-09-04
 * not-ok: "A 3.200 km border." → no date ("de 3" is not a date)
 */
import { defineStage, type DateMention, type Span } from '../../../core/index.js';
import { lexiconLanguage } from '../../../lexicons/index.js';
import { isIsoDate } from './calendar.js';
import { calendarDates } from './calendar-dates.js';
import type { AnchorGrain, DateCandidate, SentenceContext } from './candidate.js';
import { anaphoricDays, countedDates } from './anaphoric.js';
import { ranges } from './ranges.js';
import { agos, days, months, periodEnds, periods, weekdays, years } from './relative.js';
import { dateVocabulary, type DateVocabulary } from './vocabulary.js';

type Recognizer = (context: SentenceContext, vocabulary: DateVocabulary) => DateCandidate[];

/** Recognizers in order of preference when two find the same span: chrono's calendar dates first. */
export const recognizers: readonly Recognizer[] = [
  ranges,
  calendarDates,
  weekdays,
  periods,
  periodEnds,
  agos,
  days,
  months,
  years,
];

/** Recognizers of dates told from another date ("the next day", "seis meses después"), run once the others have read the sentence. */
export const anaphoricRecognizers: readonly Recognizer[] = [anaphoricDays, countedDates];

/** The dates stage: date expressions resolved against the reference date. */
export const dates = defineStage({
  name: 'dates',
  needs: ['clean', 'sentences'],
  run({ document, settings, clean, sentences }, report) {
    const vocabulary = dateVocabulary(lexiconLanguage(clean.language));
    const published =
      [settings.referenceDate, clean.published?.written?.value, clean.published?.value].find(isIsoDate) ?? null;
    const places: Array<Span & { readonly paragraph?: number }> = [...sentences];
    // A dateline outside the body ("Report 08 Sep 2025 by …") is still a date the text states.
    const dateline = clean.published?.span;
    if (
      dateline &&
      clean.published?.source !== 'label' &&
      !sentences.some((s) => s.start <= dateline.start && dateline.end <= s.end)
    ) {
      places.push(dateline);
      places.sort((a, b) => a.start - b.start);
    }
    const read = (floor: string | null): DateCandidate[] => {
      const found: DateCandidate[] = [];
      // Without a publication date, the latest full date the text has stated is the reference.
      let latestStated: string | null = null;
      const latest: Record<AnchorGrain, DateCandidate | null> = { day: null, month: null, year: null };
      const introOf = new Map<number, string | null>();
      const intros = (paragraph: number) => {
        if (!introOf.has(paragraph)) introOf.set(paragraph, listIntro(document.text, clean.paragraphs, paragraph));
        return introOf.get(paragraph)!;
      };
      for (const place of places) {
        const sentence = document.text.slice(place.start, place.end);
        if (!vocabulary.gate.test(sentence)) continue;
        // A list item ("Integrar, a más tardar el 30 de junio, …") promises what its introduction promises ("se comprometieron a:").
        // Few dates follow a deadline word, so the sentence is searched for promises only then.
        let promises: boolean | undefined;
        const obligation = () => {
          if (promises === undefined) {
            const intro = place.paragraph !== undefined ? intros(place.paragraph) : null;
            promises = [sentence, ...(intro ? [intro] : [])].some(
              (t) => vocabulary.obligation.test(t) || vocabulary.future.test(t),
            );
          }
          return promises;
        };
        const isFuture = (at: number) => {
          // The future cue must govern the date: within its last few words ("will meet on Friday"),
          // not anywhere in the sentence ("the unit agreed in January will …").
          const before = document.text.slice(Math.max(place.start, at - 90), at);
          if (vocabulary.future.test(before.split(/\s+/).slice(-4).join(' '))) return true; // "scheduled for April 14"
          // "acordada en enero", "agreed in January", "held on Thursday": a past participle before the date's preposition.
          if (
            /\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|ed)\s+(?:\p{L}+\s+)?$/u.test(
              before.split(/\s+/).slice(-3).join(' ') + ' ',
            )
          )
            return false;
          const clause = before.split(/[,;:]|\s(?:que|that|which|donde|where)\s/u).at(-1) ?? before;
          if (vocabulary.future.test(clause)) return true;
          if (vocabulary.deadline.test(before) && obligation()) return true;
          // "se comprometieron a presentar … del 14 de abril": a promise to do something on that date.
          const promise = vocabulary.obligation.exec(before);
          return (
            promise !== null &&
            /(?:\bto\s+\p{L}+|\ba\s+\p{L}+(?:ar|er|ir)\b)/u.test(before.slice(promise.index)) &&
            !/[.;]/.test(before.slice(promise.index))
          );
        };
        let own: DateCandidate[] = [];
        const anchorBefore = (at: number, finest: AnchorGrain, withinSentence = false) => {
          let best: DateCandidate | null = null;
          for (const date of own) {
            if (date.end <= at && isAnchor(date, finest) && (!best || date.start > best.start)) best = date;
          }
          if (best || withinSentence) return best;
          return latest[finest];
        };
        const context: SentenceContext = {
          text: document.text,
          start: place.start,
          end: place.end,
          sentence,
          present: vocabulary.present(sentence.toLowerCase()),
          reference: published ?? latestStated,
          referenceFromText: !published && latestStated !== null,
          floor,
          isFuture,
          anchorBefore,
        };
        for (const recognize of recognizers) own.push(...recognize(context, vocabulary));
        if (own.length > 1) own = withoutOverlaps(own);
        // Dates told from another date come after the others, which they may be told from.
        const before = own.length;
        for (const recognize of anaphoricRecognizers) own.push(...recognize(context, vocabulary));
        if (own.length > before) own = withoutOverlaps(own);
        for (const date of own) {
          found.push(date);
          for (const finest of ANCHOR_GRAINS) if (isAnchor(date, finest)) latest[finest] = date;
          if (date.grain === 'day' && date.certainty === 'stated' && date.value) latestStated = date.value;
        }
      }
      return found;
    };
    let found = read(null);
    // No publication date: a yearless date before the text's first stated day is read again against
    // the latest year-bearing date the whole text states (a second pass, for such documents only).
    if (!published && found.some((d) => d.value === null)) {
      const floor = latestYearBearing(found);
      if (floor) found = read(floor);
    }
    if (!published) {
      for (const date of found) {
        if (date.value === null)
          report.info('Relative date has no reference date to resolve against', date, { ruleId: 'date-unresolved' });
      }
    }
    return found;
  },
});

const ANCHOR_GRAINS = ['day', 'month', 'year'] as const;

/** The latest month or day, with a year the text states, among the dates found: "2025-01" of "enero de 2025". */
function latestYearBearing(found: readonly DateCandidate[]): string | null {
  let latest: string | null = null;
  for (const date of found) {
    if (date.certainty !== 'stated' || !date.value || date.range || (date.grain !== 'day' && date.grain !== 'month'))
      continue;
    const day = date.grain === 'day' ? date.value.slice(0, 10) : `${date.value.slice(0, 7)}-01`;
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

/** Whether a date can anchor one told from it in the given unit: a day for days, a month or day for months, any for years; never a week. */
function isAnchor(date: DateCandidate, finest: AnchorGrain): boolean {
  if (date.value === null || date.range || !date.grain) return false;
  return finest === 'year' || date.grain === 'day' || (finest === 'month' && date.grain === 'month');
}

/** Keeps the longest of overlapping candidates (the earlier recognizer on a tie), sorted by (start, end). */
function withoutOverlaps(candidates: readonly DateCandidate[]): DateMention[] {
  const ranked = candidates.map((candidate, order) => ({ candidate, order }));
  ranked.sort(
    (a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order,
  );
  const kept: DateCandidate[] = [];
  for (const { candidate } of ranked) {
    if (candidate.end > candidate.start && !kept.some((k) => k.start < candidate.end && candidate.start < k.end))
      kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Paragraphs a list item can run to: its items are short. */
const LIST_ITEM_LENGTH = 400;

/**
 * The paragraph that introduces the list `paragraph` belongs to — the nearest one before it that
 * ends with a colon, with only short paragraphs (the list's items) between — or null.
 */
function listIntro(text: string, paragraphs: readonly Span[], paragraph: number): string | null {
  for (let k = paragraph - 1; k >= 0 && paragraph - k <= 12; k--) {
    const { start, end } = paragraphs[k]!;
    let last = end - 1;
    while (last > start && /\s/u.test(text[last]!)) last--;
    if (text[last] === ':') return text.slice(start, last + 1);
    if (end - start > LIST_ITEM_LENGTH) return null;
  }
  return null;
}
