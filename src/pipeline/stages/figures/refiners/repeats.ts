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
  const byValue = new Map<number, Mutable[]>();
  const repeats = new Map<Mutable, Span[]>();
  for (const figure of figures) {
    const earlier =
      figure.value === null
        ? undefined
        : byValue.get(figure.value)?.find((first) => isRepeat(first, figure, text, vocabulary, title));
    if (!earlier) {
      const copy = { ...figure };
      kept.push(copy);
      if (figure.value !== null) {
        const same = byValue.get(figure.value);
        if (same) same.push(copy);
        else byValue.set(figure.value, [copy]);
      }
      continue;
    }
    let list = repeats.get(earlier);
    if (!list) repeats.set(earlier, (list = [...(earlier.repeats ?? [])]));
    list.push({ start: figure.start, end: figure.end });
    earlier.repeats = list;
    earlier.unit ??= figure.unit;
    earlier.measures ??= figure.measures;
    earlier.qualifier ??= figure.qualifier;
    earlier.period ??= figure.period;
    earlier.per ??= figure.per;
  }
  return kept;
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

function isRepeat(
  first: Figure,
  later: Figure,
  text: string,
  vocabulary: NumberVocabulary,
  title: Span | null,
): boolean {
  if (first.value !== later.value) return false;
  if (first.unit !== null && later.unit !== null && first.unit !== later.unit) return false;
  if ((first.value ?? 0) >= DISTINCTIVE) return true;
  const headline =
    (title !== null && first.start >= title.start && first.end <= title.end) ||
    isHeadlineCase(text.slice(first.start, first.end));
  if (headline && sameNoun(first, later)) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, later.start - 20), later.start))?.[1]?.toLowerCase() ?? '';
  return vocabulary.lexicon.determiners.includes(before) || vocabulary.lexicon.partitiveDeterminers.includes(before);
}
