/** Reading what follows a number: its unit, or the noun it counts. */
import type { NumberVocabulary } from './vocabulary.js';

/** A unit or currency read after a number. */
export interface UnitReading {
  readonly kind: 'money' | 'measure';
  readonly unit: string;
  readonly end: number;
}

/** A counted noun read after a number: "migrants", "American lives". */
export interface NounReading {
  readonly unit: string;
  /** Where the phrase before the noun began (after the number), for `measures`. */
  readonly from: number;
  readonly end: number;
}

/** The unit or currency right after `at` ("%", "-mile", " kilómetros", " de dólares"), or null. */
export function readUnit(text: string, at: number, vocabulary: NumberVocabulary): UnitReading | null {
  vocabulary.unit.lastIndex = at;
  const match = vocabulary.unit.exec(text);
  if (!match) return null;
  const word = (match.groups?.u ?? '%').toLowerCase().replace(/\s+/g, ' ');
  const currency = vocabulary.currencies.get(word);
  if (currency) return { kind: 'money', unit: currency, end: at + match[0].length };
  const unit = vocabulary.units.get(word);
  return unit ? { kind: 'measure', unit, end: at + match[0].length } : null;
}

/** Whether a lower-case word looks like a plural noun. */
function isPlural(word: string, vocabulary: NumberVocabulary): boolean {
  if (vocabulary.lexicon.irregularPlurals.includes(word)) return true;
  return word.length > 3 && /[^su'’]s$/u.test(word) && !/(?:ss|us|is|ous)$/u.test(word);
}

/**
 * The counted noun after `at`: the first plural noun within three words, past adjectives such as
 * "American" or "nuevos". Null at a function word, a punctuation mark, or a noun that counts nothing
 * ("two figures", "tres veces"). With `partitive`, an "of"/"de" may come first ("millions of people").
 */
export function readNoun(text: string, at: number, limit: number, vocabulary: NumberVocabulary, partitive: boolean): NounReading | null {
  let position = at;
  if (partitive) {
    const linker = /^\s+(?:of|de)(?![\p{L}])/iu.exec(text.slice(at, Math.min(limit, at + 5)));
    if (linker) position += linker[0].length;
  }
  const from = position;
  for (let i = 0; i < 3; i++) {
    vocabulary.word.lastIndex = position;
    const match = vocabulary.word.exec(text);
    if (!match || position + match[0].length > limit) return null;
    const written = match.groups?.w ?? '';
    const word = written.toLowerCase();
    if (vocabulary.stop.has(word)) return null;
    position += match[0].length;
    if (isPlural(word, vocabulary)) {
      if (vocabulary.lexicon.notCounted.includes(word)) return null;
      return { unit: vocabulary.countedNouns.get(word) ?? word, from: from + (/^\s*/u.exec(text.slice(from, position))?.[0].length ?? 0), end: position };
    }
  }
  return null;
}
