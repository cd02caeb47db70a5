/** Regular expressions built once per language from the date lexicons. */
import type { DateLexicon } from '../../../lexicons/date-lexicon.js';
import { dates as enDates } from '../../../lexicons/en/dates.js';
import { dates as esDates } from '../../../lexicons/es/dates.js';
import type { LexiconLanguage } from '../../../lexicons/index.js';
import { alternation, LATIN_WORD_END, LATIN_WORD_START } from '../../common/patterns.js';

/**
 * A global pattern with the words one of which every match holds, in lower case: a sentence that
 * contains none of them (as a substring) cannot match, and is not scanned.
 */
export interface Scanner {
  readonly pattern: RegExp;
  readonly needles: readonly string[];
  /** The scanner's bit in the mask `DateVocabulary.present` returns. */
  readonly bit: number;
}

/** A language's date lexicon with the patterns the recognizers run. */
export interface DateVocabulary {
  readonly language: LexiconLanguage;
  readonly lexicon: DateLexicon;
  /** Weekday, optionally with a modifier: "last Thursday", "el jueves pasado", "este sábado". */
  readonly weekday: Scanner;
  /** Week, month or year with a modifier: "last year", "la semana pasada". */
  readonly period: Scanner;
  /** "seven months ago", "hace siete meses". */
  readonly ago: Scanner;
  /** "yesterday", "la víspera". */
  readonly day: Scanner;
  /** "the next day", "la víspera", "el mismo día": a day next to an earlier date. */
  readonly anaphoricDay: Scanner;
  /** "two days later", "seis meses después", "a day after reaching …". */
  readonly counted: Scanner;
  /** A range of days: "March 15–20, 2025", "between June 2 and June 4", "del 1 al 3 de octubre". */
  readonly range: Scanner;
  /** A "this" modifier ending the text before a date ("este 9 de julio"). */
  readonly currentBefore: RegExp;
  /** What follows "after"/"después" when it opens a clause. */
  readonly clauseLink: RegExp;
  /** A full month name, optionally modified, not followed by a day or year. */
  readonly month: Scanner;
  /** A four-digit year standing alone. */
  readonly year: Scanner;
  /** Preposition just before a bare month or year. */
  readonly preposition: RegExp;
  /** Global: a month name or numeric date, around which chrono reads. */
  readonly calendar: RegExp;
  /** Cheap test for anything a recognizer could match: a digit, a month, weekday, calendar unit or day word. */
  readonly gate: { test(text: string): boolean };
  /** Future cues of the sentence. */
  readonly future: { test(text: string): boolean };
  /** A deadline word right before a date (the text before the date must end with it). */
  readonly deadline: RegExp;
  /** Promise and obligation words anywhere in a sentence. */
  readonly obligation: RegExp;
  /** "the end of the year", "finales de año". */
  readonly periodEnd: Scanner;
  /** The bits of the scanners whose needles a sentence in lower case holds. */
  present(lower: string): number;
}

// A phrase's words are separated by any run of spaces in the text, so its longest word stands for it.
// A unit word in a phrase ("that day", "the next day") is rarer than its other words ("that", "next"), so it stands for it.
const needlesOf = (phrases: Iterable<string>, rarer: ReadonlySet<string> = new Set()) => [
  ...new Set(
    [...phrases].map(
      (p) => p.split(' ').find((w) => rarer.has(w)) ?? p.split(' ').sort((a, b) => b.length - a.length)[0]!,
    ),
  ),
];
// Patterns without the `u` flag (see LATIN_WORD_START): every date word starts with an ASCII letter.
const B = LATIN_WORD_START;
// In one pattern, `\d|words` tries the words at every position before the first digit; a digit alone is a quick search.
const digitOr = (words: RegExp) => ({ test: (text: string) => /\d/.test(text) || words.test(text) });
const E = LATIN_WORD_END;

