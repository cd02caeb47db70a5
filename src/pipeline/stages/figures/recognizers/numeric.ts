/**
 * Numerals with their currency, scale and unit: "$1.9 billion", "US$ 5 million", "2,000-mile",
 * "1,9 mil millones de dólares", "2 mil 500 millones de pesos", "12,5 %", "430,000 migrants".
 */
import { claimedByDate, isSourceOrRatio, type FigureCandidate, type FigureContext } from '../candidate.js';
import { numeralValue } from '../numerals.js';
import { borrowing, readNoun, readPartitive, readPersonVerb, readUnit } from '../reading.js';

const YEAR = /^(?:1[89]|20)\d\d$/;
// "2 mil 500 millones": the thousands of millions written around "mil".
const MIL_MILLONES = /\s+(?<n>\d{1,3})\s+millones(?![\p{L}])/uy;

/** Numbers written in digits. */
export function numerals(context: FigureContext): FigureCandidate[] {
  const { text, vocabulary } = context;
  const { lexicon } = vocabulary;
  const sentence = text.slice(context.start, context.end);
  const found: FigureCandidate[] = [];
  const { numeral, numeralStart } = vocabulary;
  numeral.lastIndex = 0;
  for (let match = numeral.exec(sentence); match; match = numeral.exec(sentence)) {
    numeralStart.lastIndex = match.index;
    if (!numeralStart.test(sentence)) {
      // A numeral may still start further in ("$5" after a letter is "5"), as the lookbehind would find.
      numeral.lastIndex = match.index + 1;
      continue;
    }
    const raw = match.groups?.num ?? '';
    let start = context.start + (match.index ?? 0);
    const numberStart = start + match[0].length - raw.length;
    let end = start + match[0].length;
    if (claimedByDate(context, numberStart, end) || isNotAFigure(context, numberStart, end, Boolean(match.groups?.cur)))
      continue;
    let value = numeralValue(raw, lexicon.decimalComma);
    let currency = match.groups?.cur ? (vocabulary.currencies.get(match.groups.cur.toLowerCase()) ?? null) : null;
    let scaled = false;
    vocabulary.scale.lastIndex = end;
    const scale = vocabulary.scale.exec(text);
    if (scale && end + scale[0].length <= context.end) {
      const word = (scale.groups?.s ?? '').toLowerCase().replace(/\s+/g, ' ');
      const size = lexicon.scales[word] ?? 1;
      value *= size;
      end += scale[0].length;
      scaled = true;
      MIL_MILLONES.lastIndex = end;
      const millions = word === 'mil' ? MIL_MILLONES.exec(text) : null;
      if (millions) {
        value = (value + Number(millions.groups?.n)) * 1e6;
        end += millions[0].length;
      }
      const leading = leadingScale(context, start, size);
      if (leading) {
        value += leading.value * size;
        start = leading.start;
      }
    }
    // "$7 and $4 billion": the first of two numbers joined by a conjunction takes the scale of the second, and its unit.
    const shared = scaled ? null : sharedScale(context, end);
    if (shared) {
      value *= shared;
      scaled = true;
    }
    currency ??= rangeCurrency(context, numberStart);
    vocabulary.scaledCurrency.lastIndex = end;
    const abbreviation = vocabulary.scaledCurrency.exec(text);
    const scaledCurrency = abbreviation
      ? lexicon.scaledCurrencies[(abbreviation.groups?.s ?? '').toLowerCase()]
      : undefined;
    if (abbreviation && scaledCurrency) {
      value *= scaledCurrency.scale;
      currency = scaledCurrency.currency;
      end += abbreviation[0].length;
    }
    const numberEnd = end;
    const unit = readUnit(text, end, vocabulary);
    if (unit && isAgeAdjective(text, unit.end)) continue;
    if (unit && unit.end <= context.end) {
      end = unit.end;
      if (unit.kind === 'money') currency = unit.unit;
    }
    // A hyphen compound that is no unit ("25-year-old", "10-point plan") describes, it does not count.
    if (!unit && /^-\p{L}/u.test(text.slice(end, end + 2))) continue;
    const base = { start, end, value, per: null, measures: null, period: null, qualifier: null, numberEnd };
    if (currency) {
      found.push({ ...base, unit: currency, kind: 'money' });
      continue;
    }
    if (unit) {
      found.push({ ...base, unit: unit.unit, kind: 'measure' });
      continue;
    }
    if (YEAR.test(raw) && !scaled) continue; // a year standing alone, which the dates stage did not claim
    const noun =
      readNoun(text, end, context.end, vocabulary, scaled) ?? readPartitive(text, end, context.end, vocabulary);
    if (noun) {
      if (!isSourceOrRatio(context, start)) found.push({ ...base, end: noun.end, unit: noun.unit, kind: 'count' });
      continue;
    }
    const age = appositiveAge(context, start, end, value);
    if (age) {
      found.push({ ...base, unit: age, measures: 'age', kind: 'count' });
      continue;
    }
    if (isInName(context, start) || isDayAndMonth(raw)) continue;
    if (readPersonVerb(text, end, context.end, vocabulary)) {
      found.push({ ...base, unit: 'people', kind: 'count' });
      continue;
    }
    if (shared) {
      found.push({ ...base, unit: null, kind: 'bare', borrow: { from: 'after', required: false } });
      continue;
    }
    const range = rangeEnd(context, end, value);
    if (range === 'score') continue;
    if (range) {
      // The first value of a range takes the unit of the second, which holds it, and its magnitude ("150-200,000").
      found.push({
        ...base,
        value: value * range.magnitude,
        unit: null,
        kind: 'bare',
        borrow: { from: 'after', required: false },
      });
      continue;
    }
    // "another 1,650": more of what was just counted.
    const from =
      borrowing(text, end, context.end, vocabulary) ??
      (vocabulary.nounModifiers.has(wordBefore(text, numberStart, context.start)) ? 'before' : null);
    const required = !(scaled || value >= 10);
    if (from) found.push({ ...base, unit: null, kind: 'bare', borrow: { from, required } });
    else if (!required) found.push({ ...base, unit: null, kind: 'bare' });
  }
  return found;
}

