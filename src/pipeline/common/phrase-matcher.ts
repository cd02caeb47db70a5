import type { Span } from '../../core/index.js';

/** A phrase found in a text, with the value the phrase list attached to it. */
export interface PhraseMatch<T> extends Span {
  readonly phrase: string;
  readonly value: T;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * Finds whole-word, case-insensitive occurrences of many phrases at once. Longer phrases win
 * ("held talks" before "talks"), and matches never overlap.
 */
export class PhraseMatcher<T> {
  private readonly pattern: RegExp | null;
  private readonly values = new Map<string, T>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const key = phrase.toLowerCase().replace(/\s+/g, ' ');
      if (!this.values.has(key)) this.values.set(key, value);
    }
    const phrases = [...this.values.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.pattern = phrases.length ? new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  }

  /** Every match inside `[start, end)` of `text`. */
  findAll(text: string, start = 0, end = text.length): PhraseMatch<T>[] {
    if (!this.pattern) return [];
    const slice = text.slice(start, end);
    const matches: PhraseMatch<T>[] = [];
    for (const match of slice.matchAll(this.pattern)) {
      const phrase = match[0].toLowerCase().replace(/\s+/g, ' ');
      const value = this.values.get(phrase);
      if (value === undefined) continue;
      matches.push({ start: start + match.index, end: start + match.index + match[0].length, phrase, value });
    }
    return matches;
  }

  /** Whether any phrase occurs inside `[start, end)`. */
  test(text: string, start = 0, end = text.length): boolean {
    return this.findAll(text, start, end).length > 0;
  }
}
