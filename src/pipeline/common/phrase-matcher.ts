import type { Span } from '../../core/index.js';

/** A phrase found in a text, with the value the phrase list attached to it. */
export interface PhraseMatch<T> extends Span {
  readonly phrase: string;
  readonly value: T;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const WORD = /[\p{L}\p{N}]+/gu;
const firstWord = (phrase: string) => /[\p{L}\p{N}]+/u.exec(phrase)?.[0] ?? '';

interface Entry<T> {
  readonly phrase: string;
  readonly value: T;
  /** Sticky, case-insensitive pattern of the whole phrase, ending at a word boundary. */
  readonly pattern: RegExp;
}

/**
 * Finds whole-word, case-insensitive occurrences of many phrases at once. Longer phrases win
 * ("held talks" before "talks"), and matches never overlap. Phrases are looked up by their first
 * word at each word start, so the cost grows with the text, not with the number of phrases.
 */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    const seen = new Set<string>();
    for (const [raw, value] of entries) {
      const phrase = raw.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      const key = firstWord(phrase);
      if (!key) continue;
      const tail = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
      const entry = { phrase, value, pattern: new RegExp(`${escape(phrase)}${tail}`, 'iuy') };
      this.byFirstWord.set(key, [...(this.byFirstWord.get(key) ?? []), entry]);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.phrase.length - a.phrase.length || (a.phrase < b.phrase ? -1 : 1));
  }

  /** Every match inside `[start, end)` of `text`. */
  findAll(text: string, start = 0, end = text.length): PhraseMatch<T>[] {
    const slice = text.slice(start, end);
    const matches: PhraseMatch<T>[] = [];
    let free = 0;
    WORD.lastIndex = 0;
    for (const word of slice.matchAll(WORD)) {
      const at = word.index;
      if (at < free) continue;
      // A word right after an apostrophe is a contraction's tail ("’s"), not a word start.
      if (at > 0 && /['’]/u.test(slice[at - 1]!)) continue;
      const candidates = this.byFirstWord.get(word[0].toLowerCase());
      if (!candidates) continue;
      for (const entry of candidates) {
        entry.pattern.lastIndex = at;
        const found = entry.pattern.exec(slice);
        if (!found) continue;
        matches.push({ start: start + at, end: start + at + found[0].length, phrase: entry.phrase, value: entry.value });
        free = at + found[0].length;
        break;
      }
    }
    return matches;
  }

  /** Whether any phrase occurs inside `[start, end)`. */
  test(text: string, start = 0, end = text.length): boolean {
    return this.findAll(text, start, end).length > 0;
  }
}