// "mil 200 millones": a smaller scale written before the number, itself maybe with a multiplier.
const WORD_BEFORE = /(?<![\p{L}\p{N}])(?<w>\d{1,3}|\p{L}+)\s+$/u;

/** The scale before a scaled number ("mil 200 millones" = 1,200 millones), with its own multiplier. */
function leadingScale(context: FigureContext, start: number, size: number): { value: number; start: number } | null {
  const { text, vocabulary } = context;
  const { lexicon } = vocabulary;
  const scaleWord = WORD_BEFORE.exec(text.slice(Math.max(context.start, start - 16), start));
  const lower = lexicon.scales[scaleWord?.groups?.w?.toLowerCase() ?? ''];
  if (!scaleWord || lower === undefined || lower < 1000 || lower >= size) return null;
  const scaleStart = start - scaleWord[0].length;
  const multiplierWord = WORD_BEFORE.exec(text.slice(Math.max(context.start, scaleStart - 16), scaleStart));
  const written = multiplierWord?.groups?.w?.toLowerCase() ?? '';
  const multiplier = /^\d+$/.test(written) ? Number(written) : lexicon.words[written];
  if (!multiplierWord || multiplier === undefined) return { value: lower, start: scaleStart };
  return { value: multiplier * lower, start: scaleStart - multiplierWord[0].length };
}

// "$7 and $4 billion", "entre 5 y 10 millones", "$5-10 million": the scale written once after the second number.
const SHARED_SCALE = /^(?:\s+(?:and|or|to|y|o|a)\s+|\s?[-‐–]\s?)(?:(?:US|MX)?\$\s?)?\d+(?:[.,]\d+)?/iu;
const RANGE_END = /^\s?[-‐–]\s?(?<second>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])/u;
const DAY_AND_MONTH = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])$/u;

/**
 * "150-200,000 people", "10–15 agents": a range is two figures, and its first value takes the
 * magnitude the second is written with. A second value no greater than the first makes a score or a
 * code ("3-1"), which is no figure.
 */
function rangeEnd(context: FigureContext, end: number, value: number): 'score' | { magnitude: number } | null {
  const range = RANGE_END.exec(context.text.slice(end, Math.min(context.end, end + 24)));
  if (!range) return null;
  const written = range.groups?.second ?? '';
  const second = numeralValue(written, context.vocabulary.lexicon.decimalComma);
  if (second <= value) return 'score';
  const groups = /^\d{1,3}((?:[.,]\d{3})+)$/u.exec(written)?.[1]?.length ?? 0;
  const magnitude = groups > 0 && value < 1000 && Number.isInteger(value) ? 1000 ** (groups / 4) : 1;
  return { magnitude: value * magnitude < second ? magnitude : 1 };
}

const RANGE_START_CURRENCY = /(?<cur>(?:US|MX)?\$|€)\s?\d+(?:[.,]\d+)?\s?[-‐–]\s?$/u;

/** The currency of a range's first value, for the second: "$5-10 million". */
function rangeCurrency(context: FigureContext, numberStart: number): string | null {
  const before = RANGE_START_CURRENCY.exec(context.text.slice(Math.max(context.start, numberStart - 16), numberStart));
  return before ? (context.vocabulary.currencies.get((before.groups?.cur ?? '').toLowerCase()) ?? null) : null;
}

