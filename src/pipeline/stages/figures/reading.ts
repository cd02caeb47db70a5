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
export function isPlural(word: string, vocabulary: NumberVocabulary): boolean {
  if (vocabulary.lexicon.irregularPlurals.includes(word)) return true;
  return word.length > 3 && /[^su'’]s$/u.test(word) && !/(?:ss|us|is|ous)$/u.test(word);
}

/**
 * The counted noun after `at`: the first plural noun within `reach` lower-case words, past adjectives
 * such as "American" or "nuevos", modifiers such as "other" and capitalised words of a name ("55
 * Texas counties", "seven Mexican Armed Forces aircraft"). Null at a function word, a punctuation
 * mark, or a noun that counts nothing ("two figures", "tres veces"). With `partitive`, an "of"/"de"
 * may come first ("millions of people"). Proper adjectives may be joined: "Pacific and Gulf ports".
 * In a capitalised headline the noun is a capitalised word the lexicon knows ("10,000 Troops").
 */
export function readNoun(
  text: string,
  at: number,
  limit: number,
  vocabulary: NumberVocabulary,
  partitive: boolean,
  reach = 3,
): NounReading | null {
  let position = at;
  if (partitive) {
    const linker = /^\s+(?:of|de)(?![\p{L}])/iu.exec(text.slice(at, Math.min(limit, at + 5)));
    if (linker) position += linker[0].length;
  }
  const from = position;
  let previous = '';
  let capitalised = 0;
  for (let i = 0; i < reach; i++) {
    vocabulary.word.lastIndex = position;
    const match = vocabulary.word.exec(text);
    if (!match || position + match[0].length > limit) return null;
    const written = match.groups?.w ?? '';
    const word = written.toLowerCase();
    position += match[0].length;
    if (vocabulary.stop.has(word) && !vocabulary.nounModifiers.has(word)) {
      if (!joinsProperAdjectives(word, previous, text, position, vocabulary)) return null;
      i--;
      continue;
    }
    // A number inside the phrase is the count of its own noun ("five of the six groups"); a verb ends the phrase.
    if (
      vocabulary.lexicon.words[word] !== undefined ||
      vocabulary.lexicon.verbEndings.some((ending) => word.endsWith(ending))
    )
      return null;
    const first = previous === '';
    previous = written;
    if (/^\p{Lu}/u.test(written) && capitalised < 4) {
      capitalised++;
      i--;
      if (!isPlural(word, vocabulary) || counted(word, vocabulary) === null) continue;
    }
    if (vocabulary.pluralModifiers.has(word) && isPlural(nextWord(text, position, vocabulary), vocabulary)) continue;
    if (isPlural(word, vocabulary)) {
      // "two figures" are numbers; "29 cartel figures" are people.
      if (first && vocabulary.lexicon.notCounted.includes(word)) return null;
      const compound = compoundUnit(word, text, position, vocabulary);
      return {
        unit: compound?.unit ?? counted(word, vocabulary) ?? word,
        from: from + (/^\s*/u.exec(text.slice(from, position))?.[0].length ?? 0),
        end: compound?.end ?? position,
      };
    }
  }
  return null;
}

/** The unit a counted noun is reported under, also past a prefix ("exfuncionarios"), or null when the lexicons do not know it. */
export function counted(word: string, vocabulary: NumberVocabulary): string | null {
  const unit = vocabulary.countedNouns.get(word);
  if (unit !== undefined) return unit;
  for (const prefix of vocabulary.nounPrefixes) {
    if (word.startsWith(prefix) && word.length > prefix.length + 3) {
      const rest = vocabulary.countedNouns.get(word.slice(prefix.length));
      if (rest !== undefined) return rest;
    }
  }
  return null;
}

/** The unit of a singular counted noun after "one"/"un" ("una persona", "un vehículo"), through its plural. */
export function countedSingular(word: string, vocabulary: NumberVocabulary): string | null {
  return counted(word, vocabulary) ?? counted(`${word}s`, vocabulary) ?? counted(`${word}es`, vocabulary);
}

/** "Pacific and Gulf": a conjunction between two capitalised words inside the noun phrase. */
function joinsProperAdjectives(
  word: string,
  previous: string,
  text: string,
  at: number,
  vocabulary: NumberVocabulary,
): boolean {
  if (word !== 'and' && word !== 'y') return false;
  if (!/^\p{Lu}/u.test(previous)) return false;
  vocabulary.word.lastIndex = at;
  return /^\p{Lu}/u.test(vocabulary.word.exec(text)?.groups?.w ?? '');
}

/** The unit and end of a counted noun of several words that starts at this head: "armas de fuego" → weapons. */
function compoundUnit(
  head: string,
  text: string,
  at: number,
  vocabulary: NumberVocabulary,
): { unit: string; end: number } | null {
  for (const { rest, unit } of vocabulary.compoundNouns.get(head) ?? []) {
    rest.lastIndex = at;
    if (rest.test(text)) return { unit, end: rest.lastIndex };
  }
  return null;
}

/** "dos murieron", "three were killed": a number with no noun before a verb that only people do is a count of people. */
export function readPersonVerb(text: string, at: number, limit: number, vocabulary: NumberVocabulary): boolean {
  vocabulary.personVerb.lastIndex = at;
  return vocabulary.personVerb.test(text) && vocabulary.personVerb.lastIndex <= limit;
}

/**
 * A count of part of a set: "twenty-five of the defendants", "dos de los detenidos". The noun may sit
 * further off than right after a number; a number inside the set ("12 of the 32 offices") ends the
 * reading, as that number's own noun is the unit.
 */
export function readPartitive(
  text: string,
  at: number,
  limit: number,
  vocabulary: NumberVocabulary,
): NounReading | null {
  vocabulary.partitive.lastIndex = at;
  const match = vocabulary.partitive.exec(text);
  if (!match || at + match[0].length > limit) return null;
  const noun = readNoun(text, at + match[0].length, limit, vocabulary, false, 4);
  return noun ? { ...noun, from: at } : null;
}

/** The next word after `at`, lower-case, or '' at punctuation. */
export function nextWord(text: string, at: number, vocabulary: NumberVocabulary): string {
  vocabulary.word.lastIndex = at;
  return vocabulary.word.exec(text)?.groups?.w?.toLowerCase() ?? '';
}

/**
 * Where a number with no noun of its own finds it: in the set after "of"/"de" ("12 of the 32
 * offices"), or before it, when the noun was left out and the number ends a clause or opens a
 * relative one ("tres personas y, en el otro lado, dos"; "las 55 que fueron enviadas").
 */
export function borrowing(
  text: string,
  at: number,
  limit: number,
  vocabulary: NumberVocabulary,
): 'before' | 'after' | null {
  vocabulary.linker.lastIndex = at;
  if (vocabulary.linker.test(text)) return 'after';
  if (/^\s*(?:[.;,]|$)/u.test(text.slice(at, Math.min(limit, at + 2)))) return 'before';
  return vocabulary.relatives.has(nextWord(text, at, vocabulary)) ? 'before' : null;
}
