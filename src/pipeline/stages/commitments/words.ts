import type { Word } from '../../common/phrase-matcher.js';

/** Index of the first word that starts at or after `offset`. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.at < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a word ends in one of the endings and is longer than the ending by at least two letters. */
export function hasEnding(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.length >= ending.length + 2 && word.endsWith(ending)) return true;
  return false;
}