/** "555-123-4567": three numbers or more joined by hyphens are a code, not a range. */
function isInChain(text: string, start: number, end: number): boolean {
  const before = /\d[-‐]$/u.test(text.slice(Math.max(0, start - 2), start));
  const after = /^[-‐]\d/u.test(text.slice(end, end + 2));
  return (
    (before && after) ||
    /\d[-‐]\d+[-‐]$/u.test(text.slice(Math.max(0, start - 12), start)) ||
    /^[-‐]\d+[-‐]\d/u.test(text.slice(end, end + 12))
  );
}

/** The lower-case word right before `at`, past spaces, or ''. */
function wordBefore(text: string, at: number, floor: number): string {
  return /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(floor, at - 20), at))?.[1]?.toLowerCase() ?? '';
}

/** "15.09": a day and a month written with a point, no figure when nothing follows that it could measure. */
function isDayAndMonth(raw: string): boolean {
  return DAY_AND_MONTH.test(raw);
}

/** The scale a number shares with the next one, joined by a conjunction, or null. */
function sharedScale(context: FigureContext, end: number): number | null {
  const { text, vocabulary } = context;
  const next = SHARED_SCALE.exec(text.slice(end, Math.min(context.end, end + 24)));
  if (!next) return null;
  vocabulary.scale.lastIndex = end + next[0].length;
  const scale = vocabulary.scale.exec(text);
  const size = scale
    ? vocabulary.lexicon.scales[(scale.groups?.s ?? '').toLowerCase().replace(/\s+/g, ' ')]
    : undefined;
  return size !== undefined && size >= 1000 ? size : null;
}

/** "Florencia 13", "Executive Order 14157": a bare number right after a capitalised word inside a sentence is part of a name. */
function isInName(context: FigureContext, start: number): boolean {
  const before = /(\S+)\s+(\p{Lu}[\p{L}.]*)\s+$/u.exec(context.text.slice(Math.max(context.start, start - 40), start));
  return before !== null && !/[.!?:]$/u.test(before[1] ?? '');
}

/** "a 25-year-old suspect": a unit of time hyphenated into an adjective of age describes, it does not measure. */
export function isAgeAdjective(text: string, unitEnd: number): boolean {
  return /^[-‐]old(?![\p{L}])/u.test(text.slice(unitEnd, unitEnd + 5));
}

/** "Anaya Lugo, 51, known as…": a small number set off by commas after a name is an age, where the language writes ages so. */
function appositiveAge(context: FigureContext, start: number, end: number, value: number): string | null {
  const unit = context.vocabulary.lexicon.appositiveAge;
  if (!unit || value < 1 || value > 120 || !Number.isInteger(value) || context.text[end] !== ',') return null;
  return /\p{Lu}[\p{L}'’.-]*,\s$/u.test(context.text.slice(Math.max(context.start, start - 24), start)) ? unit : null;
}

/** Ordinals, times, list markers, phone numbers, ranges and numbers inside names. */
function isNotAFigure(context: FigureContext, start: number, end: number, hasCurrency: boolean): boolean {
  const { text, vocabulary } = context;
  const after = text.slice(end, end + 4);
  if (/^(?:st|nd|rd|th)(?![\p{L}])|^\.?[º°ª]/iu.test(after)) return true;
  if (/^(?:\/\d|\s\d{2,4}\s\d{2,4})/u.test(text.slice(end, end + 11)) || text[start - 1] === '+') return true; // fractions and codes, phone numbers
  if (isInChain(text, start, end)) return true;
  // "2017-18": the end of a span of years, written short.
  if (/(?:1[89]|20)\d\d[-‐–]$/u.test(text.slice(Math.max(0, start - 5), start))) return true;
  vocabulary.clock.lastIndex = end;
  if (vocabulary.clock.test(text)) return true;
  if (hasCurrency) return false;
  // "1)" and "(2)" mark list items.
  if (
    /^\)/u.test(after) &&
    /^\d{1,2}$/u.test(text.slice(start, end)) &&
    /(?:^|[\s(;:,])$/u.test(text.slice(Math.max(0, start - 1), start))
  )
    return true;
  const before = text.slice(Math.max(context.start, start - 16), start);
  if (
    /(?:^|\s)(?:a\s+)?las?\s+$/iu.test(before) &&
    /^\s+(?:de\s+la\s+(?:mañana|tarde|noche)|horas)/iu.test(text.slice(end, end + 20))
  )
    return true;
  const previous = /([\p{L}.]+)[\s-]*$/u.exec(before)?.[1]?.toLowerCase();
  return previous !== undefined && vocabulary.lexicon.namePrefixes.includes(previous);
}