function build(language: LexiconLanguage, lexicon: DateLexicon): DateVocabulary {
  const scanners: Scanner[] = [];
  const scanner = (pattern: RegExp, needles: readonly string[]) => {
    const made = { pattern, needles, bit: 1 << scanners.length };
    scanners.push(made);
    return made;
  };
  const weekdays = alternation(Object.keys(lexicon.weekdays));
  const past = alternation(lexicon.past);
  const next = alternation(lexicon.next);
  const current = alternation(lexicon.current);
  const modifier = `${past}|${next}|${current}`;
  const unitWords = Object.keys(lexicon.units);
  const isPlural = (w: string) => unitWords.some((o) => w === `${o}s` || w === `${o}es`);
  const periodUnitWords = unitWords.filter((w) => lexicon.units[w] !== 'day' && !isPlural(w));
  const periodUnits = alternation(periodUnitWords);
  const units = alternation(unitWords);
  const counts = alternation(Object.keys(lexicon.counts));
  const monthKeys = Object.entries(lexicon.months);
  // Abbreviations ("Sept", "oct") are prefixes of a longer name of the same month; bare months need the full name.
  const fullMonthWords = monthKeys
    .filter(([m, n]) => !monthKeys.some(([o, k]) => k === n && o.length > m.length && o.startsWith(m)))
    .map(([m]) => m);
  const fullMonths = alternation(fullMonthWords);
  // Chrono reads the words around each month name, so words that only look like one ("may",
  // "mar") should not send it there: English months are written capitalised, and so are Spanish
  // abbreviations that are also common words; Spanish full names are often in lower case.
  const spanishLowerCase = Object.keys(esDates.months).filter(
    (m) => !(m in enDates.months) && !['mar', 'ago'].includes(m),
  );
  const capitalised = (m: string) => [m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()];
  const calendarMonths = alternation(
    new Set([...Object.keys({ ...enDates.months, ...esDates.months }).flatMap(capitalised), ...spanishLowerCase]),
  );
  const futureWords = alternation(lexicon.future);
  // Future verb endings are matched in lower case only, so names such as "Beltrán" do not look like "-rán".
  const futureWordPattern = new RegExp(`${B}(?:${futureWords})${E}`, 'i');
  const futureVerbPattern = lexicon.futureEnding
    ? new RegExp(`(?<![A-Za-z\\u00C0-\\u024F])${lexicon.futureEnding}${E}`)
    : null;
  const weekday = scanner(
    new RegExp(`${B}(?<x>(?:(?<mod>${modifier})\\s+)?(?<wd>${weekdays})(?:\\s+(?<mod2>${past}|${next}))?)${E}`, 'gid'),
    needlesOf(Object.keys(lexicon.weekdays)),
  );
  const period = scanner(
    new RegExp(
      `${B}(?<x>(?:(?<mod>${modifier})\\s+)?(?<unit>${periodUnits})(?:\\s+(?<mod2>${past}|${next}))?)${E}`,
      'gid',
    ),
    needlesOf(periodUnitWords),
  );
  const ago =
    language === 'es'
      ? scanner(new RegExp(`${B}(?<x>hace\\s+(?<n>\\d{1,3}|${counts})\\s+(?<unit>${units}))${E}`, 'gid'), ['hace'])
      : scanner(new RegExp(`${B}(?<x>(?<n>\\d{1,3}|${counts})\\s+(?<unit>${units})\\s+ago)${E}`, 'gid'), ['ago']);
  const day = scanner(
    new RegExp(
      `${B}(?<x>(?<word>${alternation(Object.keys(lexicon.days))}))${E}(?!\\s+(?:de|del|of|en\\s+d[ií]a)${E})`,
      'gid',
    ),
    needlesOf(Object.keys(lexicon.days)),
  );
  const anaphoricDay = scanner(
    new RegExp(`${B}(?<x>(?<word>${alternation(Object.keys(lexicon.anaphoricDays))}))${E}`, 'gid'),
    needlesOf(Object.keys(lexicon.anaphoricDays), new Set(unitWords)),
  );
  const laterOrEarlier = [...lexicon.later, ...lexicon.earlier];
  // Every match holds a unit word, rarer than "after" or "later".
  const counted = scanner(
    new RegExp(
      `${B}(?<x>(?<n>\\d{1,3}|${counts})\\s+(?<unit>${units})\\s+(?<dir>${alternation(laterOrEarlier)}))${E}`,
      'gid',
    ),
    needlesOf(unitWords),
  );
  const allMonths = alternation(Object.keys(lexicon.months));
  const rangeStart = `(?:(?:${alternation(lexicon.rangeStarts)})\\s+)?`;
  const link = `\\s*(?:[-–—]|\\s(?:${alternation(lexicon.rangeLinks)})\\s)\\s*`;
  const ordinal = '(?:st|nd|rd|th|o\\.?)?';
  const range = scanner(
    lexicon.dayFirst
      ? new RegExp(
          `${B}${rangeStart}(?<x>(?<d1>\\d{1,2})${ordinal}(?:\\s+de\\s+(?<m1>${allMonths}))?${link}(?<d2>\\d{1,2})\\s+de\\s+(?<m2>${allMonths})(?:\\s+(?:de|del)\\s+(?<y>\\d{4}))?)${E}`,
          'gid',
        )
      : new RegExp(
          `${B}${rangeStart}(?<x>(?<m1>${allMonths})\\.?\\s+(?<d1>\\d{1,2})${ordinal}${link}(?:(?<m2>${allMonths})\\.?\\s+)?(?<d2>\\d{1,2})${ordinal}(?:,?\\s+(?<y>\\d{4}))?)${E}`,
          'gid',
        ),
    needlesOf(Object.keys(lexicon.months)),
  );
  const month = scanner(
    new RegExp(
      `${B}(?<x>(?:(?<mod>${modifier})\\s+)?(?<mon>${fullMonths})(?:\\s+(?<mod2>${past}|${next}))?)${E}(?!\\.?\\s*(?:de\\s+|del\\s+|,\\s*)?\\d)`,
      'gid',
    ),
    needlesOf(fullMonthWords),
  );
  const year = scanner(/(?<![\p{L}\p{N}$€£.,-])(?<x>(?:1[89]|20)\d\d)(?![\p{L}\p{N}%]|[.,]\d|\s*%|-\p{L})/dgu, [
    '18',
    '19',
    '20',
  ]);
  // Every kind of period end names its unit.
  const periodEnd =
    language === 'es'
      ? scanner(
          new RegExp(
            `${B}(?<x>(?:el\\s+)?(?:fin|finales|cierre)\\s+(?:de|del)\\s+(?:(?:este|esta|el|la)\\s+)?(?<unit>año|mes)|(?:que\\s+)?(?:termine|concluya|acabe|cierre)\\s+el\\s+(?<unit2>año|mes)|lo\\s+que\\s+va\\s+del\\s+(?<unit3>año|mes))${E}`,
            'gid',
          ),
          ['año', 'mes'],
        )
      : scanner(
          new RegExp(
            `${B}(?<x>(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+(?<unit>year|month)|so\\s+far\\s+this\\s+(?<unit2>year|month))${E}`,
            'gid',
          ),
          ['year', 'month'],
        );
  return {
    language,
    lexicon,
    weekday,
    period,
    ago,
    day,
    anaphoricDay,
    counted,
    range,
    clauseLink: new RegExp(lexicon.clauseLink, 'i'),
    currentBefore: new RegExp(`${B}(?:${current})\\s+$`, 'i'),
    month,
    year,
    periodEnd,
    present: presence(scanners),
    preposition: new RegExp(`${B}(?:${alternation(lexicon.prepositions)}|mid-?|year|año|fiscal|de|of)\\s*$`, 'i'),
    calendar: new RegExp(`${B}(?:${calendarMonths})${E}|\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}`, 'g'),
    gate: digitOr(
      new RegExp(
        `${B}(?:${alternation([...Object.keys({ ...enDates.months, ...esDates.months }), ...Object.keys(lexicon.weekdays), ...unitWords, ...Object.keys(lexicon.days), ...needlesOf(Object.keys(lexicon.anaphoricDays), new Set(unitWords))])})`,
        'i',
      ),
    ),
    future: { test: (text: string) => futureWordPattern.test(text) || (futureVerbPattern?.test(text) ?? false) },
    deadline: new RegExp(`${B}(?:${alternation(lexicon.deadlines)})(?:\\s+(?:the|el|la))?\\s*$`, 'i'),
    obligation: new RegExp(`${B}(?:${alternation(lexicon.obligations)})${E}`, 'i'),
  };
}

/**
 * One pass over a sentence in lower case that finds which scanners' needles it holds: a search for
 * all needles at once, resumed one character after each find so no position is skipped. At each
 * position the longest needle is found, so a needle stands for every scanner with a needle it starts with.
 */
function presence(scanners: readonly Scanner[]): (lower: string) => number {
  const needles = [...new Set(scanners.flatMap((s) => s.needles))];
  const bits = new Map(
    needles.map((needle) => [
      needle,
      scanners.filter((s) => s.needles.some((n) => needle.startsWith(n))).reduce((mask, s) => mask | s.bit, 0),
    ]),
  );
  const any = new RegExp(alternation(needles), 'g');
  return (lower) => {
    let mask = 0;
    any.lastIndex = 0;
    for (let match = any.exec(lower); match; match = any.exec(lower)) {
      mask |= bits.get(match[0]) ?? 0;
      any.lastIndex = match.index + 1;
    }
    return mask;
  };
}

const vocabularies: Record<LexiconLanguage, DateVocabulary> = { en: build('en', enDates), es: build('es', esDates) };

/** The date vocabulary of a lexicon language. */
export function dateVocabulary(language: LexiconLanguage): DateVocabulary {
  return vocabularies[language];
}
