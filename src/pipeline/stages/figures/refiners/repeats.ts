/**
 * One fact stated several times is one figure: "12 detainees" … "the 12 men", a headline's count
 * and the body's. A later figure joins an earlier one of the same value and a compatible unit (the
 * same, or none) when the repetition cannot be chance: a value of ten or more, a later mention
 * pointed back to ("the 12 men", "los 37"), or an earlier one in the headline or written as one
 * ("Cinco Marinos"). Small counts that
 * recur without a determiner ("una persona" here, "una persona" there) stay apart.
 */
import type { Figure, Span } from '../../../../core/index.js';
import type { NumberVocabulary } from '../vocabulary.js';

// Below this, the same number recurs by chance: two people here, two vehicles there.
const DISTINCTIVE = 10;
const WORD_BEFORE = /([\p{L}]+)\s+$/u;

type Mutable = { -readonly [K in keyof Figure]: Figure[K] };

/** Merges repeated statements of one fact into the first, keeping every later span in `repeats`. */
export function mergeRepeats(
  figures: readonly Figure[],
  text: string,
  vocabulary: NumberVocabulary,
  title: Span | null,
): Figure[] {
  const kept: Mutable[] = [];
  // Only a figure of the same value can be repeated: looking among those alone, and adding to a
  // figure's own list of repeats, keeps a document that states one number thousands of times linear.
  const byValue = new Map<number, SameValue>();
  const repeats = new Map<Mutable, Span[]>();
  for (const figure of figures) {
    const same = figure.value === null ? undefined : byValue.get(figure.value);
    const earlier = same?.firstRepeatedBy(figure, text, vocabulary);
    if (!earlier) {
      const copy = { ...figure };
      kept.push(copy);
      if (figure.value !== null) {
        if (same) same.add(copy, text, title);
        else byValue.set(figure.value, new SameValue(copy, text, title));
      }
      continue;
    }
    let list = repeats.get(earlier);
    if (!list) repeats.set(earlier, (list = [...(earlier.repeats ?? [])]));
    list.push({ start: figure.start, end: figure.end });
    earlier.repeats = list;
    if (earlier.unit === null && figure.unit !== null) same!.unitSet(earlier, figure.unit);
    earlier.measures ??= figure.measures;
    earlier.qualifier ??= figure.qualifier;
    earlier.period ??= figure.period;
    earlier.per ??= figure.per;
  }
  return kept;
}

/**
 * The kept figures of one value, indexed so that the first a later figure repeats is found without
 * trying each (see `isRepeat`): the first whose unit agrees, when the value is distinctive or the
 * later figure points back; else the first of those stated as a headline whose unit and noun agree.
 */
class SameValue {
  private readonly all: Mutable[] = [];
  private readonly order = new Map<Mutable, number>();
  /** Kept figures without a unit, in order; those that took one since are skipped from the front. */
  private readonly unitless: Mutable[] = [];
  private unitlessFrom = 0;
  /** The first kept figure of each unit. */
  private readonly firstOfUnit = new Map<string, Mutable>();
  /** Kept figures stated as a headline, in order. */
  private readonly headlines: Mutable[] = [];

  constructor(first: Mutable, text: string, title: Span | null) {
    this.add(first, text, title);
  }

  add(figure: Mutable, text: string, title: Span | null): void {
    this.order.set(figure, this.all.length);
    this.all.push(figure);
    if (figure.unit === null) this.unitless.push(figure);
    else if (!this.firstOfUnit.has(figure.unit)) this.firstOfUnit.set(figure.unit, figure);
    if (isHeadline(figure, text, title)) this.headlines.push(figure);
  }

  /** A kept figure without a unit takes `unit` from a repeat. */
  unitSet(figure: Mutable, unit: string): void {
    figure.unit = unit;
    const first = this.firstOfUnit.get(unit);
    if (!first || this.order.get(first)! > this.order.get(figure)!) this.firstOfUnit.set(unit, figure);
  }

  /** The first kept figure that `later` repeats, as trying each in order with `isRepeat` finds. */
  firstRepeatedBy(later: Figure, text: string, vocabulary: NumberVocabulary): Mutable | undefined {
    if ((later.value ?? 0) >= DISTINCTIVE || pointsBack(later, text, vocabulary)) return this.firstAgreeing(later);
    return this.headlines.find((first) => unitsAgree(first, later) && sameNoun(first, later));
  }

  private firstAgreeing(later: Figure): Mutable | undefined {
    if (later.unit === null) return this.all[0];
    while (this.unitlessFrom < this.unitless.length && this.unitless[this.unitlessFrom]!.unit !== null)
      this.unitlessFrom++;
    const unitless = this.unitless[this.unitlessFrom];
    const sameUnit = this.firstOfUnit.get(later.unit);
    if (!unitless || !sameUnit) return unitless ?? sameUnit;
    return this.order.get(unitless)! < this.order.get(sameUnit)! ? unitless : sameUnit;
  }
}

// "Tres Empresarios", "10,000 Mexican National Guard Troops": every word capitalised, as headlines and decks write them.
function isHeadlineCase(span: string): boolean {
  const words = span.split(/\s+/u).filter((word) => /^\p{L}/u.test(word));
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word));
}

// A small count in a headline returns in the body with the same noun: "Cinco Marinos" … "cinco marinos".
function sameNoun(first: Figure, later: Figure): boolean {
  if (first.measures === null || later.measures === null) return true;
  const [a = '', b = ''] = [first.measures.toLowerCase(), later.measures.toLowerCase()];
  return a.split(' ')[0] === b.split(' ')[0];
}

const unitsAgree = (first: Figure, later: Figure) =>
  first.unit === null || later.unit === null || first.unit === later.unit;

// In the headline, or written as one ("Cinco Marinos"): a small count there is the fact the body repeats.
function isHeadline(first: Figure, text: string, title: Span | null): boolean {
  return (
    (title !== null && first.start >= title.start && first.end <= title.end) ||
    isHeadlineCase(text.slice(first.start, first.end))
  );
}

// "the 12 men", "los 37": a determiner points back to a figure stated before.
function pointsBack(later: Figure, text: string, vocabulary: NumberVocabulary): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, later.start - 20), later.start))?.[1]?.toLowerCase() ?? '';
  return vocabulary.lexicon.determiners.includes(before) || vocabulary.lexicon.partitiveDeterminers.includes(before);
}
